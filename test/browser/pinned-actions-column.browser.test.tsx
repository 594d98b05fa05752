import { composeStory } from '@storybook/react-vite';
import { cdp, page, userEvent } from 'vitest/browser';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import meta, * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// The actions column is the last one. In a table wider than its scroll area (a host column at
// 1280 px, any phone in scroll mode) each row's Details button sat past the area's end edge, and
// reaching it took a sideways scroll. It is pinned to the area's inline end.
beforeAll(storyProject.beforeAll);

const modes = [
  { name: 'paged', args: {} },
  { name: 'scroll mode', args: { mode: scrollMode } },
];

const story = (
  base: typeof tableStories.CustomColumnAndAction,
  args: object,
  parameters: { dir?: 'rtl'; theme?: 'dark' } = {},
) =>
  composeStory({ ...base, args: { ...base.args, ...args }, parameters: { ...base.parameters, ...parameters } }, meta);

const waitForRows = (canvasElement: HTMLElement) =>
  vi.waitFor(() => {
    if (!canvasElement.querySelector('tbody tr[data-row-key] .mlv-row-actions__details'))
      throw new Error('no rows yet');
    return canvasElement.querySelector('.mlv-table-scroll') as HTMLElement;
  });

/** The part of the scroll area a user sees (inside its borders). */
const visibleBox = (area: HTMLElement) => {
  const box = area.getBoundingClientRect();
  const left = box.left + area.clientLeft;
  return { left, right: left + area.clientWidth };
};

/** Scrolls to a fraction of the way to the far end (scrollLeft is negative in right-to-left). */
const scrollTo = async (area: HTMLElement, fraction: number) => {
  const sign = getComputedStyle(area).direction === 'rtl' ? -1 : 1;
  area.scrollLeft = sign * fraction * (area.scrollWidth - area.clientWidth);
  await new Promise(requestAnimationFrame);
};

/**
 * Scrolls `control` to just inside the start of the pinned column (`pinned`, its header's box),
 * checks it is under it, focuses it, and checks it came out from under it, focus ring included.
 */
const expectFocusOutFromUnder = async (area: HTMLElement, control: HTMLElement, pinned: DOMRect, what: string) => {
  area.scrollLeft = control.getBoundingClientRect().left - pinned.left - 10;
  await new Promise(requestAnimationFrame);
  const hidden = control.getBoundingClientRect();
  expect(hidden.left, what).toBeGreaterThan(pinned.left);
  expect(hidden.right, what).toBeLessThan(pinned.right);
  control.focus();
  await new Promise(requestAnimationFrame);
  const style = getComputedStyle(control);
  const ring = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
  expect(control.getBoundingClientRect().right + ring, what).toBeLessThanOrEqual(pinned.left + 0.5);
};

/** Every row's actions are inside the visible part, and their cell hugs the area's inline end. */
const expectActionsInView = (area: HTMLElement, at: string) => {
  const view = visibleBox(area);
  const rtl = getComputedStyle(area).direction === 'rtl';
  const cells = [...area.querySelectorAll<HTMLElement>('tbody tr[data-row-key] td[data-column="actions"]')];
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) {
    const edge = cell.getBoundingClientRect();
    expect(rtl ? edge.left : edge.right, `${at}: cell edge`).toBeCloseTo(rtl ? view.left : view.right, 0);
    for (const action of cell.querySelectorAll<HTMLElement>('.mlv-row-actions > *')) {
      const box = action.getBoundingClientRect();
      expect(box.left, `${at}: ${action.textContent}`).toBeGreaterThanOrEqual(view.left - 0.5);
      expect(box.right, `${at}: ${action.textContent}`).toBeLessThanOrEqual(view.right + 0.5);
    }
  }
};

const checkPinned = async (canvasElement: HTMLElement) => {
  const area = await waitForRows(canvasElement);
  // The table is wider than the area, or there is nothing to pin.
  expect(area.scrollWidth).toBeGreaterThan(area.clientWidth + 50);
  for (const [fraction, at] of [
    [0, 'start'],
    [0.5, 'middle'],
    [1, 'far end'],
    [0, 'back at the start'],
  ] as const) {
    await scrollTo(area, fraction);
    expectActionsInView(area, at);
  }
};

