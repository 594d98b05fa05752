import { MigrationLogError } from '../../core/errors.js';
import type { Random } from '../random.js';
import type { ChaosFate, ChaosOperation, ChaosOptions } from './types.js';

const rate = (value: number | undefined): number => Math.min(1, Math.max(0, value ?? 0));

/** Picks each call's fate from the configured rates, in a fixed order so a seed replays. */
export function createFatePicker(options: ChaosOptions, random: Random) {
  const rates: [ChaosFate, number][] = [
    ['fail', rate(options.failureRate)],
    ['timeout', rate(options.timeoutRate)],
    ['garbage', rate(options.garbageRate)],
    ['drop', rate(options.dropRate)],
  ];
  const disturbed = new Set<ChaosOperation>(options.operations ?? ['list', 'get', 'listIssues', 'cancel']);
  return (operation: ChaosOperation): ChaosFate => {
    // Draw for every call, disturbed or not, so enabling one operation does not shift the others.
    let roll = random.next();
    if (!disturbed.has(operation)) return 'answer';
    for (const [fate, share] of rates) {
      if (roll < share) return fate;
      roll -= share;
    }
    return 'answer';
  };
}

export function latencyOf(option: ChaosOptions['latency'], random: Random): number {
  if (option === undefined) return 0;
  if (typeof option === 'number') return Number.isFinite(option) ? Math.max(0, option) : 0;
  const min = Math.max(0, Math.min(option.min, option.max));
  const max = Math.max(0, option.min, option.max);
  return min + random.next() * (max - min);
}

const GARBAGE: readonly unknown[] = [null, 'Internal Server Error', 42, [], { items: 'nope' }, { rows: [] }];

/** An answer that breaks the contract (cancel answers nothing, so any value is fine for it). */
export function garbageAnswer(random: Random): unknown {
  return random.pick(GARBAGE);
}

export function failureError(): MigrationLogError {
  return new MigrationLogError('The service is temporarily unavailable (simulated failure).', {
    kind: 'http',
    status: 503,
  });
}

export function timeoutError(ms: number): MigrationLogError {
  // No detail: like the fetch source's timeout, it shows as the (translated) timeout message.
  return new MigrationLogError(`The server did not answer within ${Math.round(ms)} ms (simulated timeout).`, {
    kind: 'timeout',
    detail: null,
  });
}

/** Not the caller's abort: the request was dropped on the way, so it must show as an error. */
export function dropError(): DOMException {
  return new DOMException('The connection was dropped (simulated).', 'AbortError');
}
