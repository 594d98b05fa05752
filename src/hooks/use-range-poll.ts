import { focusManager } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLatest } from './useLatest.js';

/**
 * One clock for the chunks of a scrolled list: every `interval` ms while `on`, `refresh` them all at
 * once, skipped while the page is hidden (as TanStack's own `refetchInterval` is, not in the
 * background). Chunks polling on timers of their own answered at different moments, so a row moving
 * from one chunk to the next was missing from both, or in both, until the other chunk refreshed: and
 * a chunk with no active row of its own never did. The clock keeps running while chunks come and go,
 * so one that loads later joins the next tick.
 */
export function useRangePoll(on: boolean, interval: number, refresh: () => void): void {
  const latest = useLatest(refresh);
  useEffect(() => {
    if (!on) return;
    const id = setInterval(() => {
      if (focusManager.isFocused()) latest.current();
    }, interval);
    return () => clearInterval(id);
  }, [on, interval, latest]);
}
