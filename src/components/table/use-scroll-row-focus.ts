import { type FocusEvent, type KeyboardEvent, type RefObject, useRef, useState } from 'react';
import type { MigrationLog } from '../../core/types.js';
import { useIsomorphicLayoutEffect } from '../../hooks/use-layout-effect.js';
import type { Virtualizer } from '../shared/virtual.js';
import { findRow } from './find-row.js';
import { isTextEntry, rowAfterKey } from './row-keys.js';

/** What the scrolling table knows of its rows, for their focus. */
interface ScrollRowFocusOptions {
  /** The table body: its rows carry their place (`data-index`) and migration (`data-row-key`). */
  body: RefObject<HTMLTableSectionElement | null>;
  /** The scroll area, with the sticky header at its top. */
  scrollElement: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  rowHeight: number;
  /** Rows that can be scrolled to. */
  count: number;
  /** The loaded row at a place. */
  rowAt: (index: number) => MigrationLog | undefined;
  /** The places the loaded rows can be in (the chunks asked for), end excluded; rowAt has no others. */
  loaded: { start: number; end: number };
  /** No chunk is being fetched: a refresh has answered in full. */
  settled: boolean;
  /** The rows the virtualizer renders, in order. */
  items: { index: number }[];
  /** False from a new sort or filter's first answer until its list is shown: that list starts at its top. */
  sameList: boolean;
  /** Set while a keyboard move waits for its row, so the row's chunk is fetched at once. */
  jumpTo: { current: boolean };
  onOpenDetails: ((id: string, opener: HTMLElement) => void) | undefined;
}

/**
 * Focus in the scrolling table's rows, which scrolling and every refresh add and take away under it.
 * The rows are one tab stop, moved by the keyboard (scrolling first when the target is not rendered).
 * A refresh that moves the focused row's migration to another place moves focus with it, as in paged
 * mode, and one that takes its row away moves focus to the new last row, or to the empty message:
 * otherwise a screen reader would hear nothing, or focus would fall to <body> (WCAG 2.4.3). When the
 * migration is in no loaded row, focus stays on its place and the row now there is returned, to be
 * announced. Returns what the rows' keys and tab stop need, a followed row to render outside the
 * rendered ones, that replacing row, and the body's handlers.
 */
