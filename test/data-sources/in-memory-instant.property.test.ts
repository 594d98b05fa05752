import fc from 'fast-check';
import { toInstant } from '../../src/core/normalize-values.js';
import { instantMs } from '../../src/data-sources/in-memory/rows.js';
import { hostileString } from '../support/hostile.js';
import { PROPERTY_SEED } from '../support/property.js';

// The in-memory source reads canonical UTC instants by a faster path; it must read every value
// exactly as the view's own toInstant does, or its sort order and the dates shown would disagree.
const FC = { seed: PROPERTY_SEED, numRuns: 2_000 } as const;
const sameAsToInstant = (value: unknown): void => {
  expect(instantMs(value)).toBe(toInstant(value)?.getTime() ?? null);
};

const digits = (length: number, max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(length, '0'));

describe('instantMs', () => {
  it('reads toISOString output, at every precision, as toInstant does', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(-62_000_000_000_000), max: new Date(253_402_300_799_999), noInvalidDate: true }),
        fc.constantFrom(0, 1, 2, 3),
        (date, precision) => {
          const iso = date.toISOString();
          sameAsToInstant(
            precision === 3
              ? iso
              : iso.replace(/\.\d{3}Z$/, precision === 0 ? 'Z' : `${iso.slice(19, 20 + precision)}Z`),
          );
        },
      ),
      FC,
    );
  });

  it('reads every canonical-looking string, possible or not (day 31 of April, hour 24, year 0050), as toInstant does', () => {
    fc.assert(
      fc.property(
        digits(4, 9999),
        digits(2, 99),
        digits(2, 99),
        digits(2, 99),
        digits(2, 99),
        digits(2, 99),
        fc.option(fc.stringMatching(/^\d{1,3}$/)),
        (year, month, day, hour, minute, second, fraction) => {
          sameAsToInstant(`${year}-${month}-${day}T${hour}:${minute}:${second}${fraction ? `.${fraction}` : ''}Z`);
        },
      ),
      FC,
    );
  });

  it('reads leap days and month ends as toInstant does', () => {
    for (const year of ['1900', '2000', '2023', '2024', '2100']) {
      for (const [month, day] of [
        ['02', '28'],
        ['02', '29'],
        ['02', '30'],
        ['04', '30'],
        ['04', '31'],
        ['12', '31'],
        ['00', '10'],
        ['13', '01'],
        ['01', '00'],
      ]) {
        sameAsToInstant(`${year}-${month}-${day}T10:00:00Z`);
      }
    }
  });

  it('reads anything else (other offsets, spaces, lower case, epoch ms, garbage) as toInstant does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileString,
          fc.anything(),
          fc.integer(),
          fc.constantFrom(
            '2024-03-01T10:00:00+02:00',
            ' 2024-03-01T10:00:00Z',
            '2024-03-01t10:00:00z',
            '2024-03-01',
            '2024-03-01T10:00Z',
            '2024-03-01T10:00:00.1234Z',
          ),
        ),
        sameAsToInstant,
      ),
      FC,
    );
  });
});
