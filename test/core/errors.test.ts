import { runInNewContext } from 'node:vm';
import { errorMessage, MigrationLogError } from '../../src/core/errors.js';

const FALLBACK = 'Something went wrong.';

describe('MigrationLogError', () => {
  it('is an Error carrying its kind, HTTP status and cause', () => {
    const cause = new TypeError('fetch failed');
    const error = new MigrationLogError('Not found', { kind: 'http', status: 404, cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MigrationLogError');
    expect(error.message).toBe('Not found');
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.cause).toBe(cause);
  });

  it('leaves the status undefined for errors that are not HTTP errors', () => {
    expect(new MigrationLogError('Offline', { kind: 'network' }).status).toBeUndefined();
  });
});

describe('errorMessage', () => {
  it('shows the message of an Error or a MigrationLogError, trimmed', () => {
    expect(errorMessage(new Error('  Boom  '))).toBe('Boom');
    expect(errorMessage(new MigrationLogError('Server says no', { kind: 'http', status: 500 }))).toBe('Server says no');
  });

  it('shows a thrown string', () => {
    expect(errorMessage(' timeout ')).toBe('timeout');
  });

  it('shows the message of an Error from another realm (iframe, vm) and of a plain { message }', () => {
    expect(errorMessage(runInNewContext('new Error("from elsewhere")'))).toBe('from elsewhere');
    expect(errorMessage({ message: 'plain object' })).toBe('plain object');
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a boolean', false],
    ['an empty object', {}],
    ['an array', ['x']],
    ['a symbol', Symbol('x')],
    ['a non-string message', { message: 42 }],
    ['an empty string', ''],
    ['a blank string', '   '],
    ['an Error without a message', new Error('')],
  ])('falls back for %s', (_, error) => {
    expect(errorMessage(error)).toBe(FALLBACK);
    expect(errorMessage(error, 'Could not load.')).toBe('Could not load.');
  });

  it('never throws, even on a throwing getter or a revoked proxy', () => {
    const getter = Object.defineProperty({}, 'message', {
      get() {
        throw new Error('no');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(errorMessage(getter)).toBe(FALLBACK);
    expect(errorMessage(proxy)).toBe(FALLBACK);
  });

  it('truncates very long messages to 500 characters plus an ellipsis', () => {
    expect(errorMessage(new Error('x'.repeat(5_000)))).toBe(`${'x'.repeat(500)}…`);
    expect(errorMessage('y'.repeat(500))).toBe('y'.repeat(500));
  });

  it('does not cut an emoji in half when truncating', () => {
    expect(errorMessage(`${'x'.repeat(499)}😀😀`)).toBe(`${'x'.repeat(499)}…`);
  });
});
