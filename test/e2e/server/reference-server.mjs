// A reference backend for the REST data source (DESIGN.md §5) on Node's `http`: seeded data
// served through the library's own in-memory source (from the built dist/), plus the host app's
// static files and control endpoints tests use to make answers slow, failing or live.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../paths.mjs';
import { answerApi, matchApiRoute } from './api-routes.mjs';
import { createControl } from './control.mjs';
import { serveStatic } from './static-files.mjs';

/** A fixed "now" the seeded data is generated for; hosts take it as `?now=` for stable pictures. */
export const REFERENCE_NOW = Date.parse('2025-05-01T09:30:00Z');
/** Seed 14 puts migrations with more than one page of issues and in-progress ones on page 1. */
export const REFERENCE_SEED = 14;
export const REFERENCE_COUNT = 120;
/** Requests carrying this header are a test reading expected data: not logged, never delayed or failed. */
export const ORACLE_HEADER = 'x-e2e-oracle';

async function loadLibrary() {
  const entry = join(REPO_ROOT, 'dist', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build (or node test/e2e/setup.mjs)`);
  return import(pathToFileURL(entry).href);
}

function sendJson(res, status, body) {
  if (body === null) {
    res.writeHead(status);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() === '' ? {} : JSON.parse(text);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startReferenceServer(options = {}) {
  const { createInMemoryDataSource, generateMigrationLogs } = await loadLibrary();
  const seed = options.seed ?? REFERENCE_SEED;
  const count = options.count ?? REFERENCE_COUNT;
  const now = options.now ?? REFERENCE_NOW;
  const control = createControl();
  /** Every API request the browser made, in arrival order. */
  const requests = [];
  let source;

  const resetData = (liveProgress) => {
    source?.dispose();
    const records = generateMigrationLogs({ count, seed, now });
    source = createInMemoryDataSource(records, liveProgress ? { seed, liveProgress } : { seed });
    requests.length = 0;
  };
  resetData(null);

  async function handleApi(req, res, url, match) {
    const oracle = req.headers[ORACLE_HEADER] !== undefined;
    const entry = {
      method: req.method,
      route: match?.route ?? null,
      path: url.pathname,
      params: Object.fromEntries(url.searchParams),
      status: null,
      startedAt: Date.now(),
      finishedAt: null,
      clientAborted: false,
    };
    if (!oracle) requests.push(entry);
    // Set when the browser gives up on the request (e.g. an aborted, superseded query).
    res.on('close', () => {
      if (!res.writableFinished) entry.clientAborted = true;
    });
    const finish = (status, body) => {
      entry.status = status;
      entry.finishedAt = Date.now();
      sendJson(res, status, body);
    };
    if (!match) return finish(404, { message: `No such endpoint: ${url.pathname}` });
    if (req.method !== match.method) return finish(405, { message: `Use ${match.method} for ${url.pathname}.` });
    if (!oracle) {
      // Delayed answers are still sent in full after a client abort, as a real server would.
      const delay = control.takeDelay(match.route, url.searchParams);
      if (delay > 0) await sleep(delay);
      const failure = control.takeFailure(match.route);
      if (failure) return finish(failure.status, { message: failure.message });
    }
    const { status, body } = await answerApi(match, url.searchParams, source);
    finish(status, body);
  }

  async function handleControl(req, res, url) {
    if (url.pathname === '/__requests') {
      if (req.method === 'DELETE') requests.length = 0;
      return sendJson(res, 200, requests);
    }
    if (req.method !== 'POST') return sendJson(res, 405, { message: 'POST a JSON body to /__control.' });
    try {
      const effect = control.apply(await readJson(req));
      if (effect.reset) resetData(effect.liveProgress);
      sendJson(res, 200, { ok: true });
    } catch (error) {
      sendJson(res, 400, { message: error instanceof Error ? error.message : String(error) });
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let work;
    if (url.pathname === '/__control' || url.pathname === '/__requests') work = handleControl(req, res, url);
    else if (url.pathname === '/api' || url.pathname.startsWith('/api/'))
      work = handleApi(req, res, url, matchApiRoute(url.pathname));
    else if (options.staticDir) work = serveStatic(res, options.staticDir, url.pathname);
    else work = Promise.resolve(sendJson(res, 404, { message: 'This server has no static files.' }));
    work.catch((error) => {
      if (!res.headersSent) sendJson(res, 500, { message: String(error) });
      else res.destroy();
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    close() {
      source.dispose();
      // Keep-alive sockets of a closed browser would otherwise hold close() open.
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
