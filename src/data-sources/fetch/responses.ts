import { invalidResponseError, MigrationLogError } from '../../core/errors.js';
import { isMigrationLogPageShape } from '../../core/normalize.js';
import { isObject, toCount } from '../../core/normalize-values.js';
import type { IssuePage, MigrationLogDetailsRecord, MigrationLogPage } from '../../core/types.js';
import { isAbortError } from '../abort.js';

/** Parses a 2xx body; anything but JSON is a server fault the user should hear about. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') throw invalidResponseError('The server sent an empty answer.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalidResponseError('The server sent an answer that is not JSON.', error);
  }
}

/** Runs a host's mapper; its own failures become invalid-response errors rather than crashes. */
export function runMapper<T>(map: () => T): T {
  try {
    return map();
  } catch (error) {
    if (error instanceof MigrationLogError || isAbortError(error)) throw error;
    const detail = error instanceof Error ? ` ${error.message}` : '';
    throw invalidResponseError(`The server's answer could not be read.${detail}`, error);
  }
}

/**
 * `{ items, total? }` of a list answer (migrations or issues, named in `what` for the error);
 * items are normalised later, at the view's boundary.
 */
function itemsPage<T>(body: unknown, what: string): { items: T[]; total?: number } {
  if (!isMigrationLogPageShape(body)) {
    throw invalidResponseError(`The list of ${what} from the server has no items.`);
  }
  // The items unchecked: normalisation reads each one.
  const total = toCount(body.total);
  return total === null ? { items: body.items as T[] } : { items: body.items as T[], total };
}

/** `{ items, total?, hasNextPage? }`. */
export function defaultListMapper(body: unknown): MigrationLogPage {
  const page: MigrationLogPage = itemsPage(body, 'migrations');
  // An object: itemsPage threw otherwise.
  const { hasNextPage } = body as { hasNextPage?: unknown };
  if (typeof hasNextPage === 'boolean') page.hasNextPage = hasNextPage;
  return page;
}

export function defaultDetailsMapper(body: unknown): MigrationLogDetailsRecord {
  if (!isObject(body)) throw invalidResponseError('The migration details from the server are not an object.');
  return body as unknown as MigrationLogDetailsRecord;
}

export function defaultIssuesMapper(body: unknown): IssuePage {
  return itemsPage(body, 'issues');
}
