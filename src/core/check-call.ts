/**
 * One data-source call made by checkDataSource: bounded in time and abortable, so a call that never
 * settles or throws becomes a problem in the report instead of a hung or failed test.
 */
import type { ContractProblem } from './contract-check.js';
import { unsettledText } from './contract-check.js';
import { errorMessage, MigrationLogError } from './errors.js';

/** The call's answer, or the problem that stands for it. */
export type CallOutcome = { answered: true; raw: unknown } | { answered: false; problem: ContractProblem };

/**
 * The messages of the errors behind `error`: the REST source says "The server could not be
 * reached." for any network failure, and the host debugging its test needs the refused port.
 */
function causes(error: unknown): string {
  const messages: string[] = [];
  let cause = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; cause instanceof Error && depth < 3; depth++, cause = cause.cause) {
    if (cause.message.trim() && !messages.includes(cause.message)) messages.push(cause.message);
  }
  return messages.length > 0 ? ` (${messages.join(': ')})` : '';
}

/** Why a call failed, with the HTTP status when the source said one, and the causes behind it. */
function failure(call: string, error: unknown): string {
  const status = error instanceof MigrationLogError && error.status !== undefined ? ` with HTTP ${error.status}` : '';
  return `${call} failed${status}: ${errorMessage(error)}${causes(error)}`;
}

/**
 * Runs `run` with a signal of its own, aborted after `timeout` ms or when `outer` aborts; whatever
 * happens first decides the outcome. `kind` keys the problem (`list`, `get`, `listIssues`).
 */
export function checkCall(
  kind: string,
  call: string,
  run: (signal: AbortSignal) => unknown,
  timeout: number,
  outer: AbortSignal | undefined,
): Promise<CallOutcome> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort = () => {};
  // Resolved before the call's own signal aborts, so it wins over a source that rejects on abort.
  const cutOff = new Promise<CallOutcome>((resolve) => {
    const end = (problem: ContractProblem, reason?: unknown) => {
      resolve({ answered: false, problem });
      controller.abort(reason);
    };
    onAbort = () => end([`${kind}:aborted`, `${call} was not checked: the check was aborted.`], outer?.reason);
    timer = setTimeout(() => end([`${kind}:unsettled`, unsettledText(call, timeout)]), timeout);
    if (outer?.aborted) onAbort();
    else outer?.addEventListener('abort', onAbort, { once: true });
  });
  const answer = (async (): Promise<CallOutcome> => {
    if (controller.signal.aborted) return cutOff;
    try {
      return { answered: true, raw: await run(controller.signal) };
    } catch (error) {
      return { answered: false, problem: [`${kind}:failed`, failure(call, error)] };
    }
  })();
  return Promise.race([cutOff, answer]).finally(() => {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  });
}
