/**
 * Where a key press moves the focused row in a scrolling list, or null when the key does not move
 * it: arrows by one, Page Up / Down by a viewport less one row, Home / End to the ends.
 */
export function rowAfterKey(key: string, index: number, count: number, rowsPerPage: number): number | null {
  const page = Math.max(1, rowsPerPage - 1);
  const target =
    key === 'ArrowDown'
      ? index + 1
      : key === 'ArrowUp'
        ? index - 1
        : key === 'PageDown'
          ? index + page
          : key === 'PageUp'
            ? index - page
            : key === 'Home'
              ? 0
              : key === 'End'
                ? count - 1
                : null;
  return target === null ? null : Math.max(0, Math.min(count - 1, target));
}

/** Keys typed into a field inside a row (a host's row action) are the field's, not the list's. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}
