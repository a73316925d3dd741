/**
 * The layout's rules (../shared/guides/architecture.md), held by a test: dependencies point one
 * way (ui -> app -> storage/import -> domain), and each library has one seam, so an upgrade of
 * it touches one file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Source {
  path: string;
  /** Module specifiers this file imports at run time (type-only imports left out). */
  imports: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const sources: Source[] = sourceFiles(join(root, 'src')).map((file) => {
  const text = readFileSync(file, 'utf8');
  const imports = [...text.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)]
    .filter((m) => !m[1])
    .map((m) => (m[2] ?? m[3] ?? m[4])!);
  return { path: relative(root, file).split('\\').join('/'), imports };
});

const importersOf = (pattern: RegExp) => sources.filter((s) => s.imports.some((i) => pattern.test(i))).map((s) => s.path).sort();

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
  const layer = (path: string) => path.split('/')[1]!;
  const allowed: Record<string, string[]> = {
    domain: ['domain'],
    import: ['import', 'domain'],
    storage: ['storage', 'import', 'domain'],
    app: ['app', 'storage', 'import', 'domain'],
    ui: ['ui', 'app', 'domain'],
  };

  it.each(Object.keys(allowed))('%s imports only from the layers below it', (name) => {
    const offending = sources
      .filter((s) => layer(s.path) === name)
      .flatMap((s) =>
        s.imports
          .filter((i) => i.startsWith('.'))
          .map((i) => ({ from: s.path, to: relative(root, join(root, s.path, '..', i)).split('\\').join('/') }))
          .filter(({ to }) => to.startsWith('src/') && !allowed[name]!.includes(layer(to)))
          .map(({ from, to }) => `${from} -> ${to}`),
      );
    expect(offending).toEqual([]);
  });

  it('the domain touches no browser storage, DOM library or UI framework', () => {
    const domain = sources.filter((s) => s.path.startsWith('src/domain/'));
    expect(domain.flatMap((s) => s.imports.filter((i) => /^(idb|dompurify|preact|@preact\/signals|fflate|sql\.js)/.test(i)))).toEqual([]);
  });
});
