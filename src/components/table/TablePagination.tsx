import { useId } from 'react';
import { formatNumber } from '../../core/format.js';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLogQueryUpdate } from '../../hooks/query-patch.js';
import type { UseMigrationLogsResult } from '../../hooks/useMigrationLogs.types.js';
import { PageStatus } from '../shared/PageStatus.js';
import { softDisabled } from '../shared/soft-disabled.js';
import { VisuallyHidden } from '../shared/VisuallyHidden.js';

export interface TablePaginationProps {
  /** The page shown: its query, and the total (null when the source does not know it). */
  list: Pick<
    UseMigrationLogsResult,
    'query' | 'total' | 'pageCount' | 'hasNextPage' | 'isPlaceholderData' | 'lastUpdatedAt'
  >;
  pageSizes: readonly number[];
  /** Turns the page or changes the page size. */
  setQuery: (update: MigrationLogQueryUpdate) => void;
  messages: MigrationLogMessages;
  locale: string | undefined;
  /** The page shows no rows because the filters match none: its status says so too. */
  emptyFiltered: boolean;
}

/** Page size, total, and first / previous / next / last. */
export function TablePagination({ list, pageSizes, setQuery, messages, locale, emptyFiltered }: TablePaginationProps) {
  const { pageIndex, pageSize } = list.query;
  const { total, pageCount } = list;
  const sizeId = useId();
  const canNext = pageCount === null ? list.hasNextPage : pageIndex < pageCount - 1;
  /** A button to the page `target`; when `disabled` it stays focusable (see softDisabled). */
  const pageButton = (label: string, glyph: string, disabled: boolean, target: number) => (
    <button
      type="button"
      className="mlv-button mlv-pagination__button"
      aria-label={label}
      {...softDisabled(disabled, () => setQuery({ pageIndex: target }))}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
  const sizes = pageSizes.includes(pageSize) ? pageSizes : [...pageSizes, pageSize].sort((a, b) => a - b);
  return (
    <nav className="mlv-pagination" aria-label={messages.pagination}>
      <div className="mlv-field mlv-pagination__size">
        <label className="mlv-field__label" htmlFor={sizeId}>
          {messages.pageSize}
        </label>
        <select
          id={sizeId}
          className="mlv-select"
          value={pageSize}
          onChange={(event) => setQuery({ pageSize: Number(event.target.value) })}
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {formatNumber(size, { locale })}
            </option>
          ))}
        </select>
      </div>
      {total !== null && <span className="mlv-pagination__total">{messages.totalItems(total)}</span>}
      <PageStatus
        text={
          // One announcement that reads in order: "No migrations match these filters. Page 1 of 1".
          <>
            {emptyFiltered && <VisuallyHidden>{`${messages.emptyFiltered} `}</VisuallyHidden>}
            {messages.pageOf(pageIndex + 1, pageCount)}
          </>
        }
        query={list.isPlaceholderData || !list.lastUpdatedAt ? null : JSON.stringify(list.query)}
      />
      <div className="mlv-pagination__buttons">
        {pageButton(messages.firstPage, '«', pageIndex === 0, 0)}
        {pageButton(messages.previousPage, '‹', pageIndex === 0, pageIndex - 1)}
        {pageButton(messages.nextPage, '›', !canNext, pageIndex + 1)}
        {pageCount !== null && pageButton(messages.lastPage, '»', !canNext, pageCount - 1)}
      </div>
    </nav>
  );
}
