import { useEffect, useState } from 'react';
import { VisuallyHidden } from './VisuallyHidden.js';

/**
 * A status line for screen readers, rendered empty and given its text a moment later: they announce
 * a change inside a live region they already know, not a region inserted together with its text.
 * The delay lets the empty region reach the accessibility tree first. Keep it outside any
 * `aria-busy` element: a screen reader may hold back what changes there until it is no longer busy.
 */
export function LiveStatus({ text }: { text: string }) {
  const [known, setKnown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setKnown(true), 100);
    return () => clearTimeout(timer);
  }, []);
  return <VisuallyHidden role="status">{known ? text : ''}</VisuallyHidden>;
}
