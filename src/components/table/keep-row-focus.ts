import { type FocusEvent, type RefObject, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../../hooks/use-layout-effect.js';
import { TABBABLE } from './row-tab-order.js';

const controlsOf = (row: Element | null | undefined) => [...(row?.querySelectorAll(TABBABLE) ?? [])] as HTMLElement[];

/**
 * Keeps focus in the rows when a refresh takes away the row holding it (its migration left the
 * filter, say): the same control of the row now in its place, or of the new last row, or the empty
 * state's message when none is left, gets it instead of <body>, where a keyboard user would start
 * over from the top (WCAG 2.4.3).
 * Returns the body's focus handlers.
 */
export function useRowFocusKeeper(body: RefObject<HTMLTableSectionElement | null>) {
  // The focused control's row (its place in the body) and its place in that row.
  const spot = useRef<[row: number, control: number] | null>(null);
  useIsomorphicLayoutEffect(() => {
    const rows = body.current?.rows;
    if (!spot.current || !rows || document.activeElement !== document.body) return;
    const [row, control] = spot.current;
    const target = rows[Math.min(row, rows.length - 1)];
    const controls = controlsOf(target);
    // No row left: the empty state's message (focusable by script) says why the rows went, and Tab
    // goes on from there to its Reset filters; not Reset itself, which one more Enter would press.
    (target?.matches('.mlv-table__row--empty') ? controls[0] : (controls[control] ?? controls[0]))?.focus();
  });
  return {
    onFocus: ({ target }: FocusEvent) => {
      const row = target.closest('tr');
      spot.current = row && [row.sectionRowIndex, controlsOf(row).indexOf(target as HTMLElement)];
    },
    // Focus moved away on purpose (to another control, or to nothing with a click outside) is not
    // brought back. React hears no blur while it commits, so not that of a control it removes.
    onBlur: () => {
      spot.current = null;
    },
  };
}
