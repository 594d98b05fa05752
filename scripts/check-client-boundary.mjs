// After the build: the split that lets a React Server Component (Next.js App Router) import the
// package. Components and hooks must come from a module that starts with "use client", or a server
// page rendering <StatusBadge> fails ("useState only works in Client Components"). Everything else
// must come from modules without it, and reach none: a server component or route handler gets a
// client reference instead of a "use client" module's functions, so createInMemoryDataSource or
// formatInstant would throw there ("Attempted to call … from the server").
import { readFileSync } from 'node:fs';
import { CLIENT_VALUES, SERVER_VALUES } from './public-api.mjs';

const DIST = new URL('../dist/', import.meta.url);

const client = CLIENT_VALUES;
const server = SERVER_VALUES;

const source = (file) => readFileSync(new URL(file, DIST), 'utf8');
/** A directive is the first statement; only comments may come before it. */
const isClientModule = (file) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/.test(source(file));
/** Relative imports and re-exports of a module, as files in dist/. */
const importsOf = (file) =>
  [...source(file).matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(([, path]) =>
    new URL(path, new URL(file, DIST)).href.slice(DIST.href.length),
  );

/** Which dist/ file index.js takes each public name from (`import { a as b } from "./x.js"`); names
 * it does not import are its own (a single-file bundle). */
const origins = new Map();
for (const [, names, path] of source('index.js').matchAll(/import\s*\{([^}]*)\}\s*from\s*['"](\.\/[^'"]+)['"]/g)) {
  for (const name of names.split(',')) {
    const local = name
      .trim()
      .split(/\s+as\s+/)
      .at(-1);
    if (local) origins.set(local, path.slice(2));
  }
}

/** The "use client" modules a module reaches through its relative imports, itself included. */
function clientModulesReached(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  return [
    ...(isClientModule(file) ? [file] : []),
    ...importsOf(file).flatMap((next) => clientModulesReached(next, seen)),
  ];
}

const problems = [];
if (isClientModule('index.js')) {
  problems.push('dist/index.js starts with "use client": every helper is a client reference on a server.');
}
for (const name of client) {
  const file = origins.get(name) ?? 'index.js';
  if (!isClientModule(file)) problems.push(`${name} comes from dist/${file}, which lacks "use client".`);
}
for (const name of server) {
  const file = origins.get(name) ?? 'index.js';
  const reached = clientModulesReached(file);
  if (reached.length > 0) problems.push(`${name} comes from dist/${file}, which reaches "use client" in ${reached}.`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exitCode = 1;
} else {
  console.log(
    `Server components get ${client.length} components and hooks as client references and call ${server.length} helpers.`,
  );
}
