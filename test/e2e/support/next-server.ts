import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { NEXT_HOST_DIR } from '../paths.mjs';

export interface NextServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  /** What `next start` printed, for a failure message. */
  output(): string;
  close(): Promise<void>;
}

const STARTUP_MS = 30_000;

/** A port free right now; `next start` takes a number, not 0. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** SIGTERM, which next-server answers by closing down; SIGKILL if it has not within 5 s. */
function stop(child: ChildProcess): Promise<void> {
  if (exited(child)) return Promise.resolve();
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const kill = setTimeout(() => {
    if (!exited(child)) child.kill('SIGKILL');
  }, 5_000);
  return gone.finally(() => clearTimeout(kill));
}

/**
 * `next start` on the host test/e2e/setup.mjs built, run with node itself: that process becomes
 * next-server (no children), so killing it ends the server; an npx in between would be what a
 * kill reaches, and next-server would live on. Same process group, so Ctrl+C reaches it too.
 */
export async function startNextServer(): Promise<NextServer> {
  const bin = join(NEXT_HOST_DIR, 'node_modules/next/dist/bin/next');
  if (!existsSync(join(NEXT_HOST_DIR, '.next/BUILD_ID'))) {
    throw new Error(`${NEXT_HOST_DIR} has no Next.js build: run node test/e2e/setup.mjs (or npm run test:e2e)`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: NEXT_HOST_DIR,
    // Vitest sets NODE_ENV=test, which next start warns about; it serves a production build.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const server: NextServer = { url, output: () => output, close: () => stop(child) };

  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error(`next start exited with ${child.exitCode ?? child.signalCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/badge`);
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop(child);
  throw new Error(`next start did not answer on ${url} within ${STARTUP_MS / 1000} s:\n${output}`);
}
