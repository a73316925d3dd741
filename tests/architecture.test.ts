/**
 * The layout's rules (../shared/guides/architecture.md), held by a test: dependencies point one
 * way (ui -> app -> storage/import -> domain), and each library has one seam, so an upgrade of
 * it touches one file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path/posix';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Source {
  path: string;
  /** Module specifiers this file imports or re-exports, `import type` and dynamic imports included. */
  imports: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every module a file names: static imports (type-only too), re-exports, side-effect and dynamic imports. */
function importsOf(text: string): string[] {
  const pattern =
    /^\s*(?:import|export)\s+(?:type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...text.matchAll(pattern)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

const toSource = (path: string, text: string): Source => ({ path, imports: importsOf(text) });

const sources: Source[] = sourceFiles(join(root, 'src')).map((file) =>
  toSource(relative(root, file).split('\\').join('/'), readFileSync(file, 'utf8')),
);

const layer = (path: string) => path.split('/')[1]!;
const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  import: ['import', 'domain'],
  storage: ['storage', 'import', 'domain'],
  app: ['app', 'storage', 'import', 'domain'],
  ui: ['ui', 'app', 'domain'],
};

/** "from -> to" for each import that points up or sideways out of its layer. */
function layerViolations(files: readonly Source[], name: string): string[] {
  return files
    .filter((s) => layer(s.path) === name)
    .flatMap((s) =>
      s.imports
        .filter((i) => i.startsWith('.'))
        .map((i) => ({ from: s.path, to: join(s.path, '..', i).split('\\').join('/') }))
        .filter(({ to }) => to.startsWith('src/') && !ALLOWED[name]!.includes(layer(to)))
        .map(({ from, to }) => `${from} -> ${to}`),
    );
}

describe('the checker itself', () => {
  it('counts type-only imports and re-exports, so a screen cannot lean on a storage type', () => {
    const screen = toSource('src/ui/Example.tsx', "import type { AppDb } from '../storage/db';\n");
    expect(layerViolations([screen], 'ui')).toEqual(['src/ui/Example.tsx -> src/storage/db']);
    const reexport = toSource('src/domain/x.ts', "export type { ImportBundle } from '../import/bundle';\n");
    expect(layerViolations([reexport], 'domain')).toEqual(['src/domain/x.ts -> src/import/bundle']);
  });
});

const importersOf = (pattern: RegExp) =>
  sources
    .filter((s) => s.imports.some((i) => pattern.test(i)))
    .map((s) => s.path)
    .sort();

describe('one seam per library', () => {
  it.each([
    [/^ts-fsrs$/, ['src/domain/scheduler.ts']],
    [/^virtual:pwa-register/, ['src/app/pwa.ts']],
    [/^dompurify$/, ['src/ui/sanitize-html.ts']],
  ])('%s is imported by one file only', (pattern, expected) => {
    expect(importersOf(pattern)).toEqual(expected);
  });

  it('idb is imported under src/storage/ only', () => {
    expect(importersOf(/^idb$/).every((path) => path.startsWith('src/storage/'))).toBe(true);
  });
});

describe('dependencies point one way', () => {
  it.each(Object.keys(ALLOWED))('%s imports only from the layers below it', (name) => {
    expect(layerViolations(sources, name)).toEqual([]);
  });

  it('the domain touches no browser storage, DOM library or UI framework', () => {
    const domain = sources.filter((s) => s.path.startsWith('src/domain/'));
    expect(
      domain.flatMap((s) => s.imports.filter((i) => /^(idb|dompurify|preact|@preact\/signals|fflate|sql\.js)/.test(i))),
    ).toEqual([]);
  });
});

describe('the house', () => {
  it('storage only stores: every storage module reads or writes the database or the private file system', () => {
    const storage = sources.filter((s) => s.path.startsWith('src/storage/'));
    const pure = storage.filter(
      (s) =>
        !s.imports.some((i) => i === 'idb' || /^\.\/(db|write-transaction)$/.test(i)) &&
        !/\.getDirectory\(/.test(readFileSync(join(root, s.path), 'utf8')),
    );
    expect(pure.map((s) => s.path)).toEqual([]);
  });

  it('the shell renders screens from the route table, never by name', () => {
    const shell = sources.find((s) => s.path === 'src/ui/App.tsx')!;
    expect(shell.imports).toContain('./routes');
    expect(shell.imports.filter((i) => /Screen$/.test(i))).toEqual([]);
  });

  it('no source file over 300 lines, but for the one-language parsers and renderers', () => {
    // One language: Anki's template language (parser and renderer together).
    const EXEMPT = ['src/domain/anki-template.ts'];
    const long = sourceFiles(join(root, 'src'))
      .map((file) => ({ path: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 300 && !EXEMPT.includes(f.path));
    expect(long).toEqual([]);
  });
});
