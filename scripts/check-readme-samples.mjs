// After the build: every ```ts and ```tsx block of README.md type-checks, strict, against the built
// package (dist/), word for word. A block whose first line names a file (`// app/page.tsx …`) is
// written there, so blocks can import each other; the others are modules of their own. A block
// preceded by `<!-- readme-samples: skip … -->` is an excerpt, not code to compile (say why).
// The host's own names the samples leave undeclared live in test/package/readme-samples/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, 'node_modules/.cache/readme-samples');
const SKIP = /^<!-- readme-samples: skip\b/;

/** The README's TypeScript blocks: the line each starts on, its code, and whether to skip it. */
function blocksOf(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('```')) continue;
    const end = lines.indexOf('```', i + 1);
    if (end === -1) throw new Error(`README.md:${i + 1}: a code block is never closed`);
    if (!/^```(ts|tsx)\s*$/.test(lines[i])) {
      i = end;
      continue;
    }
    let before = i - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    blocks.push({ line: i + 2, code: lines.slice(i + 1, end).join('\n'), skip: SKIP.test(lines[before] ?? '') });
    i = end;
  }
  return blocks;
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
cpSync(join(ROOT, 'test/package/readme-samples'), WORK, { recursive: true });

const blocks = blocksOf(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const files = [];
for (const block of blocks.filter((b) => !b.skip)) {
  const named = /^\/\/ ((?:[\w-]+\/)*[\w.-]+\.tsx?)\b/.exec(block.code);
  // Unnamed blocks sit one folder down, as a host's test file would (`../src/…` imports).
  const file = named ? named[1] : `blocks/L${String(block.line).padStart(4, '0')}.tsx`;
  mkdirSync(dirname(join(WORK, file)), { recursive: true });
  writeFileSync(join(WORK, file), `${block.code}\n`);
  files.push({ file, line: block.line });
}
writeFileSync(
  join(WORK, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023', 'DOM'],
      module: 'ESNext',
      moduleResolution: 'Bundler',
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      types: [],
      // Each block is a module of its own, whether or not it imports anything.
      moduleDetection: 'force',
      paths: { 'migration-log-view': [join(ROOT, 'dist/index.d.ts')] },
    },
    include: ['**/*.ts', '**/*.tsx'],
  }),
);

const tsc = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.', '--pretty', 'false'],
  {
    cwd: WORK,
    encoding: 'utf8',
  },
);
if (tsc.status !== 0) {
  // Point at the README's lines, not the generated files.
  const where = new Map(files.map(({ file, line }) => [file, line]));
  const output = `${tsc.stdout}${tsc.stderr}`.replace(/^([\w./-]+\.tsx?)\((\d+),(\d+)\)/gm, (whole, file, row, col) =>
    where.has(file) ? `README.md:${where.get(file) + Number(row) - 1}:${col} (${file})` : whole,
  );
  console.error(`README samples do not type-check against dist/:\n${output}`);
  process.exit(1);
}
const skipped = blocks.length - files.length;
console.log(`README samples: ${files.length} blocks type-check against dist/ (${skipped} marked as excerpts).`);
