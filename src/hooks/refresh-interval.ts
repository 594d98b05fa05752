import { MAX_TIMER_MS } from '../core/max-timer.js';

/** Refresh interval used when the host sets none: 5 s. */
export const DEFAULT_REFRESH_INTERVAL = 5000;

/** Shortest refresh interval allowed, so a host cannot poll its backend into the ground: 1 s. */
export const MIN_REFRESH_INTERVAL = 1000;

/**
 * The interval to poll at: the default when missing or not a number, raised to the floor, held
 * under the ceiling where setInterval overflows and fires continuously.
 */
export function resolveRefreshInterval(ms: number | undefined): number {
  if (typeof ms !== 'number' || Number.isNaN(ms)) return DEFAULT_REFRESH_INTERVAL;
  return Math.min(MAX_TIMER_MS, Math.max(MIN_REFRESH_INTERVAL, ms));
}
