// Serves the built benchmark pages (bench-results/dist) on a free local port, for bench/run.mjs and
// bench/diagnose-mount.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Starts a static server over `dir`; resolves to its base URL and a `close()`. */
export async function serveDist(dir) {
  const server = createServer((request, response) => {
    const path = join(dir, new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(dir) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