it('paged mode at 1280 px with a host column: the actions stay in view at any sideways scroll', async () => {
  await runStory(story(tableStories.CustomColumnAndAction, {}), checkPinned, { width: 1280, height: 900 });
});

it('scroll mode at 375 px: the actions stay in view at any sideways scroll', async () => {
  await runStory(story(tableStories.CustomColumnAndAction, { mode: scrollMode }), checkPinned, {
    width: 375,
    height: 900,
  });
});

describe.each(modes)('right to left, $name', ({ args }) => {
  it('at 375 px the actions are pinned to the left edge', async () => {
    await runStory(story(tableStories.CustomColumnAndAction, args, { dir: 'rtl' }), checkPinned, {
      width: 375,
      height: 900,
    });
  });
});

/** Red, green, blue and alpha of a computed colour. */
const channels = (colour: string) => {
  const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return { r, g, b, a: colour.startsWith('rgba') || colour.includes('/') ? a : 1 };
};
const opaque = (colour: string) => channels(colour).a === 1;

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  const parameters = theme === 'dark' ? { theme } : {};

  it.each(modes)('$name: the pinned cells are opaque, in the colour of their row in every state', async ({ args }) => {
    await runStory(
      story(tableStories.CustomColumnAndAction, args, parameters),
      async (canvasElement) => {
        const area = await waitForRows(canvasElement);
        const header = area.querySelector('th[data-column="actions"]') as HTMLElement;
        const otherHeader = area.querySelector('th[data-column="status"]') as HTMLElement;
        expect(opaque(getComputedStyle(header).backgroundColor)).toBe(true);
        expect(getComputedStyle(header).backgroundColor).toBe(getComputedStyle(otherHeader).backgroundColor);
        const rows = [...area.querySelectorAll<HTMLElement>('tbody tr[data-row-key]')];
        const [first, second] = rows.map((row) => row.querySelector('td[data-column="actions"]') as HTMLElement) as [
          HTMLElement,
          HTMLElement,
        ];
        // At rest: the surface the other cells show through.
        const rest = getComputedStyle(first).backgroundColor;
        expect(opaque(rest), rest).toBe(true);
        expect(rest).toBe(getComputedStyle(area).backgroundColor);
        // A row with focus in it is highlighted, the pinned cell too.
        (second.querySelector('button') as HTMLElement).focus();
        const highlighted = getComputedStyle(second).backgroundColor;
        expect(opaque(highlighted), highlighted).toBe(true);
        expect(highlighted).toBe(getComputedStyle(rows[1]?.firstElementChild as HTMLElement).backgroundColor);
        expect(highlighted).not.toBe(rest);
      },
      { width: 375, height: 900 },
    );
  });

  it('placeholder rows while loading: the last cell is pinned and opaque', async () => {
    await runStory(
      story(tableStories.Loading, {}, parameters),
      async (canvasElement) => {
        const area = canvasElement.querySelector('.mlv-table-scroll') as HTMLElement;
        const last = area.querySelector('tbody .mlv-table__row--skeleton > td:last-child') as HTMLElement;
        expect(getComputedStyle(last).position).toBe('sticky');
        expect(getComputedStyle(last).backgroundColor).toBe(getComputedStyle(area).backgroundColor);
        expect(opaque(getComputedStyle(last).backgroundColor)).toBe(true);
      },
      { width: 375, height: 900 },
    );
  });
});

// Placeholder cells named no column, so the last one was pinned whatever it stood for.
it.each(modes)('$name: with the actions column hidden, no placeholder cell is pinned', async ({ args }) => {
  await runStory(
    story(tableStories.Loading, { ...args, defaultColumnVisibility: { actions: false } }),
    async (canvasElement) => {
      const cells = [...canvasElement.querySelectorAll<HTMLElement>('tbody .mlv-table__row--skeleton > td')];
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.filter((cell) => getComputedStyle(cell).position === 'sticky')).toEqual([]);
    },
    { width: 375, height: 900 },
  );
});

