import { findRow } from '../../../src/components/table/find-row.js';

/** Rows by index as the range hook gives them: undefined outside the loaded chunks. */
const loaded = (keys: (string | undefined)[]) => (index: number) => {
  const rowKey = keys[index];
  return rowKey === undefined ? undefined : { rowKey };
};

describe('findRow', () => {
  it('finds a migration moved up or down from its old place', () => {
    const rowAt = loaded(['a', 'c', 'd', 'e']);
    expect(findRow(rowAt, 'c', 2, 4)).toBe(1);
    expect(findRow(rowAt, 'e', 1, 4)).toBe(3);
  });

  it('is null for a migration that left the list', () => {
    expect(findRow(loaded(['a', 'c', 'd']), 'b', 1, 3)).toBeNull();
  });

  it('looks through every loaded row, past one still loading, and not past the rows that can be scrolled to', () => {
    const keys = ['a', undefined, 'x', 'b'];
    expect(findRow(loaded(keys), 'x', 0, 4)).toBe(2);
    expect(findRow(loaded([undefined, undefined, 'a', undefined, undefined, 'x']), 'x', 2, 6)).toBe(5);
    expect(findRow(loaded(['a', 'b', 'c']), 'c', 0, 2)).toBeNull();
    expect(findRow(loaded(['a', 'b', 'c']), 'c', 0, 3)).toBe(2);
  });

  it('looks only between start and end, the loaded chunks of a long list', () => {
    const keys = ['x', 'a', 'b', 'c', 'd', 'y'];
    expect(findRow(loaded(keys), 'x', 3, 5, 1)).toBeNull();
    expect(findRow(loaded(keys), 'y', 3, 5, 1)).toBeNull();
    expect(findRow(loaded(keys), 'a', 3, 5, 1)).toBe(1);
    expect(findRow(loaded(keys), 'y', 3, 6, 1)).toBe(5);
  });
});
