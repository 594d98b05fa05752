/** Abort helpers shared by the data sources: one shape of abort error everywhere. */

import { isObject } from '../core/normalize-values.js';

/** The error fetch itself rejects with on abort, so callers can test `error.name === 'AbortError'`. */
export function createAbortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** True for the AbortError of fetch, of our own sources, or of any DOM API. */
export function isAbortError(error: unknown): boolean {
  return isObject(error) && error.name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw createAbortError();
}

/**
 * Waits `ms` milliseconds unless the signal aborts first. On abort the timer is cleared at once so
 * a cancelled request leaves nothing scheduled behind it.
 */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(createAbortError());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(createAbortError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
