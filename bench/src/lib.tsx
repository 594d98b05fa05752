import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import { MigrationLogView } from '../../src/components/view/MigrationLogView.js';
import type { MigrationLogDetailsRecord, MigrationLogQuery } from '../../src/core/types.js';
import { createInMemoryDataSource } from '../../src/data-sources/in-memory/create-in-memory-data-source.js';
import type { InMemoryDataSource } from '../../src/data-sources/in-memory/types.js';
import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { benchRecords, NOW } from './data.js';
import { jitter, type PaintTimes, scrollFrames, scrollToTop, warmIntl, whenPainted } from './harness.js';

const container = document.getElementById('root') as HTMLElement;
const root = createRoot(container);
let source: InMemoryDataSource;
let records: MigrationLogDetailsRecord[] = [];
let select: (id: string | null) => void = () => {};

/** The query the view asks first, to time the in-memory "server" itself. */
const FIRST: MigrationLogQuery = {
  pageIndex: 0,
  pageSize: 100,
  sort: { field: 'startTime', direction: 'desc' },
  filter: {},
};
const signal = () => new AbortController().signal;

function App() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  select = setSelectedId;
  return (
    <MigrationLogView
      mode={scrollMode}
      dataSource={source}
      selectedId={selectedId}
      onSelectedIdChange={setSelectedId}
      now={NOW}
      locale="en-US"
      timeZone="UTC"
    />
  );
}

/** Record 2 has 50,000 issues, record 3 five (see setup), record 4 opens the dialog first. */
const migrationOf = (kind: 'huge' | 'small' | 'first') =>
  (kind === 'huge' ? records[2] : kind === 'small' ? records[3] : records[4])?.id as string;

const rows = () => container.querySelectorAll<HTMLElement>('tbody tr[data-row-key]');

/** Opens record `index`, clicks the "Show all" of its parameters or objects, times it till painted. */
async function showAll(index: number, section: 'parameters' | 'objects'): Promise<PaintTimes> {
  select(records[index]?.id as string);
  const button = () =>
    document.querySelector<HTMLButtonElement>(`[role="dialog"] .mlv-details__${section} .mlv-details__show-all`);
  await whenPainted(document.body, () => button() !== null);
  const start = performance.now();
  button()?.click();
  const painted = await whenPainted(document.body, () => button() === null);
  select(null);
  await whenPainted(document.body, () => document.querySelector('[role="dialog"]') === null);
  return { paint: painted.paint - start, frame: painted.frame - start };
}

window.bench = {
  unmount() {
    root.render(null);
  },
  async setup(count) {
    warmIntl();
    records = benchRecords(count);
    // Record 3 gets 5 issues: the small case for the details dialog; record 2 has 50,000.
    const small = records[3] as MigrationLogDetailsRecord;
    records[3] = { ...small, issueCounts: { ...small.issueCounts, errors: 3, warnings: 2 } };
    // Record 4 (completed, no issues) gets a few, so the warm-up open below shows issues too.
    const first = records[4] as MigrationLogDetailsRecord;
    records[4] = { ...first, issueCounts: { ...first.issueCounts, errors: 2, warnings: 1 } };
    // Record 5 carries a generated config of 5,000 parameters, for "Show all".
    const config = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`option_${i}`, `value ${i}`]));
    records[5] = { ...(records[5] as MigrationLogDetailsRecord), parameters: config };
    // Record 6 is a wide migration of 10,000 object types, for the objects' "Show all".
    const objects = Array.from({ length: 10_000 }, (_, i) => ({
      name: `object_type_${i}`,
      total: 1000 + i,
      processed: 900 + i,
      failed: i % 7,
      skipped: i % 3,
    }));
    records[6] = { ...(records[6] as MigrationLogDetailsRecord), objects };
    source = createInMemoryDataSource(records, { now: () => NOW });
    // The "server" is up and has answered before the page mounts, as a real backend would have
    // its indexes; its own cost is reported separately.
    let t = performance.now();
    await source.list(FIRST, { signal: signal() });
    const coldQuery = performance.now() - t;
    t = performance.now();
    await source.list({ ...FIRST, pageIndex: Math.floor(count / 200) }, { signal: signal() });
    const warmQuery = performance.now() - t;
    const id = records[count - 1]?.id as string;
    source.update(id, { progress: 1 });
    t = performance.now();
    await source.list(FIRST, { signal: signal() });
    const afterUpdateQuery = performance.now() - t;
    source.update(id, { progress: records[count - 1]?.progress ?? 0 });
    return { coldQuery, warmQuery, afterUpdateQuery };
  },

  async mount() {
    const start = performance.now();
    root.render(<App />);
    const painted = await whenPainted(container, () => rows().length > 0);
    return { paint: painted.paint - start, frame: painted.frame - start };
  },

  async update() {
    const row = rows()[3] as HTMLElement;
    const id = row.dataset.rowKey as string;
    const bar = () => row.querySelector('[role="progressbar"]');
    const before = Number(bar()?.getAttribute('aria-valuenow') ?? 0);
    const next = (before + 37) % 100;
    await jitter();
    const start = performance.now();
    source.update(id, { progress: next });
    const painted = await whenPainted(row, () => bar()?.getAttribute('aria-valuenow') === String(next));
    return { paint: painted.paint - start, frame: painted.frame - start };
  },

  async scroll(frames, step) {
    const area = container.querySelector('.mlv-table-scroll--virtual') as HTMLElement;
    await scrollToTop(area);
    return scrollFrames(area, frames, step);
  },

  open(kind) {
    select(migrationOf(kind));
  },

  showAll: () => showAll(5, 'parameters'),
  showAllObjects: () => showAll(6, 'objects'),

  async details(kind) {
    const start = performance.now();
    select(migrationOf(kind));
    const painted = await whenPainted(document.body, () =>
      Boolean(document.querySelector('[role="dialog"] .mlv-details__issue-list li')),
    );
    select(null);
    await whenPainted(document.body, () => document.querySelector('[role="dialog"]') === null);
    return { paint: painted.paint - start, frame: painted.frame - start };
  },
};
