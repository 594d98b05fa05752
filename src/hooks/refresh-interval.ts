/** Refresh interval used when the host sets none: 5 s. */
export const DEFAULT_REFRESH_INTERVAL = 5000;

/** Shortest refresh interval allowed, so a host cannot poll its backend into the ground: 1 s. */
export const MIN_REFRESH_INTERVAL = 1000;

// setInterval overflows above 2^31 − 1 ms and then fires continuously.
const MAX_REFRESH_INTERVAL = 2_147_483_647;

/** The interval to poll at: the default when missing or not a number, raised to the floor. */
export function resolveRefreshInterval(ms: number | undefined): number {
  if (typeof ms !== 'number' || Number.isNaN(ms)) return DEFAULT_REFRESH_INTERVAL;
  return Math.min(MAX_REFRESH_INTERVAL, Math.max(MIN_REFRESH_INTERVAL, ms));
}
