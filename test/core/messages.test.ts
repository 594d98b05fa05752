import { defaultMessages, resolveMessages } from '../../src/core/messages.js';
import { germanMessages } from '../../src/core/messages-de.js';
import { STATUS_DEFINITIONS } from '../../src/core/status.js';
import type { MigrationStatusOrUnknown } from '../../src/core/types.js';
import { hebrewMessages } from '../../stories/support/messages-he.js';

describe('defaultMessages', () => {
  it('labels the five statuses as the product does', () => {
    expect(defaultMessages.statusLabels).toEqual({
      accepted: 'Accepted',
      'in-progress': 'In progress',
      error: 'Error',
      completed: 'Completed',
      'completed-warning': 'Completed-Warning',
      unknown: 'Unknown',
    });
  });

  it('describes the statuses as the product does', () => {
    expect(defaultMessages.statusDescriptions).toMatchObject({
      accepted: 'The migration request is accepted.',
      'in-progress': 'The data migration is in progress.',
      error: 'Some errors occurred and the migration was not successful.',
      completed: 'The migration is completed and all the data was generated successfully.',
      'completed-warning':
        'The migration is completed, but the data was only partly generated: some could not be generated.',
    });
  });

  it('has a label and a description for every status of the model', () => {
    for (const status of Object.keys(STATUS_DEFINITIONS) as MigrationStatusOrUnknown[]) {
      expect(defaultMessages.statusLabels[status]).toBeTruthy();
      expect(defaultMessages.statusDescriptions[status]).toBeTruthy();
    }
  });

  it('hard-codes no support text: that is the host’s', () => {
    expect(defaultMessages.supportText).toBe('');
  });

  it('interpolates values', () => {
    expect(defaultMessages.unknownStatusLabel('Paused')).toBe('Unknown (Paused)');
    expect(defaultMessages.unknownStatusLabel('')).toBe('Unknown');
    expect(defaultMessages.pageOf(2, 5)).toBe('Page 2 of 5');
    expect(defaultMessages.pageOf(2, null)).toBe('Page 2');
    expect(defaultMessages.totalItems(1)).toBe('1 migration');
    expect(defaultMessages.totalItems(0)).toBe('0 migrations');
    expect(defaultMessages.updatedAgo(2)).toBe('Updated just now');
    expect(defaultMessages.updatedAgo(30)).toBe('Updated 30 seconds ago');
    expect(defaultMessages.updatedAgo(150)).toBe('Updated 2 min ago');
    expect(defaultMessages.viewDetailsOf('migration m1')).toBe('View details of the migration m1');
    expect(defaultMessages.showAllParameters(1200)).toBe('Show all 1,200 parameters');
    expect(defaultMessages.showAllObjects(10_000)).toBe('Show all 10,000 objects');
  });
});

describe('resolveMessages', () => {
  it('returns the defaults when nothing is overridden', () => {
    expect(resolveMessages()).toBe(defaultMessages);
    expect(resolveMessages({})).toEqual(defaultMessages);
  });

  it('overrides top-level strings and functions, keeping the rest', () => {
    const messages = resolveMessages({ retry: 'Erneut versuchen', pageOf: (p) => `Seite ${p}` });
    expect(messages.retry).toBe('Erneut versuchen');
    expect(messages.pageOf(3, 9)).toBe('Seite 3');
    expect(messages.empty).toBe(defaultMessages.empty);
    expect(messages.totalItems(2)).toBe('2 migrations');
  });

  it('merges nested maps one level deep, keeping the other entries', () => {
    const messages = resolveMessages({
      statusLabels: { error: 'Fehler' },
      statusDescriptions: { completed: 'Fertig.' },
      durationUnits: { hour: 'Std.' },
    });
    expect(messages.statusLabels).toEqual({ ...defaultMessages.statusLabels, error: 'Fehler' });
    expect(messages.statusDescriptions).toEqual({ ...defaultMessages.statusDescriptions, completed: 'Fertig.' });
    expect(messages.durationUnits).toEqual({ day: 'd', hour: 'Std.', minute: 'min', second: 's' });
  });

  it('keeps the default where an override is undefined', () => {
    const messages = resolveMessages({
      retry: undefined,
      viewDetailsOf: undefined,
      statusLabels: { error: undefined, completed: 'Done' },
      durationUnits: { day: undefined },
    });
    expect(messages.retry).toBe('Retry');
    expect(messages.viewDetailsOf('row')).toBe('View details of the row');
    expect(messages.statusLabels.error).toBe('Error');
    expect(messages.statusLabels.completed).toBe('Done');
    expect(messages.durationUnits.day).toBe('d');
  });

  it('keeps an empty string override (it is a choice, not a gap)', () => {
    expect(resolveMessages({ notAvailable: '' }).notAvailable).toBe('');
  });

  it('never mutates the defaults', () => {
    const before = JSON.stringify(defaultMessages);
    resolveMessages({ retry: 'x', statusLabels: { error: 'y' }, durationUnits: { day: 'z' } });
    expect(JSON.stringify(defaultMessages)).toBe(before);
  });
});

describe('accessible names that extend visible text (WCAG 2.5.3 label in name)', () => {
  const sets = { English: defaultMessages, German: germanMessages, 'Hebrew (stories)': hebrewMessages };
  it.each(Object.entries(sets))('%s: each name contains the text it extends', (_name, messages) => {
    const contains = (name: string, visible: string) => name.toLocaleLowerCase().includes(visible.toLocaleLowerCase());
    expect(contains(messages.viewDetailsOf(messages.migrationStartedAt('x')), messages.viewDetails)).toBe(true);
    expect(contains(messages.viewDetailsOf(messages.migrationWithId('x')), messages.viewDetails)).toBe(true);
    expect(contains(messages.copyIdLabel, messages.copy)).toBe(true);
  });
});
