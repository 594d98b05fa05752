import { runInNewContext } from 'node:vm';
import { errorMessage, errorText, MigrationLogError, type MigrationLogErrorKind } from '../../src/core/errors.js';
import { defaultMessages } from '../../src/core/messages.js';
import { germanMessages } from '../../src/core/messages-de.js';

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

  it('speaks for itself unless marked as the library’s generic text', () => {
    expect(new MigrationLogError('Paused for maintenance.', { kind: 'http', status: 503 }).detail).toBe(
      'Paused for maintenance.',
    );
    expect(new MigrationLogError('The server answered 503.', { kind: 'http', detail: null }).detail).toBeNull();
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

describe('errorText', () => {
  const http = (detail: string | null = null) =>
    new MigrationLogError('The server answered 500.', { kind: 'http', status: 500, detail });

  it('shows the server’s own words when the error carries them', () => {
    expect(errorText(http('Database is down.'), germanMessages)).toBe('Database is down.');
  });

  it('uses the messages entry for the kind when the text is the library’s own', () => {
    expect(errorText(http(), defaultMessages)).toBe('The server answered with status 500.');
    expect(errorText(http(), germanMessages)).toBe('Der Server antwortete mit Status 500.');
    expect(errorText(new MigrationLogError('x', { kind: 'network', detail: null }), germanMessages)).toBe(
      germanMessages.errorNetwork,
    );
    expect(errorText(new MigrationLogError('x', { kind: 'invalid-response', detail: null }), germanMessages)).toBe(
      germanMessages.errorInvalidResponse,
    );
    expect(errorText(new MigrationLogError('x', { kind: 'unknown', detail: null }), germanMessages)).toBe(
      germanMessages.errorUnknown,
    );
  });

  it('reads foreign errors like errorMessage, falling back to the unknown text, and never throws', () => {
    expect(errorText(new Error('  Boom '), germanMessages)).toBe('Boom');
    expect(errorText(null, germanMessages)).toBe(germanMessages.errorUnknown);
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(errorText(hostile, germanMessages)).toBe(germanMessages.errorUnknown);
  });

  it('cuts a very long server message', () => {
    expect(errorText(http('x'.repeat(5000)), defaultMessages).length).toBeLessThanOrEqual(501);
  });

  // Plain JS callers can build an error of any kind; one naming an Object.prototype key got a
  // function (React renders nothing) or Object.prototype itself (React throws) instead of text.
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'paused'])(
    'shows the unknown text for an unknown kind %j',
    (kind) => {
      const error = new MigrationLogError('x', { kind: kind as MigrationLogErrorKind, detail: null });
      expect(errorText(error, germanMessages)).toBe(germanMessages.errorUnknown);
    },
  );

  // A host's plain-JS data source can throw its own MigrationLogError with any `detail`: a number
  // crashed the banner ("text.charAt is not a function"), and a blank one showed an empty message.
  it.each([42, {}, ['Down'], '', '   '])('shows the text for the kind when detail is %j', (detail) => {
    const error = new MigrationLogError('x', { kind: 'http', status: 503, detail: detail as string });
    expect(errorText(error, germanMessages)).toBe(germanMessages.errorHttp(503));
  });
});
