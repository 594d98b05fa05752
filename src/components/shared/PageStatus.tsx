import type { ReactNode } from 'react';
import { useLatest } from '../../hooks/useLatest.js';

interface PageStatusProps {
  /** "Page x of y" (with screen-reader-only words where the page needs them). */
  text: ReactNode;
  /** What the page answers (page, size, filter, sort) once its own data shows; null until then. */
  query: string | null;
}

/**
 * "Page x of y" as a status region, so a page turn is heard (a pager's buttons keep focus), and so
 * are the first load and a filter or page size the user set: said once their page shows. A count
 * that only a refresh of the same query changed (new migrations or issues arrived) is shown but not
 * said: the user did nothing, and with live updates it would repeat (WCAG 4.1.3 is for results of
 * their actions). Nor is the text shown while a page loads: its number is the new one, but its count
 * is still the old result's ("Page 1 of 4" after a filter set on page 4, before "Page 1 of 2").
 */
export function PageStatus({ text, query }: PageStatusProps) {
  // Live only in the commit that shows a new query's page. The text is new in that commit too (keyed
  // by the query), so it is said even when the loading text was the same (a page turn, same count).
  const last = useLatest(query);
  return (
    <span
      className="mlv-pagination__page"
      role="status"
      aria-live={query === null || query === last.current ? 'off' : undefined}
    >
      <span key={query}>{text}</span>
    </span>
  );
}
