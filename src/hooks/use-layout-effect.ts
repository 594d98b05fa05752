// Radix Dialog already ships this one: useLayoutEffect where there is a `document`, a no-op on the
// server (effects never run there, and React 18 warns about useLayoutEffect during server rendering).
export { useLayoutEffect as useIsomorphicLayoutEffect } from '@radix-ui/react-use-layout-effect';
