import { describe, expect, it } from 'vitest';
import { distribute } from '../../src/data-sources/demo-data/breakdown.js';
import { createRandom, hashString, mixInts } from '../../src/data-sources/random.js';

describe('seeded randomness', () => {
  it('repeats for a seed and stays in range', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const r = createRandom(1);
    const ints = Array.from({ length: 2000 }, () => r.int(3, 7));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6, 7]));
  });

  it('derives values from integers without sequence', () => {
    expect(mixInts(1, 2, 3)).toBe(mixInts(1, 2, 3));
    expect(mixInts(1, 2, 3)).not.toBe(mixInts(1, 2, 4));
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
  });

  it('distributes an amount within capacities, exactly', () => {
    expect(distribute(10, [5, 5, 0])).toEqual([5, 5, 0]);
    expect(distribute(7, [1, 100, 3]).reduce((s, n) => s + n, 0)).toBe(7);
    expect(distribute(3, [1, 1, 1, 1])).toEqual([1, 1, 1, 0]);
    expect(distribute(0, [4, 4])).toEqual([0, 0]);
    const shares = distribute(999, [10, 500, 489]);
    expect(shares.every((share, i) => share <= ([10, 500, 489][i] ?? 0))).toBe(true);
  });
});
