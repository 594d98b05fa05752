/**
 * Where a migration's row is after a refresh, searched outward from its old place (rows that came or
 * went above it moved it, usually by a few) through every loaded row from `start` up to `end`: the
 * chunks the view holds, past one still loading. Null when it is not among them: it left the list,
 * or moved beyond the loaded chunks.
 */
export function findRow(
  rowAt: (index: number) => { rowKey: string } | undefined,
  rowKey: string,
  from: number,
  end: number,
  start = 0,
): number | null {
  for (let distance = 1; from - distance >= start || from + distance < end; distance++) {
    if (from - distance >= start && rowAt(from - distance)?.rowKey === rowKey) return from - distance;
    if (from + distance < end && rowAt(from + distance)?.rowKey === rowKey) return from + distance;
  }
  return null;
}
