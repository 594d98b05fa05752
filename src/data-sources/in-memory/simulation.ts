import { MigrationLogError } from '../../core/errors.js';
import { delay, isAbortError, throwIfAborted } from '../abort.js';
import type { Random } from '../random.js';
import type { InMemoryCallArgs, InMemoryDataSourceOptions, InMemoryOperation, InMemoryStats } from './types.js';

/** Runs every call the way a server would answer it: late, sometimes failing, always abortable. */
export interface Simulator {
  run<T>(operation: InMemoryOperation, args: InMemoryCallArgs, signal: AbortSignal, answer: () => T): Promise<T>;
  stats(): InMemoryStats;
}

function latencyOf(option: InMemoryDataSourceOptions['latency'], random: Random): number {
  if (option === undefined) return 0;
  if (typeof option === 'number') return Math.max(0, option);
  const min = Math.max(0, Math.min(option.min, option.max));
  const max = Math.max(0, option.min, option.max);
  return min + random.next() * (max - min);
}

export function createSimulator(options: InMemoryDataSourceOptions, random: Random): Simulator {
  const counters: InMemoryStats = { totalCalls: 0, openCalls: 0, abortedCalls: 0, failedCalls: 0 };
  const failureRate = Math.min(1, Math.max(0, options.failureRate ?? 0));

  const simulatedFailure = (): Error | undefined => {
    if (failureRate === 0 || random.next() >= failureRate) return undefined;
    return new MigrationLogError('The service is temporarily unavailable (simulated failure).', {
      kind: 'http',
      status: 503,
    });
  };

  return {
    async run(operation, args, signal, answer) {
      counters.totalCalls++;
      counters.openCalls++;
      try {
        throwIfAborted(signal);
        // Even with no latency the answer is asynchronous, as a real request's would be.
        await delay(latencyOf(options.latency, random), signal);
        throwIfAborted(signal);
        const failure = options.fail?.(operation, args) ?? simulatedFailure();
        if (failure) throw failure;
        return answer();
      } catch (error) {
        if (isAbortError(error)) counters.abortedCalls++;
        else counters.failedCalls++;
        throw error;
      } finally {
        counters.openCalls--;
      }
    },
    stats: () => ({ ...counters }),
  };
}