it('forced colours: the pinned cells paint the system background, not nothing', async () => {
  const emulate = (value: 'active' | 'none') =>
    cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
  await emulate('active');
  try {
    await runStory(
      story(tableStories.CustomColumnAndAction, {}),
      async (canvasElement) => {
        const area = await waitForRows(canvasElement);
        const cell = area.querySelector('tbody td[data-column="actions"]') as HTMLElement;
        expect(opaque(getComputedStyle(cell).backgroundColor), getComputedStyle(cell).backgroundColor).toBe(true);
      },
      { width: 375, height: 900 },
    );
  } finally {
    await emulate('none');
  }
});

it('the empty message spanning every column is not pinned', async () => {
  await runStory(
    story(tableStories.FilteredToEmpty, { mode: scrollMode }),
    async (canvasElement) => {
      const empty = await vi.waitFor(() => {
        const found = canvasElement.querySelector<HTMLElement>('td.mlv-table__empty');
        if (!found) throw new Error('no empty row yet');
        return found;
      });
      expect(getComputedStyle(empty).position).toBe('static');
    },
    { width: 375, height: 900 },
  );
});

it('a menu a host’s row action opens shows above the next rows’ pinned cells', async () => {
  await runStory(
    story(tableStories.CustomColumnAndAction, {}),
    async (canvasElement) => {
      const area = await waitForRows(canvasElement);
      const [first, second] = [...area.querySelectorAll<HTMLElement>('tbody td[data-column="actions"]')] as [
        HTMLElement,
        HTMLElement,
      ];
      (first.querySelector('a') as HTMLElement).focus();
      // What a host's menu does: an absolutely placed box under the control that opened it.
      const menu = document.createElement('div');
      menu.style.cssText = 'position: absolute; top: 100%; inset-inline-end: 0; width: 6rem; height: 6rem';
      first.append(menu);
      try {
        const under = second.getBoundingClientRect();
        const menuBox = menu.getBoundingClientRect();
        const x = Math.max(under.left, menuBox.left) + 4;
        expect(document.elementFromPoint(x, under.top + 4)).toBe(menu);
      } finally {
        menu.remove();
      }
    },
    { width: 375, height: 900 },
  );
});

/** The colour of each pixel asked for, in CSS px relative to `element`, as the screen shows it. */
async function pixelsOf(element: HTMLElement, points: { x: number; y: number }[]) {
  const base64 = await page.screenshot({ element, save: false });
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [image.width, image.height];
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  context.drawImage(image, 0, 0);
  const scale = image.width / element.getBoundingClientRect().width;
  return points.map(({ x, y }) => {
    const [r = 0, g = 0, b = 0] = context.getImageData(Math.floor(x * scale), Math.floor(y * scale), 1, 1).data;
    return { r, g, b };
  });
}

it('scroll mode: a focused row’s ring shows on the pinned cell too, closed at the visible end', async () => {
  await runStory(
    story(tableStories.CustomColumnAndAction, { mode: scrollMode }),
    async (canvasElement) => {
      const area = await waitForRows(canvasElement);
      await scrollTo(area, 0.5);
      const row = area.querySelectorAll<HTMLElement>('tbody tr[data-row-key]')[1] as HTMLElement;
      row.focus({ preventScroll: true });
      await userEvent.keyboard('{Shift}');
      const ring = channels(getComputedStyle(row).outlineColor);
      const origin = area.getBoundingClientRect();
      const cell = (row.querySelector('td[data-column="actions"]') as HTMLElement).getBoundingClientRect();
      const box = row.getBoundingClientRect();
      const middle = (cell.left + cell.right) / 2 - origin.left;
      const sides = {
        top: { x: middle, y: box.top + 1 - origin.top },
        // The ring's outermost pixels blend with what is next to them, on every cell alike.
        bottom: { x: middle, y: box.bottom - 2 - origin.top },
        end: { x: cell.right - 2 - origin.left, y: (box.top + box.bottom) / 2 - origin.top },
      };
      const shown = await pixelsOf(area, Object.values(sides));
      Object.keys(sides).forEach((side, index) => {
        const { r, g, b } = shown[index] as { r: number; g: number; b: number };
        const distance = Math.abs(r - ring.r) + Math.abs(g - ring.g) + Math.abs(b - ring.b);
        expect(distance, `${side}: rgb(${r}, ${g}, ${b})`).toBeLessThan(30);
      });
    },
    { width: 375, height: 900 },
  );
});

