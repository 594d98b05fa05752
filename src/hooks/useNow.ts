import { useEffect, useState } from 'react';

/**
 * The current time in epoch ms, re-read every `intervalMs` while `enabled` (e.g. while a shown
 * migration is active, for live durations); no timer runs otherwise.
 *
 * @param intervalMs Milliseconds between ticks. Values that are not positive numbers mean 1000.
 * @param enabled Tick at all. Default `true`.
 * @param now A fixed time (epoch ms or Date) to return instead of the clock, for stories and
 *   tests. Default: the clock.
 */
export function useNow(intervalMs: number, enabled = true, now?: number | Date): number {
  const [clock, setClock] = useState(() => Date.now());
  const fixed = now === undefined ? undefined : Number(now);
  const delay = Number.isFinite(intervalMs) && intervalMs > 0 ? intervalMs : 1000;
  const ticks = enabled && fixed === undefined;

  useEffect(() => {
    if (!ticks) return;
    // Catch up at once: the clock stood still while ticking was off.
    setClock(Date.now());
    const id = setInterval(() => setClock(Date.now()), delay);
    return () => clearInterval(id);
  }, [ticks, delay]);

  return fixed ?? clock;
}
