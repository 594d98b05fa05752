// The built host app, served by the same server as the API so page and API are same-origin.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Sends the file for `pathname` under `dir`, or index.html for app routes (a single-page app). */
export async function serveStatic(res, dir, pathname) {
  let relative;
  try {
    relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  } catch {
    relative = '';
  }
  const candidate = join(dir, relative);
  // Never outside the build directory, whatever the path says.
  const inside = candidate === dir || candidate.startsWith(dir.endsWith(sep) ? dir : dir + sep);
  const file = inside && (await isFile(candidate)) ? candidate : join(dir, 'index.html');
  if (!(await isFile(file))) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`No host build at ${dir}: run node test/e2e/setup.mjs`);
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  res.end(await readFile(file));
}
