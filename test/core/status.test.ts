import fc from 'fast-check';
import { normalizeMigrationLog } from '../../src/core/normalize.js';
import {
  isActiveStatus,
  MIGRATION_STATUSES,
  parseStatus,
  STATUS_DEFINITIONS,
  statusRank,
} from '../../src/core/status.js';
import type { MigrationStatus, MigrationStatusOrUnknown } from '../../src/core/types.js';
import { PROPERTY_RUNS, PROPERTY_SEED } from '../support/property.js';

// Cheap properties: more runs than the rendering ones.
const FC = { seed: PROPERTY_SEED, numRuns: Math.max(PROPERTY_RUNS, 300) } as const;

describe('parseStatus', () => {
  it.each<[string, MigrationStatus]>([
    ['Completed-Warning', 'completed-warning'],
    ['COMPLETED_WARNING', 'completed-warning'],
    ['completed-warning', 'completed-warning'],
    ['Completed Warning', 'completed-warning'],
    ['In progress', 'in-progress'],
    ['IN_PROGRESS', 'in-progress'],
    ['in-progress', 'in-progress'],
    ['InProgress', 'in-progress'],
    ['Accepted', 'accepted'],
    ['ERROR', 'error'],
    ['Completed', 'completed'],
    ['  completed  ', 'completed'],
  ])('reads %j as %s', (raw, status) => {
    expect(parseStatus(raw)).toBe(status);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a boolean', true],
    ['an object', { status: 'completed' }],
    ['an array', ['completed']],
    ['a boxed string', Object('completed')],
  ])('reads %s as unknown', (_, raw) => {
    expect(parseStatus(raw)).toBe('unknown');
  });

  it.each([
    '',
    '   ',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'Paused',
    'Complete',
    'Completed-Warnings!',
  ])('reads %j as unknown', (raw) => {
    expect(parseStatus(raw)).toBe('unknown');
  });

  it('recognises any casing and separator between the words of a status', () => {
    const words: Record<MigrationStatus, string[]> = {
      accepted: ['accepted'],
      'in-progress': ['in', 'progress'],
      error: ['error'],
      completed: ['completed'],
      'completed-warning': ['completed', 'warning'],
    };
    const spelling = fc.constantFrom(...MIGRATION_STATUSES).chain((status) =>
      fc
        .tuple(
          fc.constantFrom('', ' ', '-', '_', '  ', ' - ', '–'),
          fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        )
        .map(([separator, upper]) => {
          const text = words[status].join(separator);
          const cased = [...text].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join('');
          return { status, cased };
        }),
    );
    fc.assert(
      fc.property(spelling, ({ status, cased }) => parseStatus(cased) === status),
      FC,
    );
  });

  it('never throws and always yields one of the six statuses', () => {
    const known = new Set<string>([...MIGRATION_STATUSES, 'unknown']);
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true }), (raw) =>
        known.has(parseStatus(raw)),
      ),
      FC,
    );
  });
});

describe('unknown statuses keep the raw value for display', () => {
  it.each([
    ['  Paused  ', 'Paused'],
    ['constructor', 'constructor'],
    ['__proto__', '__proto__'],
    ['toString', 'toString'],
    ['<b>Done</b>', '<b>Done</b>'],
  ])('%j', (raw, shown) => {
    const log = normalizeMigrationLog({ id: 'm1', status: raw });
    expect(log.status).toBe('unknown');
    expect(log.rawStatus).toBe(shown);
  });

  it('shows a number status as its digits and a missing or non-text status as empty', () => {
    expect(normalizeMigrationLog({ id: 'm1', status: 3 })).toMatchObject({ status: 'unknown', rawStatus: '3' });
    expect(normalizeMigrationLog({ id: 'm1' })).toMatchObject({ status: 'unknown', rawStatus: '' });
    expect(normalizeMigrationLog({ id: 'm1', status: { x: 1 } })).toMatchObject({ status: 'unknown', rawStatus: '' });
  });

  it('keeps the raw spelling of known statuses too', () => {
    expect(normalizeMigrationLog({ id: 'm1', status: 'COMPLETED_WARNING' })).toMatchObject({
      status: 'completed-warning',
      rawStatus: 'COMPLETED_WARNING',
    });
  });
});

describe('status model', () => {
  it('lists the five statuses in lifecycle order', () => {
    expect(MIGRATION_STATUSES).toEqual(['accepted', 'in-progress', 'error', 'completed', 'completed-warning']);
  });

  it('ranks statuses in lifecycle order with unknown last', () => {
    const shuffled: MigrationStatusOrUnknown[] = ['unknown', 'completed-warning', 'accepted', 'error', 'completed'];
    expect([...shuffled, 'in-progress' as const].sort((a, b) => statusRank(a) - statusRank(b))).toEqual([
      ...MIGRATION_STATUSES,
      'unknown',
    ]);
    expect(statusRank('accepted')).toBe(0);
    expect(statusRank('unknown')).toBe(MIGRATION_STATUSES.length);
  });

  it('treats only Accepted and In progress as active', () => {
    const active = Object.values(STATUS_DEFINITIONS)
      .filter((d) => d.active)
      .map((d) => d.status);
    expect(active).toEqual(['accepted', 'in-progress']);
    expect(isActiveStatus('accepted')).toBe(true);
    expect(isActiveStatus('in-progress')).toBe(true);
    for (const status of ['error', 'completed', 'completed-warning', 'unknown'] as const) {
      expect(isActiveStatus(status)).toBe(false);
    }
  });

  it('asks for support only on Error and Completed-Warning', () => {
    const support = Object.values(STATUS_DEFINITIONS)
      .filter((d) => d.needsSupport)
      .map((d) => d.status);
    expect(support).toEqual(['error', 'completed-warning']);
  });

  it('gives every status a definition keyed by itself and a tone', () => {
    for (const [key, definition] of Object.entries(STATUS_DEFINITIONS)) expect(definition.status).toBe(key);
    expect(Object.fromEntries(Object.values(STATUS_DEFINITIONS).map((d) => [d.status, d.tone]))).toEqual({
      accepted: 'neutral',
      'in-progress': 'info',
      error: 'danger',
      completed: 'success',
      'completed-warning': 'warning',
      unknown: 'neutral',
    });
  });
});
