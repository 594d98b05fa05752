import {
  durationMs,
  type FormatOptions,
  type FormattedInstant,
  formatCalendarDate,
  formatDuration,
  formatInstant,
  formatNumber,
  formatPercent,
} from '../../src/core/format.js';
import { defaultMessages } from '../../src/core/messages.js';

/** ICU versions differ in the space before AM/PM (U+0020 or U+202F); compare words, not spaces. */
const plain = (text: string) => text.replace(/\s/gu, ' ');
const units = defaultMessages.durationUnits;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `formatInstant` of a valid date: never null. */
function shown(date: Date, options?: FormatOptions): FormattedInstant {
  const formatted = formatInstant(date, options);
  if (!formatted) throw new Error(`formatInstant gave null for ${date.toISOString()}`);
  return formatted;
}

describe('formatInstant', () => {
  const instant = new Date('2024-03-05T14:30:00Z');

  it('formats in the given locale and time zone', () => {
    expect(plain(shown(instant, { locale: 'en-US', timeZone: 'UTC' }).text)).toBe('Mar 5, 2024, 2:30 PM');
    expect(plain(shown(instant, { locale: 'de-DE', timeZone: 'Europe/Berlin' }).text)).toBe('05.03.2024, 15:30');
    expect(plain(shown(instant, { locale: 'en-US', timeZone: 'Asia/Tokyo' }).text)).toBe('Mar 5, 2024, 11:30 PM');
  });

  it('keeps the exact instant as an ISO string in UTC', () => {
    const formatted = shown(new Date('2024-06-01T10:00:00.123+02:00'), { timeZone: 'Asia/Tokyo' });
    expect(formatted.utc).toBe('2024-06-01T08:00:00.123Z');
    expect(formatted.dateTime).toBe(formatted.utc);
  });

  it('shifts the day of an instant with the time zone', () => {
    const early = new Date('2024-01-01T03:00:00Z');
    expect(plain(shown(early, { locale: 'en-US', timeZone: 'America/Los_Angeles' }).text)).toBe(
      'Dec 31, 2023, 7:00 PM',
    );
    expect(plain(shown(early, { locale: 'en-US', timeZone: 'Asia/Tokyo' }).text)).toBe('Jan 1, 2024, 12:00 PM');
  });

  it('falls back to the runtime locale for an invalid locale, keeping the time zone', () => {
    const expected = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Tokyo',
    }).format(instant);
    expect(() => formatInstant(instant, { locale: 'xx-invalid-!!', timeZone: 'Asia/Tokyo' })).not.toThrow();
    expect(shown(instant, { locale: 'xx-invalid-!!', timeZone: 'Asia/Tokyo' }).text).toBe(expected);
  });

  it('falls back to the runtime time zone for an invalid zone, keeping the locale', () => {
    const expected = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' }).format(instant);
    expect(() => formatInstant(instant, { locale: 'de-DE', timeZone: 'Mars/Base' })).not.toThrow();
    expect(shown(instant, { locale: 'de-DE', timeZone: 'Mars/Base' }).text).toBe(expected);
  });

  it('survives both being invalid', () => {
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(instant);
    expect(shown(instant, { locale: 'xx-invalid-!!', timeZone: 'Mars/Base' }).text).toBe(expected);
    expect(shown(instant, { locale: 'xx-invalid-!!', timeZone: 'Mars/Base' }).utc).toBe('2024-03-05T14:30:00.000Z');
  });

  it('gives null for a missing date', () => {
    const missing: Date | null = null as Date | null;
    expect(formatInstant(missing, { locale: 'en-US', timeZone: 'UTC' })).toBeNull();
    expectTypeOf(formatInstant(missing)).toEqualTypeOf<FormattedInstant | null>();
  });

  // Intl (and toISOString) throw a RangeError on one: a host's `new Date(serverText)` would crash its render.
  it('gives null for an Invalid Date, as normalisation reads one, typed so a Date may give null', () => {
    for (const invalid of [new Date('soon'), new Date(Number.NaN), new Date(8.64e15 + 1)]) {
      expect(formatInstant(invalid, { locale: 'en-US', timeZone: 'UTC' })).toBeNull();
    }
    expectTypeOf(formatInstant(instant)).toEqualTypeOf<FormattedInstant | null>();
  });
});

