// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Guards the opt-in stylesheet: every text/background pair meets WCAG AA in both themes, and every
// rule is scoped under `.mlv-styled` so the unstyled path stays unstyled.

const tokensCss = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
const componentsCss = readFileSync(new URL('../../src/styles/components.css', import.meta.url), 'utf8');

// ---------------------------------------------------------------------------------------------
// A small CSS reader: comments out, then rules by brace matching, declarations by regex.
// ---------------------------------------------------------------------------------------------

interface CssRule {
  /** The selector list, or the at-rule prelude for at-rules. */
  prelude: string;
  body: string;
  /** Enclosing at-rule preludes, outermost first. */
  parents: string[];
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Style rules with their enclosing at-rules; @keyframes are skipped (their selectors are offsets). */
function readRules(css: string, parents: string[] = []): CssRule[] {
  const rules: CssRule[] = [];
  let start = 0;
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open === -1) break;
    let depth = 1;
    let close = open + 1;
    while (close < css.length && depth > 0) {
      if (css[close] === '{') depth++;
      else if (css[close] === '}') depth--;
      close++;
    }
    // The prelude runs from the end of the previous rule (or a `;`-terminated at-statement) to `{`.
    const prelude = css
      .slice(start, open)
      .replace(/^[\s\S]*;/, '')
      .trim();
    const body = css.slice(open + 1, close - 1);
    if (prelude.startsWith('@keyframes')) {
      // offsets, not selectors
    } else if (prelude.startsWith('@')) {
      rules.push(...readRules(body, [...parents, prelude]));
    } else {
      rules.push({ prelude, body, parents });
    }
    start = close;
    i = close;
  }
  return rules;
}

/** `--mlv-*` custom properties declared in a rule body. */
function readTokens(body: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const match of body.matchAll(/(--mlv-[\w-]+)\s*:\s*([^;]+);/g)) {
    tokens.set(match[1] as string, (match[2] as string).trim().replace(/\s+/g, ' '));
  }
  return tokens;
}

/** Splits a selector list on top-level commas (not those inside `:is()`, `:not()`, …). */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

// ---------------------------------------------------------------------------------------------
// WCAG 2.x contrast
// ---------------------------------------------------------------------------------------------

