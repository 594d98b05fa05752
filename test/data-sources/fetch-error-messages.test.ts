// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { httpError } from '../../src/data-sources/fetch/http-errors.js';

// The README lists every error-body shape the REST source reads the server's message from.
const answer = (status: number, body: string, contentType: string) =>
  httpError(new Response(body, { status, headers: { 'content-type': contentType } }), body);

describe('the server message of an error answer', () => {
  it.each([
    ['{ message }', '{"message":"The database is down."}', 'The database is down.'],
    ['{ error: string }', '{"error":"Unknown sort field."}', 'Unknown sort field.'],
    [
      '{ error: { message } }',
      '{"error":{"message":"Cutover date is in the future."}}',
      'Cutover date is in the future.',
    ],
    [
      'problem details: detail',
      '{"type":"about:blank","title":"Conflict","detail":"Migration m1 is already cancelled."}',
      'Migration m1 is already cancelled.',
    ],
    ['problem details: title alone', '{"type":"about:blank","title":"Conflict"}', 'Conflict'],
    // An `error` that is neither text nor an object with a message is passed over.
    ['{ error: null, title }', '{"error":null,"title":"Conflict"}', 'Conflict'],
    ['{ error: number, title }', '{"error":409,"title":"Conflict"}', 'Conflict'],
    ['{ error: array, detail }', '{"error":[{"message":"Inside."}],"detail":"Outside."}', 'Outside.'],
    ['{ error: { message: blank }, title }', '{"error":{"message":" "},"title":"Conflict"}', 'Conflict'],
    ['short plain text', 'Try again in a minute.', 'Try again in a minute.'],
  ])('reads %s', (_shape, body, message) => {
    const json = body.startsWith('{');
    const error = answer(409, body, json ? 'application/problem+json' : 'text/plain');
    expect(error).toMatchObject({ kind: 'http', status: 409, detail: message });
  });

  it.each([
    ['an HTML page', '<p>Conflict</p>', 'text/html'],
    ['plain text over 300 characters', 'x'.repeat(301), 'text/plain'],
    ['plain text with markup', 'Conflict <b>now</b>', 'text/plain'],
  ])('ignores %s', (_shape, body, contentType) => {
    expect(answer(409, body, contentType)).toMatchObject({ kind: 'http', status: 409, detail: null });
  });
});
