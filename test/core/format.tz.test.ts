// @vitest-environment node
/**
 * The runtime's default time zone is fixed when a process starts, so these tests run the real
 * src/core modules (transpiled, not re-implemented) in child processes started with `TZ` set.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const coreDir = fileURLToPath(new URL('../../src/core/', import.meta.url));
let outDir = '';

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'mlv-core-tz-'));
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}');
  for (const file of readdirSync(coreDir).filter((f) => f.endsWith('.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(join(coreDir, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    writeFileSync(join(outDir, file.replace(/\.ts$/, '.js')), outputText);
  }
});

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

interface ChildResult {
  zone: string;
  cutover: string;
  cutoverFromIso: string;
  normalisedCutover: string | null;
  instantInDefaultZone: string;
  instantInUtc: string;
  dayStartInDefaultZone: string | null;
  dayStartInUnknownZone: string | null;
}

function runIn(timeZone: string): ChildResult {
  const entry = pathToFileURL(join(outDir, 'index.js')).href;
  const script = `
    const core = await import(${JSON.stringify(entry)});
    const instant = new Date('2024-01-01T03:00:00Z');
    console.log(JSON.stringify({
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      cutover: core.formatCalendarDate('2024-01-01', { locale: 'en-US' }),
      cutoverFromIso: core.formatCalendarDate('2024-01-01T23:00:00-05:00', { locale: 'en-US' }),
      normalisedCutover: core.normalizeMigrationLog({ id: 'm', cutoverDate: '2024-01-01T23:00:00-05:00' }).cutoverDate,
      instantInDefaultZone: core.formatInstant(instant, { locale: 'en-US' })?.text,
      instantInUtc: core.formatInstant(instant, { locale: 'en-US', timeZone: 'UTC' })?.text,
      dayStartInDefaultZone: core.startOfDayInZone('2024-03-03'),
      dayStartInUnknownZone: core.startOfDayInZone('2024-03-03', 'Mars/Base'),
    }));`;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as ChildResult;
}

describe('date-range bounds under different runtime time zones', () => {
  it('bound a day in the runtime zone for an unknown zone, the zone the view then shows times in', () => {
    const la = runIn('America/Los_Angeles');
    const tokyo = runIn('Asia/Tokyo');

    expect(la.dayStartInDefaultZone).toBe('2024-03-03T08:00:00.000Z');
    expect(la.dayStartInUnknownZone).toBe('2024-03-03T08:00:00.000Z');
    expect(tokyo.dayStartInDefaultZone).toBe('2024-03-02T15:00:00.000Z');
    expect(tokyo.dayStartInUnknownZone).toBe('2024-03-02T15:00:00.000Z');
  });
});

describe('cutover dates under different runtime time zones', () => {
  it('read 1 January 2024 in Los Angeles and Tokyo alike, while an instant shifts', () => {
    const la = runIn('America/Los_Angeles');
    const tokyo = runIn('Asia/Tokyo');

    // The children really ran in those zones: the same instant falls on different days.
    expect(la.zone).toBe('America/Los_Angeles');
    expect(tokyo.zone).toBe('Asia/Tokyo');
    expect(la.instantInDefaultZone.startsWith('Dec 31, 2023')).toBe(true);
    expect(tokyo.instantInDefaultZone.startsWith('Jan 1, 2024')).toBe(true);
    expect(la.instantInUtc).toBe(tokyo.instantInUtc);

    for (const result of [la, tokyo]) {
      expect(result.cutover).toBe('Jan 1, 2024');
      expect(result.cutoverFromIso).toBe('Jan 1, 2024');
      expect(result.normalisedCutover).toBe('2024-01-01');
    }
  });
});
