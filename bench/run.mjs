// npm run bench: builds the benchmark pages with Vite, then drives them in Debian's Chromium with
// playwright-core. For each size (default 1,000 / 10,000 / 100,000 migrations) and repetition it
// opens a fresh browser for the library page and one for the baseline page (interleaved, order
// alternating), and measures mount → first rows painted, one row's progress update → painted,
// scroll frames top to bottom, the details dialog over 50,000 vs 5 issues, "Show all" of 5,000
// parameters and of 10,000 object types (library only), and the JS heap. Prints medians and ratios to the baseline; writes bench-results/latest.json and
// bench/RESULTS.md. Env: BENCH_REPS (5), BENCH_SIZES (1000,10000,100000), BENCH_FRAMES (120),
// BENCH_UPDATES (9), BENCH_DETAILS (5 warm opens of each dialog per repetition), CHROMIUM_PATH
// (/usr/bin/chromium).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { serveDist } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench-results');
const DIST = join(OUT, 'dist');
const REPS = Number(process.env.BENCH_REPS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const FRAMES = Number(process.env.BENCH_FRAMES ?? 120);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 9);
const DETAILS = Number(process.env.BENCH_DETAILS ?? 5);
const APPS = ['lib', 'baseline'];
const FRAME_MS = 1000 / 60;

