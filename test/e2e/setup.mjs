// Builds and packs the library, then installs the tarball into fresh copies of the host apps
// (test-results/e2e-work/<host>/), type-checks them against the packed types and builds them:
// the e2e suite tests exactly what `npm install migration-log-view` would give a user. The Vite
// hosts share test/e2e/host/; the Next.js host (test/e2e/host-next/) is its own app.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HOSTS, NEXT_HOST, NEXT_HOST_DIR, REPO_ROOT, WORK_DIR } from './paths.mjs';

const HOST_SOURCES = join(REPO_ROOT, 'test/e2e/host');
/** Shared by every host; only package.json differs between them. */
const SHARED_FILES = ['index.html', 'vite.config.ts', 'tsconfig.json', 'src'];
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** The reference server's API routes, which the Next.js host's route handler answers with. */
const API_ROUTE_FILES = ['api-routes.mjs', 'api-routes.d.mts', 'wire-query.mjs'];
/**
 * No usage data sent from CI or a developer's run; and Next must not "patch" the nearest
 * package-lock.json with its compiler packages: the host has none, so that is the repository's.
 */
const NEXT_ENV = { NEXT_TELEMETRY_DISABLED: '1', NEXT_IGNORE_INCORRECT_LOCKFILE: '1' };

/** Runs a command; its output is printed when it ends, so the hosts' logs do not interleave. */
function run(label, command, args, cwd, env = {}) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false', ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`[e2e setup] ${label}: ${command} ${args.join(' ')} (${seconds} s)`);
      if (output.trim()) console.log(output.trimEnd().replace(/^/gm, `  ${label} | `));
      if (code === 0) resolve(output);
      else reject(new Error(`[e2e setup] ${label}: ${command} ${args.join(' ')} exited with ${code}`));
    });
  });
}

async function buildLibrary() {
  await run('library', NPM, ['run', 'build'], REPO_ROOT);
  if (!existsSync(join(REPO_ROOT, 'dist/styles.css'))) {
    throw new Error('npm run build wrote no dist/styles.css, which the package exports as ./styles.css');
  }
}

/** `npm pack` into the work directory, under the fixed name the hosts' package.json refers to. */
async function packLibrary() {
  rmSync(WORK_DIR, { recursive: true, force: true });
  mkdirSync(WORK_DIR, { recursive: true });
  await run('library', NPM, ['pack', '--pack-destination', WORK_DIR, '--silent'], REPO_ROOT);
  const tarball = readdirSync(WORK_DIR).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack left no tarball in ${WORK_DIR}`);
  renameSync(join(WORK_DIR, tarball), join(WORK_DIR, 'migration-log-view.tgz'));
}

async function prepareHost(host) {
  const dir = join(WORK_DIR, host);
  mkdirSync(dir, { recursive: true });
  for (const file of SHARED_FILES) cpSync(join(HOST_SOURCES, file), join(dir, file), { recursive: true });
  cpSync(join(REPO_ROOT, 'test/e2e', host, 'package.json'), join(dir, 'package.json'));
  // No lock file: the tarball's integrity changes with every pack.
  await run(host, NPM, ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], dir);
  // The packed .d.ts files against this host's React types: what a TypeScript user compiles.
  await run(host, process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], dir);
  await run(host, process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], dir);
}

/** `next build` type-checks the app (strict) against the packed types, then prerenders its pages. */
async function prepareNextHost() {
  const dir = NEXT_HOST_DIR;
  // A local run's install or build there is not copied: the host starts from its sources.
  const sourcesOnly = (path) => !/[\\/](node_modules|\.next)$/.test(path);
  cpSync(join(REPO_ROOT, 'test/e2e', NEXT_HOST), dir, { recursive: true, filter: sourcesOnly });
  for (const file of API_ROUTE_FILES) cpSync(join(REPO_ROOT, 'test/e2e/server', file), join(dir, 'e2e-server', file));
  await run(NEXT_HOST, NPM, ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], dir);
  await run(NEXT_HOST, process.execPath, [join(dir, 'node_modules/next/dist/bin/next'), 'build'], dir, NEXT_ENV);
}

/** Everything the e2e suite and the screenshot script need, from a clean checkout. */
export async function setupE2e() {
  const started = Date.now();
  await buildLibrary();
  await packLibrary();
  // Installs wait on the network, so the hosts are prepared side by side.
  await Promise.all([...HOSTS.map(prepareHost), prepareNextHost()]);
  console.log(`[e2e setup] ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  setupE2e().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