describe('formatCalendarDate', () => {
  it('gives null for a missing date, typed as nullable only when the date may be missing', () => {
    const missing: string | null = null as string | null;
    expect(formatCalendarDate(missing, { locale: 'en-US' })).toBeNull();
    expectTypeOf(formatCalendarDate(missing)).toEqualTypeOf<string | null>();
    expectTypeOf(formatCalendarDate('2024-01-01')).toEqualTypeOf<string>();
  });

  it('reads the same day in every time zone, where an instant of that day does not', () => {
    const instant = new Date('2024-01-01T03:00:00Z');
    const la = shown(instant, { locale: 'en-US', timeZone: 'America/Los_Angeles' }).text;
    const tokyo = shown(instant, { locale: 'en-US', timeZone: 'Asia/Tokyo' }).text;
    expect(la.startsWith('Dec 31, 2023')).toBe(true);
    expect(tokyo.startsWith('Jan 1, 2024')).toBe(true);
    expect(formatCalendarDate('2024-01-01', { locale: 'en-US' })).toBe('Jan 1, 2024');
  });

  it('ignores a time zone smuggled in through wider options', () => {
    for (const timeZone of ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const options: FormatOptions = { locale: 'en-US', timeZone };
      expect(formatCalendarDate('2024-01-01', options)).toBe('Jan 1, 2024');
      expect(formatCalendarDate('2024-12-31', options)).toBe('Dec 31, 2024');
    }
  });

  it('takes no time zone option at all', () => {
    // @ts-expect-error formatCalendarDate takes only a locale: a cutover date never passes through a zone.
    expect(formatCalendarDate('2024-01-01', { locale: 'en-US', timeZone: 'Asia/Tokyo' })).toBe('Jan 1, 2024');
  });

  it.each([
    ['en-US', '2024-02-29', 'Feb 29, 2024'],
    ['de-DE', '2024-02-29', '29.02.2024'],
    ['ja-JP', '2024-01-01', '2024/01/01'],
    ['en-US', '2024-01-01T23:00:00-05:00', 'Jan 1, 2024'],
  ])('formats in %s: %s → %s', (locale, value, expected) => {
    expect(formatCalendarDate(value, { locale })).toBe(expected);
  });

  it('formats years below 100 as themselves, not as 19xx', () => {
    expect(formatCalendarDate('0024-01-01', { locale: 'en-US' })).not.toContain('1924');
  });

  it('returns text that is not a real date unchanged instead of throwing', () => {
    for (const value of ['2024-02-30', 'garbage', '', '2024-1-1']) {
      expect(formatCalendarDate(value, { locale: 'en-US' })).toBe(value);
    }
  });

  it('falls back to the runtime locale for an invalid locale, still without a zone shift', () => {
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 1)),
    );
    expect(formatCalendarDate('2024-01-01', { locale: 'xx-invalid-!!' })).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [999, '0 s'],
    [59 * SECOND, '59 s'],
    [MINUTE, '1 min'],
    [3 * MINUTE + 7 * SECOND, '3 min 7 s'],
    [2 * HOUR + 5 * MINUTE, '2 h 5 min'],
    [2 * HOUR + 5 * MINUTE + 30 * SECOND, '2 h 5 min'],
    [HOUR, '1 h'],
    [DAY + 4 * HOUR, '1 d 4 h'],
    [DAY + 4 * HOUR + 59 * MINUTE + 59 * SECOND, '1 d 4 h'],
    [DAY + 5 * MINUTE, '1 d'],
    [2 * DAY, '2 d'],
    [-5 * SECOND, '0 s'],
    [-3 * DAY, '0 s'],
  ])('%d ms → %s', (ms, expected) => {
    expect(formatDuration(ms, units)).toBe(expected);
  });

  it('shows no number (NaN, ±Infinity) as the not-available mark, never a made-up 0 s', () => {
    for (const ms of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatDuration(ms, units)).toBe(defaultMessages.notAvailable);
    }
  });

  it('formats numbers in the locale', () => {
    expect(formatDuration(1234 * DAY + 5 * HOUR, units, { locale: 'de-DE' })).toBe('1.234 d 5 h');
    expect(formatDuration(1234 * DAY, units, { locale: 'en-US' })).toBe('1,234 d');
    expect(formatDuration(12 * SECOND, units, { locale: 'ar-EG' })).toBe('١٢ s');
  });

  it('uses the units it is given', () => {
    const german = { day: 'T', hour: 'Std.', minute: 'Min.', second: 'Sek.' };
    expect(formatDuration(2 * HOUR + 5 * MINUTE, german, { locale: 'de-DE' })).toBe('2 Std. 5 Min.');
    expect(formatDuration(0, german)).toBe('0 Sek.');
  });

  it('does not throw for an invalid locale', () => {
    expect(formatDuration(61 * SECOND, units, { locale: 'xx-invalid-!!' })).toBe('1 min 1 s');
  });
});

