import { type ReactNode, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { canonicalQuery } from '../../core/query.js';
import { useIsomorphicLayoutEffect } from '../../hooks/use-layout-effect.js';
import { useMigrationLogRange } from '../../hooks/useMigrationLogRange.js';
import { LiveStatus } from '../shared/LiveStatus.js';
import { useVirtualList, type Virtualizer } from '../shared/virtual.js';
import { describeRow } from './cells.js';
import type { TableColumn } from './columns.js';
import { MigrationLogRow } from './MigrationLogRow.js';
import { syncRowTabOrder } from './row-tab-order.js';
import { EmptyRow, SkeletonRows } from './TableBodyStates.js';
import { TableHead } from './TableHead.js';
import { TableNotices } from './TableNotices.js';
import type { TableBodyProps } from './table-mode.js';
import { useScrollRowFocus } from './use-scroll-row-focus.js';

/** Rows fetched beyond the viewport on each side, so a slow scroll rarely meets a placeholder. */
const FETCH_MARGIN = 20;
/** Used until a real row has been measured: a row of the default theme (2.75rem and its border). */
const DEFAULT_ROW_HEIGHT = 45;
const INITIAL_RANGE = { start: 0, end: FETCH_MARGIN };
/** Viewport assumed before the first measurement and on the server. */
const INITIAL_RECT = { width: 0, height: 480 };
/**
 * Taller than this, browsers stop scrolling an element (Firefox at about 17.9 million px), and a
 * server's total of a billion would make the virtualizer allocate a billion positions.
 */
const MAX_SCROLL_HEIGHT = 15_000_000;
// English `messages.scrollLimited` and `messages.focusedRowReplaced`: here, not in the default messages, so
// paged-only pages do not ship them.
const scrollLimited = (shown: number, total: number) =>
  `Showing the first ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}. Narrow the list with the filters to reach the rest.`;
const focusedRowReplaced = (row: string) =>
  `The migration in focus moved elsewhere in the list or left it; this row now shows the ${row}.`;

/**
 * The scrolling mode of the table: one tall list over the whole history, virtualised with TanStack
 * Virtual (only rows in view are in the DOM) and fetched in chunks as they come into view. Rows
 * have one measured height; the space above and below the rendered rows is two spacer rows, so the
 * markup stays a real table with `aria-rowcount` / `aria-rowindex`.
 */
export function ScrollTable(props: TableBodyProps) {
  const { query, columns, renderContext } = props;
  const { messages } = renderContext;
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const instance = useRef<Virtualizer<HTMLDivElement, Element> | null>(null);
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  const measuredFor = useRef<TableColumn[] | null>(null);

  // A new sort or filter is a new list: it starts at its top once it answers (the scroll follows in
  // a layout effect). Until then, and when it fails, the previous rows keep their place, as paged
  // mode keeps its page. A refresh of the same list keeps the place.
  const list = JSON.stringify([query.sort, canonicalQuery(query).filter]);
  const shownList = useRef(list);
  const wanted = useRef(INITIAL_RANGE);
  const jumpTo = useRef(false);
  // Until the virtualizer has seen the scroll back to the top, its range is the old list's.
  const resetting = useRef(false);
  if (resetting.current && (instance.current?.scrollOffset ?? 0) <= rowHeight) resetting.current = false;
  // The virtualizer's range is read from its previous render: it updates before it re-renders us.
  const inView = shownList.current === list && !resetting.current ? instance.current?.range : undefined;
  if (!inView) wanted.current = INITIAL_RANGE;
  else {
    const next = { start: Math.max(0, inView.startIndex - FETCH_MARGIN), end: inView.endIndex + FETCH_MARGIN };
    // Dragging the scrollbar across thousands of rows: ask for nothing on the way (placeholders
    // show), only where the scroll slows down or stops. A keyboard jump asks at once.
    const leaped = next.start > wanted.current.end || next.end < wanted.current.start;
    if (!leaped || !instance.current?.isScrolling || jumpTo.current) wanted.current = next;
  }
  const logs = useMigrationLogRange({
    dataSource: props.dataSource,
    query,
    pageSize: props.scrollPageSize,
    refreshInterval: props.refreshInterval,
    queryClient: props.queryClient,
    range: wanted.current,
  });
  // Rows past the browser's limit cannot be scrolled to, nor those past a chunk that sent fewer than
  // the total promised: the footer says so.
  const count = Math.min(logs.count, Math.floor(MAX_SCROLL_HEIGHT / rowHeight));
  const virtualizer = useVirtualList({
    count,
    // Not before the first rows: measuring the area forces a layout of the page, which would then be
    // laid out again with the rows (they usually arrive in the same task, before any paint).
    getScrollElement: () => (count > 0 ? scrollRef.current : null),
    estimateSize: useCallback(() => rowHeight, [rowHeight]),
    overscan: 4,
    // The sticky header covers the top of the scroll area exactly where it pushes the rows down,
    // so the rows in view are those the virtualizer computes without it.
    initialRect: INITIAL_RECT,
  });
  instance.current = virtualizer;
  // The virtualizer hears of the scroll to a new list's top a frame later: its first rows are drawn
  // there at once. Else focus sent to the tab stop (Retry's, as its banner goes) went to a row in
  // the old place, and the browser scrolled the list back down to it.
  const items = resetting.current
    ? virtualizer
        .getVirtualItems()
        .slice(0, count)
        .map((_, index) => ({ index, start: index * rowHeight, end: (index + 1) * rowHeight }))
    : virtualizer.getVirtualItems();
  const hasRows = count > 0 && logs.rowAt(items[0]?.index ?? 0) !== undefined;

  // Measure one real row once per set of columns, so host fonts and tokens set the row height.
  // A ResizeObserver reads it after the browser's own layout: measuring in the commit would force
  // a second layout of the page.
  useEffect(() => {
    const row = hasRows && bodyRef.current?.querySelector('tr[data-row-key]');
    if (!row || measuredFor.current === columns || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize?.[0]?.blockSize ?? 0;
      if (height <= 0) return;
      observer.disconnect();
      measuredFor.current = columns;
      if (Math.abs(height - rowHeight) > 0.01) setRowHeight(height);
    });
    observer.observe(row);
    return () => observer.disconnect();
  });
  // A new row height invalidates the positions computed with the old one. Not on mount: nothing
  // was computed with another height, and measure() re-renders at once (a wasted second render).
  const measuredHeight = useRef(rowHeight);
  useIsomorphicLayoutEffect(() => {
    if (measuredHeight.current === rowHeight) return;
    measuredHeight.current = rowHeight;
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  const waiting = logs.isPlaceholderData;
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useIsomorphicLayoutEffect(() => {
    if (shownList.current === list || waiting) return;
    shownList.current = list;
    resetting.current = true;
    virtualizer.scrollToOffset(0);
    redraw();
  }, [list, waiting, virtualizer]);

  // The rows are one tab stop, their controls included.
  useIsomorphicLayoutEffect(() => syncRowTabOrder(bodyRef.current));

  // Called after the effects above, so that its effects run after theirs: a new row height is taken
  // into account before it scrolls a row into view.
  const rowFocus = useScrollRowFocus({
    body: bodyRef,
    scrollElement: scrollRef,
    virtualizer,
    rowHeight,
    count,
    rowAt: logs.rowAt,
    loaded: logs.chunkRows,
    settled: !logs.isFetching,
    items,
    sameList: shownList.current === list || waiting,
    jumpTo,
    onOpenDetails: renderContext.onOpenDetails,
  });

  const { tabStop, pinnedRow, replaced } = rowFocus;
  const spacer = (height: number, key?: string) =>
    height > 0 && (
      // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable; hidden so only data rows are counted
      <tr key={key} className="mlv-table__spacer" aria-hidden="true">
        <td colSpan={columns.length} style={{ height, padding: 0, border: 0 }} />
      </tr>
    );
  const renderRow = (index: number) => (
    <MigrationLogRow
      key={index + rowFocus.shift}
      index={index}
      ariaRowIndex={index + 2}
      tabIndex={index === tabStop ? 0 : -1}
      log={logs.rowAt(index)}
      columns={columns}
      context={renderContext}
    />
  );
  const first = items[0];
  const last = items[items.length - 1];
  // One keyed list, so the pinned row keeps its element when the rows around it come into view.
  const rows: ReactNode[] = items.map(({ index }) => renderRow(index));
  let top = first ? first.start : 0;
  let bottom = last ? virtualizer.getTotalSize() - last.end : 0;
  if (first && last && pinnedRow !== null) {
    if (pinnedRow < first.index) {
      rows.unshift(renderRow(pinnedRow), spacer(top - (pinnedRow + 1) * rowHeight, 'gap'));
      top = pinnedRow * rowHeight;
    } else {
      rows.push(spacer(pinnedRow * rowHeight - last.end, 'gap'), renderRow(pinnedRow));
      bottom -= (pinnedRow + 1) * rowHeight - last.end;
    }
  }

  return (
    <>
      <TableNotices state={logs} messages={messages} now={props.now} />
      {/* Outside the table, which is aria-busy while it refreshes: a screen reader may hold back what changes there. */}
      <LiveStatus
        text={replaced ? (messages.focusedRowReplaced ?? focusedRowReplaced)(describeRow(replaced, renderContext)) : ''}
      />
      <div
        ref={scrollRef}
        className="mlv-table-scroll mlv-table-scroll--virtual"
        // Structural, so even an unstyled table scrolls inside a bounded box instead of rendering every row;
        // relative, or the screen-reader-only text in its cells (positioned absolutely) escapes its clip.
        // No scroll anchoring: a followed row's element moving would make the browser scroll the list.
        style={{
          position: 'relative',
          maxHeight: 'var(--mlv-table-scroll-height, 70vh)',
          overflow: 'auto',
          overflowAnchor: 'none',
        }}
      >
        <table
          className="mlv-table mlv-table--virtual"
          aria-busy={logs.isLoading || logs.isRefreshing}
          aria-rowcount={logs.total === null ? -1 : logs.total + 1}
        >
          <caption className="mlv-table__caption">{messages.tableCaption}</caption>
          <TableHead
            columns={columns}
            messages={messages}
            sort={query.sort}
            setQuery={props.setQuery}
            ariaRowIndex={1}
          />
          <tbody ref={bodyRef} onKeyDown={rowFocus.onKeyDown} onFocus={rowFocus.onFocus} onBlur={rowFocus.onBlur}>
            {count === 0 ? (
              logs.isLoading ? (
                <SkeletonRows rows={10} columns={columns} />
              ) : (
                logs.status === 'success' && (
                  <EmptyRow
                    columns={columns.length}
                    filtered={props.filtered}
                    onReset={props.onResetFilters}
                    messages={messages}
                  />
                )
              )
            ) : (
              <>
                {spacer(top)}
                {rows}
                {spacer(bottom)}
              </>
            )}
          </tbody>
        </table>
      </div>
      {logs.total !== null && (
        <div className="mlv-table-footer">
          <span className="mlv-pagination__total">{messages.totalItems(logs.total)}</span>
          {count < logs.total && (
            <span className="mlv-table-footer__limit">
              {(messages.scrollLimited ?? scrollLimited)(count, logs.total)}
            </span>
          )}
        </div>
      )}
    </>
  );
}
