import { vi } from 'vitest';

/**
 * What a keyboard user focuses to open a migration's details, once its row is shown: the row itself
 * in scroll mode (rows are focusable there), else the row's details button.
 */
export function rowFocusTarget(canvas: HTMLElement, rowKey: string, scroll: boolean): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const row = canvas.querySelector<HTMLElement>(`tr[data-row-key="${rowKey}"]`);
    const found = scroll ? row : row?.querySelector<HTMLElement>('.mlv-row-actions__details');
    if (!found) throw new Error('no rows yet');
    return found;
  });
}
