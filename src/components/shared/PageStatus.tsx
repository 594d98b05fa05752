import { useLatest } from '../../hooks/useLatest.js';

interface PageStatusProps {
  /** "Page x of y". */
  text: string;
  /** What the page answers (page, size, filter, sort) once its own data shows; null until then. */
  query: string | null;
}

/**
 * "Page x of y" as a status region, so a page turn is heard (a pager's buttons keep focus), and so
 * are the first load and a filter or page size the user set. A count that only a refresh of the
 * same query changed (new migrations or issues arrived) is shown but not said: the user did
 * nothing, and with live updates it would repeat (WCAG 4.1.3 is for results of their actions).
 */
export function PageStatus({ text, query }: PageStatusProps) {
  // The last commit's text and query. The region is off only for the commit that changes the text,
  // so the accessibility tree sees no live change; any later render makes it live again.
  const last = useLatest({ text, query });
  const quiet = query !== null && query === last.current.query && text !== last.current.text;
  return (
    <span className="mlv-pagination__page" role="status" aria-live={quiet ? 'off' : undefined}>
      {text}
    </span>
  );
}
