import { useEffect, useRef } from 'react';
import type { MigrationLogDataSource } from '../core/types.js';

/*
 * Development aid for `dataSource={createFetchDataSource(…)}` written inside a component: each
 * render then hands the hooks a new object, cache keys hold one id per object (query-keys.ts), and
 * every render of the host becomes a new request, a "Refreshing…" flash and a new subscription.
 * Nothing fails, so nobody finds out but the backend.
 */

// Bundlers replace `process.env.NODE_ENV`; the library needs no Node types for that.
declare const process: { env: { NODE_ENV?: string } };

/**
 * A new object this many times within `WINDOW_MS` reads as the mistake. One switch (another tenant,
 * say) is one; a host re-rendering on a timer or on each keystroke reaches three in seconds.
 * Counting commits in a row would miss it: between two host renders the hook re-renders itself
 * (the answer arrives) with the same object.
 */
const CHANGES = 3;
const WINDOW_MS = 10_000;

// Once per page, not per hook: one line of the host is wrong, and a view runs several of these hooks.
let warned = false;

/**
 * Warns once when `dataSource` keeps being a new object from commit to commit. Development only:
 * the NODE_ENV test comes first so that production bundles drop the whole body (and the call).
 */
export function useUnstableSourceWarning(dataSource: MigrationLogDataSource): void {
  if (process.env.NODE_ENV !== 'production') {
    // biome-ignore lint/correctness/useHookAtTopLevel: the condition is fixed for a build, so every render calls the same hooks.
    const seen = useRef<{ source: MigrationLogDataSource; changedAt: number[] } | null>(null);
    // After commit, not in render: StrictMode's second render and renders React throws away do not count.
    // biome-ignore lint/correctness/useHookAtTopLevel: as above.
    useEffect(() => {
      const last = seen.current;
      if (last === null || last.source === dataSource) {
        seen.current ??= { source: dataSource, changedAt: [] };
        return;
      }
      const now = Date.now();
      const changedAt = [...last.changedAt, now].filter((at) => now - at < WINDOW_MS).slice(-CHANGES);
      seen.current = { source: dataSource, changedAt };
      if (changedAt.length < CHANGES || warned) return;
      warned = true;
      console.warn(
        `migration-log-view: dataSource was a new object on ${CHANGES} renders within ${WINDOW_MS / 1000} s, so each render starts a new cache entry, a new request and a new subscription. Create it once: at module level, or with useMemo (useMemo(() => createFetchDataSource({ baseUrl }), [baseUrl])). See "Install and embed" in the README.`,
      );
    });
  }
}
