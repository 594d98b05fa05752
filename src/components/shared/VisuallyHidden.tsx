import type { CSSProperties, HTMLAttributes } from 'react';

/**
 * Inline so that screen-reader-only text stays hidden in unstyled mode too (no stylesheet loaded).
 * A stylesheet may still reveal it with `!important`, as the status badge tooltip does. Elements
 * that can be server-rendered also carry `mlv-sr`: a strict CSP drops the style attribute of
 * server-rendered HTML and hydration does not set it again, so styles.css repeats these rules.
 */
export const visuallyHiddenStyle: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

/** Text for screen readers only; other span attributes (a live region's `role`) pass through. */
export function VisuallyHidden(props: HTMLAttributes<HTMLSpanElement>) {
  return <span {...props} className="mlv-sr" style={visuallyHiddenStyle} />;
}
