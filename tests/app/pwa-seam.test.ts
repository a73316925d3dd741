import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('service worker seam', () => {
  it('only src/app/pwa.ts imports virtual:pwa-register (an upgrade of the plugin touches one file)', () => {
    const importers = sourceFiles(join(root, 'src'))
      .filter((file) => /from\s+['"]virtual:pwa-register/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file).split('\\').join('/'));
    expect(importers).toEqual(['src/app/pwa.ts']);
  });
});
