import { useRef, useState } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationIssue } from '../../core/types.js';
import { useIsomorphicLayoutEffect } from '../../hooks/use-layout-effect.js';
import { useVirtualList } from '../shared/virtual.js';
import { IssueItem } from './IssueItem.js';

interface IssueItemsProps {
  items: MigrationIssue[];
  locale: string | undefined;
  messages: MigrationLogMessages;
}

/** Where the list scrolls: the dialog's body (the nearest ancestor that scrolls), its top offset and item gap. */
interface ScrollFrame {
  element: HTMLElement;
  margin: number;
  gap: number;
}

function scrollFrameOf(list: HTMLElement): ScrollFrame | null {
  for (let element = list.parentElement; element; element = element.parentElement) {
    const { overflowY } = getComputedStyle(element);
    if ((overflowY === 'auto' || overflowY === 'scroll') && element.clientHeight > 0) {
      const margin = list.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop;
      return { element, margin, gap: Number.parseFloat(getComputedStyle(list).rowGap) || 0 };
    }
  }
  return null;
}

/**
 * The tallest of `heights`, leaving out any over twice the median: one issue with a stack trace for
 * a message must not make every other count as that tall (a scrollbar many times too short, a view
 * that jumps as they draw). 0 for none.
 */
function typicalTallest(heights: number[]): number {
  const median = [...heights].sort((a, b) => a - b)[(heights.length - 1) >> 1] ?? 0;
  return Math.max(0, ...heights.filter((height) => height <= 2 * median));
}

const sameFrame = (a: ScrollFrame | null | undefined, b: ScrollFrame | null) =>
  a === b || (!!a && !!b && a.element === b.element && Math.abs(a.margin - b.margin) < 1 && a.gap === b.gap);

/**
 * One page of issues (up to the page size, 50 by default), virtualised against the dialog's
 * scrolling body: only the issues in view are rendered, so opening a migration with a full page of
 * long issues costs what opening one with five does. Without a scrolling ancestor (unstyled, or no
 * layout at all) every item of the page is rendered.
 */
export function IssueItems({ items, locale, messages }: IssueItemsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  // Until the layout is known, the first items are rendered as if the list started in view.
  const [frame, setFrame] = useState<ScrollFrame | null>();
  // The height guessed for issues not drawn yet: the tallest of the list's first issues (outliers aside),
  // which the first render draws at the dialog's real width (a phone's issues are far taller than 72 px).
  // Too small, the list grows under a smooth scroll and End ends short; too large, it shrinks, which the
  // clamp absorbs. Fixed then, it moves only issues below the view; changed later, it would move some
  // above it too.
  const guess = useRef<number | undefined>(undefined);
  // The height guessed for an issue before any is drawn, in px.
  const ISSUE_HEIGHT = 72;
  useIsomorphicLayoutEffect(() => {
    const list = listRef.current;
    guess.current ??= typicalTallest([...(list?.children ?? [])].map((item) => (item as HTMLElement).offsetHeight));
    const next = list ? scrollFrameOf(list) : null;
    if (!sameFrame(frame, next)) setFrame(next);
  });
  const margin = frame?.margin ?? 0;
  const virtualizer = useVirtualList({
    count: items.length,
    getScrollElement: () => frame?.element ?? null,
    estimateSize: () => guess.current || ISSUE_HEIGHT,
    overscan: 2,
    scrollMargin: margin,
    // Undefined before the layout is known: TanStack's default, 0.
    gap: frame?.gap,
    initialRect: { width: 0, height: 480 },
    // Issues drawn just after a scroll are measured as they mount, not a frame late: scrolling ends
    // at `scrollend`, not 150 ms on.
    useScrollendEvent: true,
    // A re-render forced inside the ResizeObserver callback (text enlarged mid-scroll) drew issues
    // the browser could no longer report that frame: "ResizeObserver loop" errors in hosts.
    useFlushSync: false,
  });
  // The default keeps the view steady against the offset of the last scroll event. A focus() since
  // (the heading, on a page turn) is not in it yet: measuring the items of the old offset then
  // scrolled back there, away from the focused heading. Compare with where the body really is.
  // The list is padded, not positioned: an issue is drawn at its real height before it is measured.
  // At the body's end the browser's clamp already took back a shrink. Scrolled to the list's end (the
  // pager), growth in view is taken back too: the pager stays where the user scrolled it. Not while
  // the body scrolls: a correction ends a smooth scroll (End in desktop Chrome) far short of where it
  // was going, and the browser's scroll anchoring keeps the view meanwhile (the list is in flow).
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, delta) => {
    const body = frame?.element;
    if (!body || virtualizer.isScrolling) return false;
    const top = body.scrollTop;
    const bottom = top + body.clientHeight;
    if (delta < 0 && bottom > body.scrollHeight - 1) return false;
    return item.start < top || (top > margin && bottom >= margin + virtualizer.getTotalSize());
  };
  const virtual = frame !== null;
  const shown = virtual ? virtualizer.getVirtualItems() : items.map((_, index) => ({ index, start: 0, end: 0 }));
  const first = shown[0];
  const last = shown.at(-1);
  const style =
    virtual && first && last
      ? { paddingTop: first.start - margin, paddingBottom: virtualizer.getTotalSize() - (last.end - margin) }
      : undefined;
  return (
    <ul ref={listRef} className="mlv-details__issue-list" style={style}>
      {shown.map(({ index }) => {
        const issue = items[index] as MigrationIssue;
        return (
          <IssueItem
            key={issue.key}
            issue={issue}
            locale={locale}
            messages={messages}
            index={index}
            setSize={items.length}
            measureRef={virtual ? virtualizer.measureElement : undefined}
          />
        );
      })}
    </ul>
  );
}
