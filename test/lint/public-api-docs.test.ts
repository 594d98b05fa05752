// @vitest-environment node
/**
 * The project standard "no `any` in the public API; public props documented with JSDoc (defaults
 * included)", enforced over everything src/index.ts exports (re-exports followed by the type
 * checker). Reads src, not dist: `npm test` runs the unit suite before the build.
 */
import { relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = resolve(ROOT, 'src');
const ENTRY = resolve(SRC, 'index.ts');

// What a host writes or passes in: every optional property says what happens when it is left out.
const INPUT_NAME = /(Props|Options)$/;
const INPUT_TYPES = new Set(['MigrationLogDataSource', 'MigrationLogExtraColumn']);

// The project's ways of stating a default: the `@default` tag (`@default none` for callbacks and
// optional methods), "Default: …", "… by default", or saying what happens when it is missing.
const STATES_DEFAULT =
  /\bdefaults?\b|\botherwise\b|\bwhen (missing|omitted|not given)\b|\bmissing means\b|\bwithout it\b/i;

interface Finding {
  file: string;
  name: string;
}

function program(): { checker: ts.TypeChecker; exports: ts.Symbol[] } {
  const config = ts.readConfigFile(resolve(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const built = ts.createProgram([ENTRY], { ...options, noEmit: true });
  const checker = built.getTypeChecker();
  const entry = built.getSourceFile(ENTRY);
  const module = entry && checker.getSymbolAtLocation(entry);
  if (!module) throw new Error(`cannot read ${ENTRY}`);
  return { checker, exports: checker.getExportsOfModule(module) };
}

const { checker, exports } = program();

const resolved = (symbol: ts.Symbol) =>
  symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
const ownDeclarations = (symbol: ts.Symbol) =>
  (symbol.declarations ?? []).filter((node) => node.getSourceFile().fileName.startsWith(SRC));
const fileOf = (node: ts.Node) => relative(ROOT, node.getSourceFile().fileName);
const docOf = (symbol: ts.Symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
const list = (findings: Finding[]) => [...new Set(findings.map(({ name, file }) => `${name} (${file})`))].sort();

/**
 * The properties (inherited ones too) of an exported interface or object type alias, where they are
 * written in a type in src/; each named after the type that declares it, so it is reported once.
 */
function propertiesOf(symbol: ts.Symbol): Array<{ name: string; node: ts.Declaration; optional: boolean }> {
  if (!(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) return [];
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  return (type.isUnion() ? type.types : [type])
    .flatMap((part) => checker.getPropertiesOfType(part))
    .flatMap((property) =>
      ownDeclarations(property)
        .filter((node) => ts.isPropertySignature(node) || ts.isMethodSignature(node))
        .map((node) => ({
          name: `${ownerOf(node) ?? symbol.name}.${property.name}`,
          node,
          optional: Boolean(property.flags & ts.SymbolFlags.Optional),
        })),
    );
}

function ownerOf(node: ts.Node): string | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isInterfaceDeclaration(parent) || ts.isTypeAliasDeclaration(parent)) return parent.name.text;
  }
  return undefined;
}

/** JSDoc text of a property, tags included (`@default x` is a tag, not part of the summary). */
function propertyDoc(node: ts.Declaration): { summary: string; tags: readonly ts.JSDocTag[] } {
  const symbol = checker.getSymbolAtLocation(ts.getNameOfDeclaration(node) ?? node);
  return { summary: symbol ? docOf(symbol) : '', tags: ts.getJSDocTags(node) };
}

/** An explicit `any` in a declaration; function bodies are implementation, not signature. */
function hasAny(node: ts.Node): boolean {
  if (node.kind === ts.SyntaxKind.AnyKeyword) return true;
  const body = ts.isFunctionLike(node) && 'body' in node ? node.body : undefined;
  return ts.forEachChild(node, (child) => (child !== body && hasAny(child)) || undefined) ?? false;
}

const symbols = exports.map((exported) => ({ name: exported.name, symbol: resolved(exported) }));

describe('public API (everything src/index.ts exports)', () => {
  it('reads the entry and finds the components, hooks and data-source contract', () => {
    const names = symbols.map(({ name }) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        'MigrationLogView',
        'useMigrationLogs',
        'MigrationLogDataSource',
        'MigrationLogViewProps',
      ]),
    );
  });

  it('documents every exported declaration with a JSDoc summary', () => {
    const missing = symbols
      .filter(({ symbol }) => docOf(symbol) === '')
      .flatMap(({ name, symbol }) =>
        ownDeclarations(symbol)
          .slice(0, 1)
          .map((node) => ({ name, file: fileOf(node) })),
      );
    expect(list(missing), 'add a /** summary */ above each').toEqual([]);
  });

  it('documents every property of every exported interface and object type', () => {
    const missing = symbols.flatMap(({ symbol }) =>
      propertiesOf(symbol)
        .filter(({ node }) => propertyDoc(node).summary === '')
        .map(({ name, node }) => ({ name, file: fileOf(node) })),
    );
    expect(list(missing), 'add a /** … */ above each property').toEqual([]);
  });

  it('states the default of every optional property of props, options and the data-source contract', () => {
    const inputs = symbols.filter(({ name }) => INPUT_NAME.test(name) || INPUT_TYPES.has(name));
    expect(inputs.length).toBeGreaterThan(10);
    const missing = inputs.flatMap(({ symbol }) =>
      propertiesOf(symbol)
        .filter(({ optional }) => optional)
        .filter(({ node }) => {
          const { summary, tags } = propertyDoc(node);
          return !tags.some((tag) => tag.tagName.text === 'default') && !STATES_DEFAULT.test(summary);
        })
        .map(({ name, node }) => ({ name, file: fileOf(node) })),
    );
    expect(list(missing), 'say what happens when it is left out, e.g. `@default 25` or `@default none`').toEqual([]);
  });

  it('writes no `any` in an exported declaration or its properties', () => {
    const offending = symbols.flatMap(({ name, symbol }) => [
      ...ownDeclarations(symbol)
        .filter(hasAny)
        .map((node) => ({ name, file: fileOf(node) })),
      ...propertiesOf(symbol)
        .filter(({ node }) => hasAny(node))
        .map((property) => ({ name: property.name, file: fileOf(property.node) })),
    ]);
    expect(list(offending), 'use `unknown` or a real type').toEqual([]);
  });
});
