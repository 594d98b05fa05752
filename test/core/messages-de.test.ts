import { defaultMessages } from '../../src/core/messages.js';
import { germanMessages } from '../../src/core/messages-de.js';

// Strings that read the same in German.
const SAME_IN_GERMAN = new Set([
  'columnStatus',
  'filterStatus',
  'notAvailable',
  'viewDetails',
  'supportText',
  'parametersHeading',
]);

describe('German messages', () => {
  it('translate every string the UI shows', () => {
    const untranslated = Object.entries(defaultMessages)
      .filter(([key, value]) => typeof value === 'string' && !SAME_IN_GERMAN.has(key))
      .filter(([key, value]) => germanMessages[key as keyof typeof germanMessages] === value)
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('translate the interpolated strings and status labels', () => {
    expect(germanMessages.pageOf(2, 5)).toBe('Seite 2 von 5');
    expect(germanMessages.detailsNotFound('m-1')).toBe('Migration m-1 wurde nicht gefunden.');
    expect(germanMessages.showAllParameters(1200)).toBe('Alle 1.200 Parameter anzeigen');
    expect(germanMessages.showAllObjects(10_000)).toBe('Alle 10.000 Objekte anzeigen');
    expect(germanMessages.statusLabels['completed-warning']).toBe('Abgeschlossen mit Warnung');
    expect(Object.keys(germanMessages.statusDescriptions)).toEqual(Object.keys(defaultMessages.statusDescriptions));
  });
});