describe('durationMs', () => {
  const start = new Date('2024-01-01T10:00:00Z');
  const now = Date.parse('2024-01-01T12:30:00Z');

  it('is end − start for a finished migration', () => {
    expect(durationMs(start, new Date('2024-01-01T12:05:00Z'), false, now)).toBe(2 * HOUR + 5 * MINUTE);
  });

  it('is now − start while active and without an end', () => {
    expect(durationMs(start, null, true, now)).toBe(2.5 * HOUR);
  });

  it('uses the end over now even while active', () => {
    expect(durationMs(start, new Date('2024-01-01T11:00:00Z'), true, now)).toBe(HOUR);
  });

  it('is null without a start, active or not', () => {
    expect(durationMs(null, new Date('2024-01-01T12:05:00Z'), false, now)).toBeNull();
    expect(durationMs(null, null, true, now)).toBeNull();
  });

  it('is null for a final migration without an end (never made up)', () => {
    expect(durationMs(start, null, false, now)).toBeNull();
  });

  it('is null for an Invalid Date or a now that is no number, never NaN', () => {
    const invalid = new Date('soon');
    expect(durationMs(invalid, new Date('2024-01-01T12:05:00Z'), false, now)).toBeNull();
    expect(durationMs(invalid, null, true, now)).toBeNull();
    expect(durationMs(start, invalid, false, now)).toBeNull();
    expect(durationMs(start, invalid, true, now)).toBeNull();
    expect(durationMs(start, null, true, Number.NaN)).toBeNull();
    expect(durationMs(start, null, true, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('is 0 when the end is before the start or now before the start (clock skew)', () => {
    expect(durationMs(start, new Date('2024-01-01T09:00:00Z'), false, now)).toBe(0);
    expect(durationMs(start, null, true, Date.parse('2024-01-01T09:59:00Z'))).toBe(0);
  });
});

describe('formatNumber', () => {
  it('uses the locale grouping', () => {
    expect(formatNumber(1_234_567, { locale: 'de-DE' })).toBe('1.234.567');
    expect(formatNumber(1_234_567, { locale: 'en-US' })).toBe('1,234,567');
  });

  it('does not throw for an invalid locale', () => {
    expect(formatNumber(1_234, { locale: 'xx-invalid-!!' })).toBe(new Intl.NumberFormat().format(1_234));
  });

  it('shows no number (NaN, ±Infinity) as the not-available mark, as normalisation reads one', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatNumber(value, { locale: 'en-US' })).toBe(defaultMessages.notAvailable);
    }
    expect(defaultMessages.notAvailable).toBe('—');
  });
});

describe('formatPercent', () => {
  it('writes the percent sign where and as the locale does', () => {
    expect(formatPercent(45, { locale: 'en-US' })).toBe('45%');
    expect(formatPercent(45, { locale: 'de-DE' })).toBe('45\u00a0%');
    expect(formatPercent(45, { locale: 'ar-EG' })).toBe(
      new Intl.NumberFormat('ar-EG', { style: 'percent' }).format(0.45),
    );
    expect(formatPercent(45, { locale: 'ar-EG' })).toContain('٪');
  });

  it('floors, so a running migration never reads 100', () => {
    expect(formatPercent(99.6, { locale: 'en-US' })).toBe('99%');
    expect(formatPercent(29, { locale: 'en-US' })).toBe('29%');
    expect(formatPercent(100, { locale: 'en-US' })).toBe('100%');
    expect(formatPercent(0, { locale: 'en-US' })).toBe('0%');
  });

  it('clamps to 0–100 as normalisation clamps progress', () => {
    expect(formatPercent(120, { locale: 'en-US' })).toBe('100%');
    expect(formatPercent(-5, { locale: 'en-US' })).toBe('0%');
    expect(formatPercent(-0.5, { locale: 'en-US' })).toBe('0%');
  });

  it('shows no number (NaN, ±Infinity) as the not-available mark, not as 0 or 100 %', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatPercent(value, { locale: 'en-US' })).toBe(defaultMessages.notAvailable);
    }
  });

  it('does not throw for an invalid locale', () => {
    expect(formatPercent(45, { locale: 'xx-invalid-!!' })).toBe(
      new Intl.NumberFormat(undefined, { style: 'percent' }).format(0.45),
    );
  });
});

// Formatters are cached by kind, locale and options: no call may get another's cached formatter.
describe('formatter cache', () => {
  it('keeps numbers, percentages, durations and dates of one locale apart, in any order', () => {
    const instant = new Date('2024-03-05T14:30:00Z');
    for (let round = 0; round < 2; round++) {
      expect(formatNumber(0.5, { locale: 'de-DE' })).toBe('0,5');
      expect(plain(formatPercent(50, { locale: 'de-DE' }))).toBe('50 %');
      expect(formatDuration(2 * HOUR + 5 * MINUTE, units, { locale: 'de-DE' })).toBe('2 h 5 min');
      expect(formatCalendarDate('2024-03-05', { locale: 'de-DE' })).toBe('05.03.2024');
      expect(plain(formatInstant(instant, { locale: 'de-DE', timeZone: 'UTC' })?.text ?? '')).toBe('05.03.2024, 14:30');
    }
  });
});
