// npm run bench:mount — what a cold mount is made of, for the library and the baseline page.
// Builds the benchmark pages (bench/run.mjs with BENCH_BUILD_ONLY=1), then per app, size and
// repetition opens a fresh browser and reports:
//   first  = mount → first rows painted in a fresh page (what `npm run bench` measures);
//   second = the same after unmounting, in the same page: the engine is warm (code compiled,
//            styles cached). The library's data is cached by then too; the baseline never fetches.
//   compile = V8 compile time during a first mount, from a Chromium trace (a separate fresh
//            browser: tracing slows the mount it records).
// Env: BENCH_REPS (3), BENCH_SIZES (1000,100000), CHROMIUM_PATH. Medians; about 2 minutes.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { serveDist } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'bench-results/dist');
const REPS = Number(process.env.BENCH_REPS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '1000,100000').split(',').map(Number);
const APPS = ['lib', 'baseline'];
const executablePath = findChromium();

const built = spawnSync(process.execPath, [join(ROOT, 'bench/run.mjs')], {
  env: { ...process.env, BENCH_BUILD_ONLY: '1' },
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

const server = await serveDist(DIST);
const { base } = server;

/** A fresh browser with the app's page set up for `size` migrations, idle; `use` gets the page. */
async function withPage(app, size, use) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/${app}.html`);
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate((n) => window.bench.setup(n), size);
    await page.waitForTimeout(500);
    return await use(page, browser);
  } finally {
    await browser.close();
  }
}

const mount = (page) => page.evaluate(() => window.bench.mount().then((times) => times.paint));

async function firstAndSecond(app, size) {
  return withPage(app, size, async (page) => {
    const first = await mount(page);
    await page.evaluate(() => window.bench.unmount());
    await page.waitForTimeout(300);
    return { first, second: await mount(page) };
  });
}

async function compileMs(app, size) {
  return withPage(app, size, async (page, browser) => {
    await browser.startTracing(page, { categories: ['v8', 'disabled-by-default-v8.compile', 'blink.user_timing'] });
    await page.evaluate(() => performance.mark('mount-start'));
    const paint = await mount(page);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const start = events.find((event) => event.name === 'mount-start');
    const end = start.ts + paint * 1000;
    return events
      .filter((e) => e.tid === start.tid && e.name === 'V8.CompileCode' && e.ts >= start.ts && e.ts < end)
      .reduce((sum, e) => sum + e.dur / 1000, 0);
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
};

try {
  const rows = [];
  for (const size of SIZES) {
    const samples = Object.fromEntries(APPS.map((app) => [app, { first: [], second: [], compile: [] }]));
    for (let rep = 0; rep < REPS; rep++) {
      for (const app of rep % 2 === 0 ? APPS : [...APPS].reverse()) {
        const { first, second } = await firstAndSecond(app, size);
        samples[app].first.push(first);
        samples[app].second.push(second);
        samples[app].compile.push(await compileMs(app, size));
      }
    }
    for (const app of APPS) {
      const s = samples[app];
      rows.push([size.toLocaleString('en-US'), app, median(s.first), median(s.second), median(s.compile)]);
    }
  }
  console.log(`\nCold mount, ${REPS} fresh browsers each, medians (ms)\n`);
  console.log('| migrations | page | first mount | second mount (warm) | V8 compile in first |');
  console.log('| ---: | --- | ---: | ---: | ---: |');
  for (const [size, app, first, second, compile] of rows) {
    console.log(`| ${size} | ${app} | ${first.toFixed(1)} | ${second.toFixed(1)} | ${compile.toFixed(1)} |`);
  }
} finally {
  server.close();
}
