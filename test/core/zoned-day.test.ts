import { dayInZone, endOfDayInZone, startOfDayInZone } from '../../src/core/zoned-day.js';

describe('zoned day bounds', () => {
  it('starts a day at local midnight of the chosen zone', () => {
    expect(startOfDayInZone('2024-03-03', 'UTC')).toBe('2024-03-03T00:00:00.000Z');
    expect(startOfDayInZone('2024-03-03', 'Asia/Tokyo')).toBe('2024-03-02T15:00:00.000Z');
    expect(startOfDayInZone('2024-01-15', 'America/Los_Angeles')).toBe('2024-01-15T08:00:00.000Z');
    expect(startOfDayInZone('2024-07-15', 'Europe/Berlin')).toBe('2024-07-14T22:00:00.000Z');
  });

  it('handles the day daylight saving starts', () => {
    // Berlin switches to CEST at 01:00 UTC on 31 March 2024; midnight is still CET (+1).
    expect(startOfDayInZone('2024-03-31', 'Europe/Berlin')).toBe('2024-03-30T23:00:00.000Z');
    expect(endOfDayInZone('2024-03-31', 'Europe/Berlin')).toBe('2024-03-31T21:59:59.999Z');
  });

  it('starts a day the clocks enter at 01:00 when they jump, not an hour into the day before', () => {
    // Midnight never happens on these days: clocks jump from 23:59:59 to 01:00.
    expect(startOfDayInZone('2018-11-04', 'America/Sao_Paulo')).toBe('2018-11-04T03:00:00.000Z');
    expect(startOfDayInZone('2022-09-11', 'America/Santiago')).toBe('2022-09-11T04:00:00.000Z');
    expect(startOfDayInZone('2024-03-10', 'America/Havana')).toBe('2024-03-10T05:00:00.000Z');
    // The day before keeps its last hour, and the input reads back the day that was picked.
    expect(endOfDayInZone('2018-11-03', 'America/Sao_Paulo')).toBe('2018-11-04T02:59:59.999Z');
    expect(dayInZone(startOfDayInZone('2018-11-04', 'America/Sao_Paulo') ?? '', 'America/Sao_Paulo')).toBe(
      '2018-11-04',
    );
  });

  it('starts a day whose midnight happens twice at the first one', () => {
    // Amman went back from 01:00 (+03) to 00:00 (+02) on 29 October 2021.
    expect(startOfDayInZone('2021-10-29', 'Asia/Amman')).toBe('2021-10-28T21:00:00.000Z');
    expect(endOfDayInZone('2021-10-28', 'Asia/Amman')).toBe('2021-10-28T20:59:59.999Z');
  });

  it('keeps the years 0001 to 0099 a date input accepts', () => {
    expect(startOfDayInZone('0050-06-01', 'UTC')).toBe('0050-06-01T00:00:00.000Z');
    expect(endOfDayInZone('0099-12-31', 'UTC')).toBe('0099-12-31T23:59:59.999Z');
    expect(startOfDayInZone('0050-06-01', 'Asia/Tokyo')).toBe('0050-05-31T14:41:01.000Z'); // local mean time
  });

  it('ends a day one millisecond before the next starts', () => {
    expect(endOfDayInZone('2024-12-31', 'UTC')).toBe('2024-12-31T23:59:59.999Z');
  });

  it('rejects what is not a day', () => {
    expect(startOfDayInZone('3 March', 'UTC')).toBeNull();
    expect(endOfDayInZone('', 'UTC')).toBeNull();
  });

  it('reads an instant back as the day it falls on in the zone', () => {
    expect(dayInZone('2024-03-02T15:00:00.000Z', 'Asia/Tokyo')).toBe('2024-03-03');
    expect(dayInZone('2024-03-02T15:00:00.000Z', 'UTC')).toBe('2024-03-02');
    expect(dayInZone(undefined, 'UTC')).toBe('');
    expect(dayInZone('garbage', 'UTC')).toBe('');
  });

  it('falls back instead of throwing on an unknown zone', () => {
    expect(() => startOfDayInZone('2024-03-03', 'Mars/Base')).not.toThrow();
  });
});
