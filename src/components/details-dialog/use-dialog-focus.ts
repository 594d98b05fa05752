import { type FocusEvent, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../../hooks/use-layout-effect.js';

/** The key of the table row an element sits in (`data-row-key`); null outside one. */
const rowKeyOf = (element: Element | null) => element?.closest<HTMLElement>('[data-row-key]')?.dataset.rowKey ?? null;

/**
 * Where focus goes in the details dialog: to the title on open, back to what opened it on close
 * (else to `fallback()`), and into view whenever it moves inside. Returns the title's ref and the
 * props for the dialog content.
 */
export function useDialogFocus(open: boolean, fallback: () => HTMLElement | null | undefined) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Opened by id, not by a Radix Trigger, so Radix cannot know the opener: remember what had focus
  // when the dialog opened (layout effect: before Radix moves focus inside) and go back to it.
  const openerRef = useRef<HTMLElement | null>(null);
  // Scroll-mode rows are reused by position: after a re-sort the opener's row shows another migration.
  const openerRow = useRef<string | null>(null);
  const wasOpen = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (open && !wasOpen.current) {
      const active = document.activeElement;
      openerRef.current = active instanceof HTMLElement && active !== document.body ? active : null;
      openerRow.current = rowKeyOf(active);
    }
    wasOpen.current = open;
  }, [open]);

  const contentProps = {
    onOpenAutoFocus(event: Event) {
      // The content is long and starts with a Close button: start reading at the title instead.
      event.preventDefault();
      titleRef.current?.focus();
    },
    onCloseAutoFocus(event: Event) {
      const opener = openerRef.current;
      openerRef.current = null;
      const target = opener?.isConnected && rowKeyOf(opener) === openerRow.current ? opener : fallback();
      if (target) {
        event.preventDefault();
        target.focus();
      }
    },
    // Radix's focus trap moves focus without scrolling: Shift+Tab from Close landed on the last
    // control, far below the fold of the body, out of sight (WCAG 2.4.7 / 2.4.11). Again a frame
    // later: the issues scrolled into view are measured and may push the control down.
    onFocus(event: FocusEvent) {
      const show = () => event.target.scrollIntoView?.({ block: 'nearest' });
      show();
      requestAnimationFrame(() => requestAnimationFrame(show));
    },
  };
  return [titleRef, contentProps] as const;
}