function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`Expected an opaque #rrggbb colour, got "${hex}"`);
  const n = Number.parseInt(match[1] as string, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// ---------------------------------------------------------------------------------------------
// The themes as tokens.css defines them
// ---------------------------------------------------------------------------------------------

const tokenRules = readRules(stripComments(tokensCss)).filter((rule) => readTokens(rule.body).size > 0);
const isDarkMedia = (rule: CssRule) => rule.parents.some((p) => /prefers-color-scheme:\s*dark/.test(p));
const lightRules = tokenRules.filter((r) => r.parents.length === 0 && !r.prelude.includes('data-theme'));
const darkMediaRules = tokenRules.filter(isDarkMedia);
const darkExplicitRules = tokenRules.filter((r) => r.parents.length === 0 && r.prelude.includes('[data-theme="dark"]'));

const lightTokens = readTokens(lightRules[0]?.body ?? '');
const darkMediaTokens = readTokens(darkMediaRules[0]?.body ?? '');
const darkTokens = readTokens(darkExplicitRules[0]?.body ?? '');

type Theme = Map<string, string>;
const themes: Record<'light' | 'dark', Theme> = {
  light: lightTokens,
  // Dark rules override colours and shadows; spacing, type and shape come from the base rule.
  dark: new Map([...lightTokens, ...darkTokens]),
};

const TONES = ['neutral', 'info', 'danger', 'success', 'warning'] as const;
const SURFACES = ['surface', 'surface-raised', 'surface-subtle', 'surface-hover'].map((s) => `--mlv-color-${s}`);
const isColourToken = (name: string) => name.startsWith('--mlv-color-') || name.startsWith('--mlv-tone-');

interface Pair {
  fg: string;
  bg: string;
  min: number;
  why: string;
}

const TEXT = 4.5;
const NON_TEXT = 3;

/** Every foreground/background pair the stylesheet paints, with its WCAG AA minimum. */
function pairsThatMatter(): Pair[] {
  const pairs: Pair[] = [];
  const add = (fg: string, bg: string, min: number, why: string) =>
    pairs.push({ fg: `--mlv-${fg}`, bg: `--mlv-${bg}`, min, why });

  for (const surface of SURFACES) {
    const bg = surface.replace('--mlv-', '');
    add('color-text', bg, TEXT, 'body text');
    add('color-text-muted', bg, TEXT, 'muted text, labels, header, placeholders, disabled buttons');
    add('color-accent', bg, TEXT, 'accent text (active sort, links)');
    add('color-focus-ring', bg, NON_TEXT, 'focus ring (WCAG 2.4.11 / 2.4.13)');
  }
  for (const bg of ['color-control-bg', 'color-control-bg-hover']) {
    add('color-text', bg, TEXT, 'button text');
    add('color-focus-ring', bg, NON_TEXT, 'focus ring next to a button');
  }
  for (const bg of ['color-surface', 'color-surface-raised', 'color-surface-subtle']) {
    add('color-border-strong', bg, NON_TEXT, 'input / select boundary (WCAG 1.4.11)');
  }
  for (const tone of TONES) {
    add(`tone-${tone}-fg`, `tone-${tone}-bg`, TEXT, `${tone} status badge text`);
    add(`tone-${tone}-fg`, 'color-surface', NON_TEXT, `${tone} status icon in the filter`);
    add(`tone-${tone}-fg`, 'color-surface-hover', NON_TEXT, `${tone} status icon in a hovered filter option`);
    add(`tone-${tone}-fg`, 'color-progress-track', NON_TEXT, `${tone} progress fill against its track`);
  }
  add('color-progress-fill', 'color-progress-track', NON_TEXT, 'default progress fill against its track');
  add('color-text', 'tone-danger-bg', TEXT, 'error banner message');
  add('tone-danger-fg', 'tone-danger-bg', TEXT, 'error banner title');
  add('color-focus-ring', 'tone-danger-bg', NON_TEXT, 'focus ring on the error banner retry button');
  add('tone-danger-fg', 'color-control-bg', TEXT, 'danger button text at rest');
  add('tone-danger-fg', 'color-control-bg-hover', TEXT, 'danger button text on a hovered background');
  add('color-surface', 'tone-danger-fg', TEXT, 'danger button text when hovered (solid)');
  return pairs;
}

interface Failure extends Pair {
  ratio: number;
}

function contrastFailures(theme: Theme): Failure[] {
  return pairsThatMatter().flatMap((pair) => {
    const fg = theme.get(pair.fg);
    const bg = theme.get(pair.bg);
    if (!fg || !bg) return [{ ...pair, ratio: Number.NaN }];
    const ratio = contrastRatio(fg, bg);
    return ratio >= pair.min ? [] : [{ ...pair, ratio: Math.round(ratio * 100) / 100 }];
  });
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('contrast helpers', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5); // the classic 4.54
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5); // and its 4.48 neighbour
  });

  it('reports a token changed to a low-contrast value', () => {
    const broken = new Map(themes.light);
    broken.set('--mlv-color-text-muted', '#aaaaaa');
    broken.set('--mlv-tone-warning-fg', '#e3b341');
    const failing = contrastFailures(broken).map((f) => `${f.fg} on ${f.bg}`);
    expect(failing).toContain('--mlv-color-text-muted on --mlv-color-surface');
    expect(failing).toContain('--mlv-tone-warning-fg on --mlv-tone-warning-bg');
  });
});

describe('tokens.css', () => {
  it('has one light block, one prefers-color-scheme dark block and one explicit dark block', () => {
    expect(lightRules).toHaveLength(1);
    expect(lightRules[0]?.prelude).toContain('.mlv-styled');
    expect(darkMediaRules).toHaveLength(1);
    // The system preference yields to an explicit light theme on an ancestor or the element.
    expect(darkMediaRules[0]?.prelude).toContain('[data-theme="light"]');
    expect(darkExplicitRules).toHaveLength(1);
  });

  it('keeps the two dark blocks identical', () => {
    expect(Object.fromEntries(darkMediaTokens)).toEqual(Object.fromEntries(darkTokens));
  });

  it('defines every colour as hex, and every light colour again for dark', () => {
    const lightColours = [...lightTokens.keys()].filter(isColourToken).sort();
    const darkColours = [...darkTokens.keys()].filter(isColourToken).sort();
    expect(lightColours.length).toBeGreaterThan(20);
    expect(darkColours).toEqual(lightColours);
    for (const theme of Object.values(themes)) {
      for (const name of lightColours) {
        // Opaque #rrggbb; only the dialog backdrop may be translucent (#rrggbbaa).
        const pattern = name === '--mlv-color-backdrop' ? /^#[0-9a-f]{8}$/i : /^#[0-9a-f]{6}$/i;
        expect(theme.get(name), name).toMatch(pattern);
      }
    }
  });

  it('has a status tone (bg, fg, border) for every tone', () => {
    for (const tone of TONES) {
      for (const part of ['bg', 'fg', 'border']) expect(lightTokens.has(`--mlv-tone-${tone}-${part}`)).toBe(true);
    }
  });

  it('makes focus rings at least 2px wide (WCAG 2.4.13)', () => {
    const width = /^(\d+(?:\.\d+)?)px$/.exec(lightTokens.get('--mlv-focus-ring-width') ?? '');
    expect(Number(width?.[1])).toBeGreaterThanOrEqual(2);
  });

  for (const [name, theme] of Object.entries(themes)) {
    it(`meets WCAG AA contrast in the ${name} theme`, () => {
      const failures = contrastFailures(theme).map(
        (f) => `${f.fg} on ${f.bg}: ${f.ratio} < ${f.min} (${f.why}) [${theme.get(f.fg)} on ${theme.get(f.bg)}]`,
      );
      expect(failures).toEqual([]);
    });
  }
});

