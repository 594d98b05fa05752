import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import type { MigrationObjectStats } from '../../../src/core/types.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import meta, * as dialogStories from '../../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog } from './run-story.js';

/** `count` object types: every third with a long unbroken name, counts of `total` (default 100 + i). */
export const manyObjects = (count: number, total?: number): MigrationObjectStats[] =>
  Array.from({ length: count }, (_, i) => ({
    name: i % 3 === 1 ? `subscription_charge_rate_override_${i}` : `object_${i}`,
    total: total ?? 100 + i,
    processed: total ?? 100 + i,
    failed: i % 7 === 0 ? 1 : 0,
    skipped: 0,
  }));

/**
 * The ManyObjects dialog story over `objects`, with more `args` (locale, messages) and
 * `parameters` (`dir`, `theme`).
 */
export const objectsStory = (
  objects: MigrationObjectStats[],
  args: Partial<typeof meta.args> = {},
  parameters: { dir?: 'rtl'; theme?: 'dark' } = {},
) =>
  composeStory(
    {
      ...dialogStories.ManyObjects,
      args: {
        ...dialogStories.ManyObjects.args,
        dataSource: createInMemoryDataSource([{ id: 'mig-objects', status: 'Completed', progress: 100, objects }]),
        migrationId: 'mig-objects',
        ...args,
      },
      parameters: { ...dialogStories.ManyObjects.parameters, ...parameters },
    },
    meta,
  );

/** The open dialog's object table and its scroll region. */
export async function objectTable() {
  const dialog = await openDialog('.mlv-details__objects .mlv-details__table');
  return {
    dialog,
    table: dialog.querySelector('.mlv-details__table') as HTMLTableElement,
    region: dialog.querySelector('.mlv-details__table-scroll') as HTMLElement,
  };
}

/** Presses "Show all" from the keyboard and waits until `rows` rows (header row included) are there. */
export async function showAllObjects(table: HTMLTableElement, rows: number) {
  const button = table.closest('.mlv-details__objects')?.querySelector<HTMLButtonElement>('.mlv-details__show-all');
  if (!button) throw new Error('no "Show all" button');
  button.focus();
  await userEvent.keyboard('{Enter}');
  await vi.waitFor(() => expect(table.rows).toHaveLength(rows), { timeout: 20_000 });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** Left and right edges of each cell in `row`, rounded to the pixel. */
export const edges = (row: HTMLTableRowElement) =>
  [...row.cells].map((cell) => {
    const { left, right } = cell.getBoundingClientRect();
    return [Math.round(left), Math.round(right)];
  });

/** The box of `element`'s text (its contents as a range). */
export const textBox = (element: Element) => {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
};

/** How many lines `element`'s text takes. */
export const lineCount = (element: Element) => {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
};