describe.each(modes)('keyboard focus, $name', ({ args }) => {
  it('a control scrolled wholly under the pinned column comes out from under it, ring included', async () => {
    await runStory(
      story(tableStories.CustomColumnAndAction, args),
      async (canvasElement) => {
        const area = await waitForRows(canvasElement);
        const pinned = (area.querySelector('th[data-column="actions"]') as HTMLElement).getBoundingClientRect();
        // The status sort button and badge, each scrolled to just inside the pinned column's start.
        // (Chromium leaves a control alone on focus while 32 px of it show, as at any clipping edge.)
        for (const selector of ['th[data-column="status"] button', 'tbody td[data-column="status"] [tabindex]']) {
          await scrollTo(area, 0);
          await expectFocusOutFromUnder(area, area.querySelector(selector) as HTMLElement, pinned, selector);
        }
      },
      { width: 375, height: 900 },
    );
  });

  it.each(['ltr', 'rtl'] as const)('focusing a pinned Details button scrolls nothing (%s)', async (dir) => {
    await runStory(
      story(tableStories.CustomColumnAndAction, args, dir === 'rtl' ? { dir } : {}),
      async (canvasElement) => {
        const area = await waitForRows(canvasElement);
        (area.querySelector('tbody td[data-column="actions"] button') as HTMLElement).focus();
        await new Promise(requestAnimationFrame);
        expect(area.scrollLeft).toBe(0);
        expect(document.activeElement?.closest('td')?.dataset.column).toBe('actions');
      },
      { width: 375, height: 900 },
    );
  });
});

describe.each(modes)('the line, $name', ({ args }) => {
  it.each(['ltr', 'rtl'] as const)(
    'sets the pinned column off only while columns are scrolled under it (%s)',
    async (dir) => {
      const line = (area: HTMLElement) =>
        [...area.querySelectorAll<HTMLElement>('th[data-column="actions"], tbody td[data-column="actions"]')].map(
          (cell) => {
            const style = getComputedStyle(cell);
            return Number.parseFloat(style.borderInlineStartWidth) > 0 && opaque(style.borderInlineStartColor);
          },
        );
      const parameters = dir === 'rtl' ? { dir } : {};
      await runStory(
        story(tableStories.CustomColumnAndAction, args, parameters),
        async (canvasElement) => {
          const area = await waitForRows(canvasElement);
          for (const [fraction, shown] of [
            [0, true],
            [0.5, true],
            [1, false],
            [0, true],
          ] as const) {
            await scrollTo(area, fraction);
            // The scroll state the query sees is taken after layout: one more frame.
            await new Promise(requestAnimationFrame);
            expect(new Set(line(area)), `at ${fraction}`).toEqual(new Set([shown]));
          }
        },
        { width: 375, height: 900 },
      );
      // A table that fits scrolls nothing under the column.
      await runStory(
        story(tableStories.Default, args, parameters),
        async (canvasElement) => {
          const area = await waitForRows(canvasElement);
          expect(area.scrollWidth).toBe(area.clientWidth);
          expect(new Set(line(area))).toEqual(new Set([false]));
        },
        { width: 1400, height: 900 },
      );
    },
  );
});

it('wider row actions: with --mlv-table-actions-width set to their width, focus comes out from under them too', async () => {
  await runStory(
    story(tableStories.CustomColumnAndAction, { mode: scrollMode }),
    async (canvasElement) => {
      const area = await waitForRows(canvasElement);
      (canvasElement.querySelector('.mlv-styled') as HTMLElement).style.setProperty(
        '--mlv-table-actions-width',
        '14rem',
      );
      await new Promise(requestAnimationFrame);
      const pinned = (area.querySelector('th[data-column="actions"]') as HTMLElement).getBoundingClientRect();
      expect(pinned.width).toBeCloseTo(14 * 16, 0);
      // Just inside the wider column's start is past the default room.
      const badge = area.querySelector('tbody td[data-column="status"] [tabindex]') as HTMLElement;
      await expectFocusOutFromUnder(area, badge, pinned, 'status badge');
    },
    { width: 375, height: 900 },
  );
});
