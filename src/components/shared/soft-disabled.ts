/**
 * Props for a button that is unavailable but keeps keyboard focus. A `disabled` button drops focus
 * to `<body>` the moment it becomes disabled (paging to the last page, resetting the filters), and
 * a keyboard user starts over from the top of the page (WCAG 2.4.3). This one stays focusable, is
 * announced as unavailable and ignores clicks.
 */
export function softDisabled(disabled: boolean, onClick: () => void) {
  return {
    'aria-disabled': disabled || undefined,
    onClick: disabled ? undefined : onClick,
    // Still a target while unavailable, so WCAG 2.5.8's 24×24 px holds, also when no stylesheet is loaded.
    style: { minWidth: 24, minHeight: 24 },
  };
}
