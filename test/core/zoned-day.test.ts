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