describe('components.css', () => {
  const rules = readRules(stripComments(componentsCss));
  const ROOTS = ['mlv-table-root', 'mlv-status-badge', 'mlv-dialog__overlay', 'mlv-dialog', 'mlv-view'];

  it('scopes every selector under .mlv-styled, so `unstyled` components get none of it', () => {
    expect(rules.length).toBeGreaterThan(50);
    const unscoped: string[] = [];
    for (const rule of rules) {
      for (const selector of splitSelectors(rule.prelude)) {
        // `.mlv-styled` then a descendant combinator, or a compound on the styled element itself.
        const scoped = /^\.mlv-styled(?=$|[\s>+~:[.])/.test(selector);
        // A compound class after `.mlv-styled` must be a component root (`.mlv-styled.mlv-table`
        // would never match: only roots carry the hook).
        const compoundClass = /^\.mlv-styled\.([\w-]+)/.exec(selector)?.[1];
        if (!scoped || (compoundClass !== undefined && !ROOTS.includes(compoundClass))) unscoped.push(selector);
      }
    }
    expect(unscoped).toEqual([]);
  });

  it('takes every colour from tokens (so the contrast checks above cover what is painted)', () => {
    const css = stripComments(componentsCss);
    expect(css.match(/#[0-9a-f]{3,8}\b/gi) ?? []).toEqual([]);
    expect(css.match(/\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi) ?? []).toEqual([]);
  });

  it('uses only tokens that tokens.css (or components.css itself) defines', () => {
    const defined = new Set([...lightTokens.keys(), ...readTokens(stripComments(componentsCss)).keys()]);
    const used = [...componentsCss.matchAll(/var\((--mlv-[\w-]+)/g)].map((m) => m[1] as string);
    expect(used.filter((name) => !defined.has(name))).toEqual([]);
  });

  it('styles nothing outside .mlv-styled; the Storybook canvas keeps the theme surface and text colours', () => {
    expect(`${tokensCss}\n${componentsCss}`).not.toMatch(/story/i);
    const story = readFileSync(new URL('../../.storybook/story-surface.css', import.meta.url), 'utf8');
    const [light, dark] = readRules(stripComments(story)).map((rule) => rule.body);
    for (const [body, theme] of [
      [light, themes.light],
      [dark, themes.dark],
    ] as const) {
      expect(body).toContain(`background-color: ${theme.get('--mlv-color-surface')};`);
      expect(body).toContain(`color: ${theme.get('--mlv-color-text')};`);
    }
  });

  it('draws the focus ring from the tokens', () => {
    const focus = rules.find((rule) => splitSelectors(rule.prelude).includes('.mlv-styled :focus-visible'));
    expect(focus?.body).toMatch(/outline:\s*var\(--mlv-focus-ring-width\) solid var\(--mlv-color-focus-ring\)/);
  });

  it('stops animations under prefers-reduced-motion', () => {
    const reduced = rules.filter((rule) => rule.parents.some((p) => p.includes('prefers-reduced-motion: reduce')));
    const stopped = reduced
      .filter((rule) => /animation:\s*none/.test(rule.body))
      .flatMap((r) => splitSelectors(r.prelude));
    for (const rule of rules.filter((r) => r.parents.length === 0 && /animation:\s*mlv-/.test(r.body))) {
      for (const selector of splitSelectors(rule.prelude)) expect(stopped).toContain(selector);
    }
  });
});