export function useScrollRowFocus(options: ScrollRowFocusOptions) {
  const { body, scrollElement, virtualizer, rowHeight, count, rowAt, loaded, items, jumpTo } = options;
  const first = items[0];
  const last = items[items.length - 1];
  const rendered = (index: number) => !!first && !!last && index >= first.index && index <= last.index;
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  // The row holding focus after the last commit (its place and migration), while focus is in a row.
  const focused = useRef<{ index: number; rowKey: string | undefined } | null>(null);
  // Rows are keyed by their place plus this, so a row that follows its migration to a new place keeps its element.
  const [shift, setShift] = useState(0);
  const moved = useRef<{ from: number; to: number } | null>(null);
  // A followed row outside the rendered rows: rendered anyway, in its place, until the scroll to it.
  const pinned = useRef<number | null>(null);
  // The focused migration, not in the rows loaded so far while a chunk still answers the refresh: kept
  // as the one focus follows, as that chunk may hold it (chunks answer one by one).
  const seeking = useRef(false);
  // The row now in the place of a focused migration found in no loaded row, and that migration.
  const [replaced, setReplaced] = useState<{ lost: string; row: MigrationLog } | null>(null);

  // A refresh that added or took away rows above the focused one moved its migration: focus follows
  // the migration, as in paged mode, not the place (where another migration now is, and a screen
  // reader would hear nothing). Its element keeps its key at the new place, so focus stays on it, or
  // on the control in it. A migration in no loaded row left the list or moved beyond the chunks
  // loaded (300 new ones above it): where to, the view cannot know without fetching the whole list.
  // Focus stays on its place, where the user was reading, rather than jump to a guess, and the row
  // there is announced: else a screen reader user hears nothing and may open the wrong migration.
  const seen = focused.current;
  seeking.current = false;
  if (seen?.rowKey && seen.index === active && options.sameList && rowAt(active)?.rowKey !== seen.rowKey) {
    const to = findRow(rowAt, seen.rowKey, active, Math.min(count, loaded.end), loaded.start);
    const now = rowAt(active);
    if (to !== null) {
      moved.current = { from: active, to };
      if (!rendered(to)) pinned.current = to;
      setActive(to);
      setShift(shift + active - to);
    } else if (!options.settled) seeking.current = true;
    else if (now && replaced?.lost !== seen.rowKey) setReplaced({ lost: seen.rowKey, row: now });
  }

  // A new sort or filter starts its list at the top, as the table's scroll does, and so does focus
  // in a row: the row's place leaves the view. Before the next effect, which may send focus to the
  // new last row instead.
  useIsomorphicLayoutEffect(() => {
    if (options.sameList) return;
    setActive(0);
    if (focused.current) pendingFocus.current = 0;
  });

  // A refresh that made the list shorter than the focused row's place took that row away: focus goes
  // to the new last row, or to the empty state's message when none is left (see keep-row-focus), not
  // to <body> (WCAG 2.4.3). A row scrolled out of view is left alone.
  useIsomorphicLayoutEffect(() => {
    if (!focused.current || document.activeElement !== document.body) return;
    focused.current = null;
    if (!count) body.current?.querySelector<HTMLElement>('.mlv-table__empty [tabindex]')?.focus();
    if (active < count || !count) return;
    setActive(count - 1);
    pendingFocus.current = count - 1;
  });

  // Focus follows the keyboard once the target row is rendered (it may need a scroll first).
  useIsomorphicLayoutEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`);
    if (!row) return;
    pendingFocus.current = null;
    jumpTo.current = false;
    row.focus({ preventScroll: true });
  });

  // A followed row is kept in view when the user had it in view, and scrolled to when it left the
  // rendered rows (else focus would fall to <body> when the pinned row goes): just enough to show it.
  // Otherwise the list stays where it is, as across any refresh.
  useIsomorphicLayoutEffect(() => {
    const move = moved.current;
    moved.current = null;
    if (move && (!rendered(move.to) || scrollFor(move.from) === undefined)) scrollIntoView(move.to);
    if (pinned.current !== null && rendered(pinned.current)) pinned.current = null;
    const row = document.activeElement?.closest<HTMLElement>('tr[data-index]');
    if (focused.current && !seeking.current)
      focused.current =
        row && body.current?.contains(row) ? { index: Number(row.dataset.index), rowKey: row.dataset.rowKey } : null;
  });

  const headHeight = () => scrollElement.current?.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  /** The scroll offset that shows a row below the sticky header, just; undefined when it is in view. */
  const scrollFor = (index: number) => {
    const area = scrollElement.current;
    if (!area) return;
    const top = index * rowHeight;
    const bottom = top + rowHeight + headHeight() - area.clientHeight;
    return top < area.scrollTop ? top : bottom > area.scrollTop ? bottom : undefined;
  };
  const scrollIntoView = (index: number) => {
    const offset = scrollFor(index);
    if (offset !== undefined) virtualizer.scrollToOffset(offset);
  };

  const pin = pinned.current;
  const pinnedRow = pin !== null && pin < count && !rendered(pin) ? pin : null;
  // Out of view, the active row gives the tab stop to the first row wholly below the sticky header,
  // not to the first rendered: one of the few above the view (overscan), out of sight, which Tab
  // then scrolled to the middle of the area, moving the list some ten rows under the user.
  const inView = (virtualizer.scrollOffset ?? 0) / rowHeight;
  const firstInView = first && last ? Math.min(last.index, Math.max(first.index, Math.ceil(inView - 0.01))) : 0;
  return {
    /** Added to a row's place for its React key, so a followed row keeps its element. */
    shift,
    /** The one row Tab reaches: the active one, or the first in view when it scrolled out of view. */
    tabStop: first && !rendered(active) && active !== pinnedRow ? firstInView : active,
    /** A followed row to render in its place, outside the rendered rows, or null. */
    pinnedRow,
    /** The row now in the place of a focused migration no loaded row holds, until focus moves; else null. */
    replaced: replaced?.row ?? null,
    onKeyDown: (event: KeyboardEvent<HTMLTableSectionElement>) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
      if (!row || isTextEntry(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(row.dataset.index);
      const inView = Math.floor(((scrollElement.current?.clientHeight ?? 0) - headHeight()) / rowHeight);
      const target = rowAfterKey(event.key, index, count, inView);
      if (target === null) {
        const log = rowAt(index);
        if (event.key === 'Enter' && event.target === row && log?.id) options.onOpenDetails?.(log.id, row);
        return;
      }
      event.preventDefault();
      setActive(target);
      pendingFocus.current = target;
      jumpTo.current = true;
      scrollIntoView(target);
    },
    onFocus: (event: FocusEvent<HTMLTableSectionElement>) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
      if (row) setActive(Number(row.dataset.index));
      focused.current = row && { index: Number(row.dataset.index), rowKey: row.dataset.rowKey };
    },
    // Focus moved away on purpose is not brought back. React hears no blur while it commits.
    onBlur: () => {
      focused.current = null;
      pinned.current = null;
      setReplaced(null);
    },
  };
}
