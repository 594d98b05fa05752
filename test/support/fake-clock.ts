import type { QueryClient } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import type { ChaosDataSource } from '../../src/data-sources/chaos/types.js';

/**
 * Fake timers for whole-view tests: latency, timeouts, debounces and TanStack's batching all run
 * on a clock the test advances, so a run with seconds of simulated latency takes milliseconds.
 * Date is left real (nothing here depends on it). testing-library's waitFor/findBy poll with
 * timers and must not be used while this is on.
 */
export function installFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
}

/** Advances the fake clock inside act, so React renders what the timers caused. */
export async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/**
 * Advances the clock until nothing is in flight: no open call at the source, no query fetching,
 * no mutation pending. Throws if that never happens (a request that never ends is a bug too).
 */
export async function settle(source: ChaosDataSource, client: QueryClient, maxMs = 60_000): Promise<void> {
  const step = 25;
  const idle = () => source.stats().openCalls === 0 && client.isFetching() === 0 && client.isMutating() === 0;
  // Idle twice in a row: the cache turns idle before TanStack's batched notification renders it.
  let idleSteps = 0;
  for (let elapsed = 0; elapsed <= maxMs; elapsed += step) {
    await advance(step);
    idleSteps = idle() ? idleSteps + 1 : 0;
    if (idleSteps === 2) return;
  }
  throw new Error(`Still busy after ${maxMs} ms: ${JSON.stringify(source.stats())}`);
}
