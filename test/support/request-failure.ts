import type { MigrationLogError } from '../../src/core/errors.js';

/** A data-source call's context with its own, never aborted, signal unless one is given. */
export const ctx = (signal = new AbortController().signal) => ({ signal });

/** The error a data-source call rejects with; fails the test if it resolves. */
export const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error as MigrationLogError,
  );