let CHROMIUM_PATH;
try {
  CHROMIUM_PATH = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

// ---- build -----------------------------------------------------------------------------------
const started = Date.now();
await build({
  configFile: false,
  root: join(ROOT, 'bench'),
  base: './',
  logLevel: 'warn',
  mode: 'production',
  plugins: [react()],
  build: {
    outDir: DIST,
    emptyOutDir: true,
    // BENCH_MINIFY=0 keeps names readable for a CPU profile.
    minify: process.env.BENCH_MINIFY !== '0',
    rolldownOptions: { input: { lib: join(ROOT, 'bench/lib.html'), baseline: join(ROOT, 'bench/baseline.html') } },
  },
});

if (process.env.BENCH_BUILD_ONLY === '1') process.exit(0);

// ---- serve -----------------------------------------------------------------------------------
const server = await serveDist(DIST);
const { base } = server;

// ---- measure ---------------------------------------------------------------------------------
const withTimeout = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} timed out`)), ms))]);

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** One fresh browser, one page, every figure for one app at one size. */
async function runOnce(app, size, rep) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const cdp = await context.newCDPSession(page);
    await page.goto(`${base}/${app}.html`);
    await page.waitForFunction(() => 'bench' in window);
    const run = (fn, arg, what) => withTimeout(page.evaluate(fn, arg), 60_000, `${app} ${size} ${what}`);
    const source = await run((n) => window.bench.setup(n), size, 'setup');
    // Every size mounts on an idle page: building 100,000 records leaves time for the browser to
    // finish its start-up work, building 1,000 would not.
    await page.waitForTimeout(500);
    const mount = await run(() => window.bench.mount(), undefined, 'mount');
    await page.waitForTimeout(300);
    const updates = [];
    for (let i = 0; i < UPDATES; i++) {
      updates.push(await run(() => window.bench.update(), undefined, 'update'));
      await page.waitForTimeout(60);
    }
    const heapAfterMount = await heap(cdp);
    // Reading speed first (8 rows of 45 px a frame: content must render as it scrolls in), then a
    // drag from top to bottom in FRAMES frames (100,000 rows: ~830 rows a frame).
    const slowFrames = await run((n) => window.bench.scroll(n, 360), FRAMES, 'slow scroll');
    const frames = await run((n) => window.bench.scroll(n), FRAMES, 'scroll');
    await page.waitForTimeout(300);
    const heapAfterScroll = await heap(cdp);
    const details = {};
    if (app === 'lib') {
      // The first open in a page also loads and compiles the dialog, whichever migration it shows:
      // it is timed on its own (a third migration), then the two compared open warm, DETAILS times
      // each in alternating pairs (one open is a single sample of a noisy machine).
      details.first = await run(() => window.bench.details('first'), undefined, 'details first');
      await page.waitForTimeout(200);
      details.huge = [];
      details.small = [];
      for (let i = 0; i < DETAILS; i++) {
        const kinds = (rep + i) % 2 === 0 ? ['huge', 'small'] : ['small', 'huge'];
        for (const kind of kinds) {
          details[kind].push(await run((k) => window.bench.details(k), kind, `details ${kind}`));
          await page.waitForTimeout(100);
        }
      }
      details.showAll = [];
      for (let i = 0; i < DETAILS; i++) {
        details.showAll.push(await run(() => window.bench.showAll(), undefined, 'show all parameters'));
        await page.waitForTimeout(100);
      }
      details.showAllObjects = [];
      for (let i = 0; i < DETAILS; i++) {
        details.showAllObjects.push(await run(() => window.bench.showAllObjects(), undefined, 'show all objects'));
        await page.waitForTimeout(100);
      }
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return { app, size, rep, source, mount, updates, slowFrames, frames, heapAfterMount, heapAfterScroll, details };
  } finally {
    await browser.close();
  }
}

const runs = [];
const load = [loadavg()[0]];
for (let rep = 0; rep < REPS; rep++) {
  for (const size of SIZES) {
    const order = rep % 2 === 0 ? APPS : [...APPS].reverse();
    for (const app of order) {
      // A run that times out (a stalled browser on a busy machine) is tried once more.
      const result = await runOnce(app, size, rep).catch((error) => {
        console.error(`retrying ${app} ${size}: ${error.message}`);
        return runOnce(app, size, rep);
      });
      runs.push(result);
      process.stdout.write(
        `rep ${rep + 1}/${REPS} ${app.padEnd(8)} ${String(size).padStart(6)}: mount ${result.mount.paint.toFixed(1)} ms, update ${median(result.updates.map((u) => u.paint)).toFixed(1)} ms\n`,
      );
    }
  }
  load.push(loadavg()[0]);
}
server.close();

// ---- summarise -------------------------------------------------------------------------------
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const summary = {};
for (const app of APPS) {
  summary[app] = {};
  for (const size of SIZES) {
    const mine = runs.filter((r) => r.app === app && r.size === size);
    const frames = mine.flatMap((r) => r.frames);
    const slowFrames = mine.flatMap((r) => r.slowFrames);
    const perRep = (pick) => median(mine.map(pick));
    summary[app][size] = {
      mountPaint: perRep((r) => r.mount.paint),
      mountFrame: perRep((r) => r.mount.frame),
      updatePaint: perRep((r) => median(r.updates.map((u) => u.paint))),
      updateFrame: perRep((r) => median(r.updates.map((u) => u.frame))),
      scrollMedian: median(frames),
      scrollP95: percentile(frames, 95),
      scrollFrames: frames.length,
      slowScrollMedian: median(slowFrames),
      slowScrollP95: percentile(slowFrames, 95),
      scrollLongFrames: frames.filter((f) => f > FRAME_MS * 1.5).length,
      heapAfterMountMiB: perRep((r) => r.heapAfterMount),
      heapAfterScrollMiB: perRep((r) => r.heapAfterScroll),
      ...(app === 'lib' && {
        detailsHugePaint: perRep((r) => median(r.details.huge.map((d) => d.paint))),
        detailsSmallPaint: perRep((r) => median(r.details.small.map((d) => d.paint))),
        detailsFirstPaint: perRep((r) => r.details.first.paint),
        showAllPaint: perRep((r) => median(r.details.showAll.map((d) => d.paint))),
        showAllObjectsPaint: perRep((r) => median(r.details.showAllObjects.map((d) => d.paint))),
        sourceColdQuery: perRep((r) => r.source.coldQuery),
        sourceWarmQuery: perRep((r) => r.source.warmQuery),
        sourceAfterUpdateQuery: perRep((r) => r.source.afterUpdateQuery),
      }),
    };
  }
}

const lib = summary.lib;
const baseline = summary.baseline;
const big = Math.max(...SIZES);
const small = Math.min(...SIZES);
const checks = [
  [`mount at ${big} ≤ 1.2 × mount at ${small}`, lib[big].mountPaint / lib[small].mountPaint, 1.2, 'ratio'],
  [`mount at ${big} ≤ 0.5 × baseline mount at ${big}`, lib[big].mountPaint / baseline[big].mountPaint, 0.5, 'ratio'],
  [`update → painted at ${big}, median ≤ 25 ms`, lib[big].updatePaint, 25, 'ms'],
  [`scroll at ${big}, median frame = 16.7 ms`, lib[big].scrollMedian, FRAME_MS + 0.5, 'ms'],
  [`scroll at ${big}, p95 over all frames ≤ 20 ms`, lib[big].scrollP95, 20, 'ms'],
  [
    `details: 50,000 issues ≤ 1.2 × 5 issues (at ${big})`,
    lib[big].detailsHugePaint / lib[big].detailsSmallPaint,
    1.2,
    'ratio',
  ],
].map(([what, value, limit, unit]) => ({ what, value, limit, unit, pass: value <= limit }));

const fmt = (v, digits = 1) => (v === undefined ? '' : v.toFixed(digits));
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '');
const lines = [];
lines.push(
  `Chromium (headless) ${await chromiumVersion()}, ${cpus().length} cores, ${REPS} fresh-browser repetitions per app and size, interleaved; medians.`,
  `Load average (1 min) during the run: ${load.map((l) => l.toFixed(1)).join(' → ')} (a shared machine: other work ran alongside).`,
  '',
  '| migrations | figure | library | baseline | library / baseline |',
  '| ---: | --- | ---: | ---: | ---: |',
);
const row = (size, label, key, unit = 'ms') => {
  const a = lib[size][key];
  const b = baseline[size][key];
  lines.push(
    `| ${size.toLocaleString('en-US')} | ${label} | ${fmt(a)} ${unit} | ${b === undefined ? '—' : `${fmt(b)} ${unit}`} | ${b === undefined ? '' : ratio(a, b)} |`,
  );
};
for (const size of SIZES) {
  row(size, 'mount → first rows painted', 'mountPaint');
  row(size, 'mount → next frame (double rAF)', 'mountFrame');
  row(size, 'one row’s progress update → painted', 'updatePaint');
  row(size, 'one row’s progress update → next frame (double rAF)', 'updateFrame');
  row(size, 'scroll 360 px a frame (reading speed), median frame', 'slowScrollMedian');
  row(size, 'scroll 360 px a frame, p95 frame', 'slowScrollP95');
  row(size, 'scroll top → bottom, median frame', 'scrollMedian');
  row(size, `scroll top → bottom, p95 frame (${lib[size].scrollFrames} frames pooled)`, 'scrollP95');
  row(size, 'JS heap after mount (after GC)', 'heapAfterMountMiB', 'MiB');
  row(size, 'JS heap after scrolling to the bottom', 'heapAfterScrollMiB', 'MiB');
}
lines.push(
  '',
  '| migrations | details dialog: open → first issues painted, 50,000 issues | same, 5 issues | ratio | first open in the page (dialog code cold) |',
  '| ---: | ---: | ---: | ---: | ---: |',
);
for (const size of SIZES) {
  const s = lib[size];
  lines.push(
    `| ${size.toLocaleString('en-US')} | ${fmt(s.detailsHugePaint)} ms | ${fmt(s.detailsSmallPaint)} ms | ${ratio(s.detailsHugePaint, s.detailsSmallPaint)} | ${fmt(s.detailsFirstPaint)} ms |`,
  );
}
lines.push(
  '',
  '| migrations | details dialog: "Show all" 5,000 parameters → painted | ratio to opening it with 5 issues | "Show all" 10,000 object types → painted | ratio |',
  '| ---: | ---: | ---: | ---: | ---: |',
);
for (const size of SIZES) {
  const s = lib[size];
  lines.push(
    `| ${size.toLocaleString('en-US')} | ${fmt(s.showAllPaint)} ms | ${ratio(s.showAllPaint, s.detailsSmallPaint)} | ${fmt(s.showAllObjectsPaint)} ms | ${ratio(s.showAllObjectsPaint, s.detailsSmallPaint)} |`,
  );
}
lines.push(
  '',
  '| migrations | in-memory source: first sorted query (cold) | a later page (warm) | first page after one row changed |',
  '| ---: | ---: | ---: | ---: |',
);
for (const size of SIZES) {
  const s = lib[size];
  lines.push(
    `| ${size.toLocaleString('en-US')} | ${fmt(s.sourceColdQuery)} ms | ${fmt(s.sourceWarmQuery, 2)} ms | ${fmt(s.sourceAfterUpdateQuery, 2)} ms |`,
  );
}
lines.push('', '| acceptance | measured | limit | |', '| --- | ---: | ---: | --- |');
for (const c of checks)
  lines.push(
    `| ${c.what} | ${fmt(c.value, 2)} ${c.unit === 'ms' ? 'ms' : '×'} | ${c.limit === FRAME_MS + 0.5 ? '16.7' : c.limit} | ${c.pass ? 'pass' : 'FAIL'} |`,
  );
lines.push('', `Total run time ${((Date.now() - started) / 1000).toFixed(0)} s.`);

const report = lines.join('\n');
console.log(`\n${report}\n`);
mkdirSync(OUT, { recursive: true });
writeFileSync(
  join(OUT, 'latest.json'),
  JSON.stringify(
    { date: new Date().toISOString(), reps: REPS, frames: FRAMES, updates: UPDATES, load, summary, checks, runs },
    null,
    1,
  ),
);
writeFileSync(
  join(ROOT, 'bench/RESULTS.md'),
  `# Benchmark results\n\nLatest run of \`npm run bench\` (${new Date().toISOString().slice(0, 10)}). How it measures: see \`bench/run.mjs\` and \`bench/src/harness.ts\`.\n\n${report}\n`,
);
process.exitCode = checks.every((c) => c.pass) ? 0 : 1;

async function chromiumVersion() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const version = browser.version();
  await browser.close();
  return version;
}
