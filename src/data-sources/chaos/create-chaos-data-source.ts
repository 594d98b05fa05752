import type { MigrationLogDataSource, RequestContext } from '../../core/types.js';
import { createAbortError, delay } from '../abort.js';
import { createRandom } from '../random.js';
import { createFatePicker, dropError, failureError, garbageAnswer, latencyOf, timeoutError } from './fate.js';
import type { ChaosCall, ChaosDataSource, ChaosOperation, ChaosOptions, ChaosOutcome, ChaosStats } from './types.js';

const noop = (): void => {};

/** Settles with `promise`, or rejects with an AbortError the moment `signal` aborts; leaves no listener. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(createAbortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(createAbortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Wraps a data source in a misbehaving network, for tests and stories: random latency, answers
 * out of order, failures, timeouts, contract-breaking answers and dropped requests, all seeded.
 * Every call honours its AbortSignal at once (no timer or listener stays behind), and `stats()` /
 * `calls()` tell a test what was asked, what was answered and what is still open.
 *
 * Not for production: it exists to prove the view stays up and truthful when the backend is not.
 */
export function createChaosDataSource(inner: MigrationLogDataSource, options: ChaosOptions = {}): ChaosDataSource {
  const random = createRandom(options.seed ?? 1);
  const pickFate = createFatePicker(options, random);
  const timeoutMs = Math.max(0, options.timeoutMs ?? 10_000);
  const reorder = options.reorder ?? true;
  const logSize = Math.max(0, options.logSize ?? 1000);
  const log: ChaosCall[] = [];
  const open = new Map<ChaosCall, AbortSignal>();
  let totalCalls = 0;
  let settledCalls = 0;
  let abortedCalls = 0;
  let subscriptions = 0;
  // Settles after the previous call did; with `reorder: false` each call waits for it.
  let tail: Promise<void> = Promise.resolve();

  async function run<T>(
    operation: ChaosOperation,
    details: Pick<ChaosCall, 'id' | 'query' | 'issueQuery'>,
    { signal }: RequestContext,
    ask: () => Promise<T>,
  ): Promise<T> {
    const fate = pickFate(operation);
    const wait = fate === 'timeout' ? timeoutMs : latencyOf(options.latency, random);
    const garbage = fate === 'garbage' ? garbageAnswer(random) : undefined;
    const call: ChaosCall = { seq: ++totalCalls, operation, fate, outcome: 'pending', ...details };
    log.push(call);
    if (log.length > logSize) log.shift();
    open.set(call, signal);
    const previous = tail;
    const settle = (outcome: ChaosOutcome, result: { answer?: unknown; error?: unknown }): void => {
      open.delete(call);
      Object.assign(call, { outcome, settledOrder: ++settledCalls }, result);
      if (outcome === 'aborted') abortedCalls++;
    };

    const attempt = async (): Promise<T> => {
      // The inner source is asked at once, as a server would be; the network then holds the answer.
      const answer = fate === 'answer' ? ask() : undefined;
      answer?.catch(noop); // an abandoned answer's rejection is not an unhandled one
      await delay(wait, signal);
      if (!reorder) await untilAborted(previous, signal);
      if (fate === 'fail') throw failureError();
      if (fate === 'timeout') throw timeoutError(wait);
      if (fate === 'drop') throw dropError();
      if (fate === 'garbage') return garbage as T;
      return untilAborted(answer as Promise<T>, signal);
    };

    const result = attempt().then(
      (answer) => {
        settle(fate === 'garbage' ? 'garbage' : 'answered', { answer });
        return answer;
      },
      (error: unknown) => {
        const outcome: ChaosOutcome = signal.aborted
          ? 'aborted'
          : fate === 'timeout'
            ? 'timed-out'
            : fate === 'drop'
              ? 'dropped'
              : 'failed';
        settle(outcome, { error });
        throw error;
      },
    );
    tail = result.then(noop, noop);
    return result;
  }

  const source: ChaosDataSource = {
    list: (query, ctx) => run('list', { query }, ctx, () => inner.list(query, ctx)),
    get: (id, ctx) => run('get', { id }, ctx, () => inner.get(id, ctx)),
    stats(): ChaosStats {
      let openUnabortedCalls = 0;
      for (const signal of open.values()) if (!signal.aborted) openUnabortedCalls++;
      return { totalCalls, settledCalls, openCalls: open.size, openUnabortedCalls, abortedCalls, subscriptions };
    },
    calls: () => [...log],
  };
  // Optional methods exist only where the inner source has them, so feature checks stay true.
  const { listIssues, cancel, subscribe } = inner;
  if (listIssues) {
    source.listIssues = (id, issueQuery, ctx) =>
      run('listIssues', { id, issueQuery }, ctx, () => listIssues.call(inner, id, issueQuery, ctx));
  }
  if (cancel) source.cancel = (id, ctx) => run('cancel', { id }, ctx, () => cancel.call(inner, id, ctx));
  if (subscribe) {
    source.subscribe = (onChange) => {
      const unsubscribe = subscribe.call(inner, onChange);
      subscriptions++;
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        subscriptions--;
        unsubscribe();
      };
    };
  }
  return source;
}
