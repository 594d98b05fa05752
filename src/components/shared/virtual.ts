/*
 * The only file that imports TanStack Virtual, so upgrading or swapping it stays a one-file
 * change (the scrolling table and the details dialog's issue list both virtualise through here).
 */
export { useVirtualizer as useVirtualList, type Virtualizer } from '@tanstack/react-virtual';
