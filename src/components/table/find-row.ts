/**
 * Where a migration's row is after a refresh, searched outward from its old place through the loaded
 * rows (rows that came or went above it moved it, usually by a few). Null when it is not among them:
 * it left the list, or moved beyond the chunks loaded around the view.
 */
export function findRow(
  rowAt: (index: number) => { rowKey: string } | undefined,
  rowKey: string,
  from: number,
  count: number,
): number | null {
  for (let distance = 1; ; distance++) {
    const above = from - distance >= 0 ? rowAt(from - distance) : undefined;
    const below = from + distance < count ? rowAt(from + distance) : undefined;
    if (above?.rowKey === rowKey) return from - distance;
    if (below?.rowKey === rowKey) return from + distance;
    if (!above && !below) return null;
  }
}
