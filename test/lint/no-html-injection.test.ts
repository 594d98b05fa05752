// @vitest-environment node
/**
 * The lint rule that keeps HTML and code-from-strings out of src/ (lint/no-html-injection.grit,
 * wired into biome.json) still catches every pattern it names, and nothing else. Without this a
 * Biome upgrade that renamed a syntax node would silently turn the rule into a no-op.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');
const PLUGIN = join(ROOT, 'lint', 'no-html-injection.grit');

// One violation per line; the line number is the index + 1.
const VIOLATIONS = [
  "el.innerHTML = '<b>x</b>';",
  'export const a = el.innerHTML;',
  "el.outerHTML = '<b>x</b>';",
  "el['innerHTML'] = '<b>x</b>';",
  "el.insertAdjacentHTML('beforeend', '<b>x</b>');",
  "document.createRange().createContextualFragment('<b>x</b>');",
  "new DOMParser().parseFromString('<b>x</b>', 'text/html');",
  "document.write('<b>x</b>');",
  "document.writeln('<b>x</b>');",
  "export const f = new Function('return 1');",
  "export const g = Function('return 1');",
  "setTimeout('alert(1)', 10);",
  'setInterval(`alert(1)`, 10);',
  "window.setTimeout('alert(1)', 10);",
  'export const h = <iframe title="x" srcDoc="<b>x</b>" />;',
  "export const i = <div dangerouslySetInnerHTML={{ __html: '<b>x</b>' }} />;",
];

const ALLOWED = [
  "el.textContent = '<b>x</b>';",
  'export const j = el.innerText;',
  'setTimeout(() => {}, 10);',
  'setInterval(tick, 10);',
  "export const k = <div title='<b>x</b>'>{'<b>x</b>'}</div>;",
  "export const l = document.createElement('div');",
];

function lint(dir: string, file: string, lines: string[]): number[] {
  const prelude = 'declare const el: HTMLElement;\ndeclare function tick(): void;\n';
  writeFileSync(join(dir, file), prelude + lines.join('\n'));
  let output = '';
  try {
    output = execFileSync(BIOME, ['lint', '--max-diagnostics=200', file], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    output = `${stdout}${stderr}`;
  }
  const flagged = [...output.matchAll(new RegExp(`${file.replace('.', '\\.')}:(\\d+):\\d+ plugin`, 'g'))];
  return [...new Set(flagged.map((match) => Number(match[1]) - 2))].sort((a, b) => a - b);
}

describe('lint/no-html-injection.grit', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlv-lint-'));
    const config = { plugins: [PLUGIN], linter: { enabled: true, rules: { preset: 'none' } } };
    writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs on every file of src/ in the project lint', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as { plugins?: unknown[] };
    expect(config.plugins).toContainEqual({ path: './lint/no-html-injection.grit', includes: ['src/**'] });
  });

  it('flags every way to turn a string into markup or code', () => {
    expect(lint(dir, 'bad.tsx', VIOLATIONS)).toEqual(VIOLATIONS.map((_, i) => i + 1));
  });

  it('leaves text, function timers and escaped attributes alone', () => {
    expect(lint(dir, 'good.tsx', ALLOWED)).toEqual([]);
  });
});
