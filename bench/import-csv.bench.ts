/**
 * How long a 50,000-row CSV takes to import (parse, map, build the bundle). Run: npm run bench.
 * Figures only: no test asserts a time.
 */
import { bench, describe } from 'vitest';
import { previewTextImportInSlices, parseTextImport } from '../src/import/text-import';

const ROWS = 50_000;

function makeCsv(rows: number): string {
  const lines = ['Question,Answer,Tags,Notes'];
  for (let i = 0; i < rows; i += 1) {
    // Every fifth row has a quoted field with a comma, a doubled quote and a newline.
    const front =
      i % 5 === 0
        ? `"Question ${i}, with ""quotes""\nand a second line"`
        : `Question ${i}: what does a product ops lead do first?`;
    lines.push(`${front},Answer ${i} explains the trade-off in one or two sentences.,ops tag${i % 7},note ${i}`);
  }
  return lines.join('\r\n');
}

const text = makeCsv(ROWS);
const started = performance.now();
const bundle = parseTextImport('bench.csv', text);
console.log(
  `${ROWS} rows, ${(text.length / 1e6).toFixed(1)} MB: ${bundle.decks[0]?.cards.length} cards in ${(performance.now() - started).toFixed(0)} ms (first run)`,
);

describe(`CSV import, ${ROWS} rows`, () => {
  bench(
    'parseTextImport (one go)',
    () => {
      parseTextImport('bench.csv', text);
    },
    { iterations: 5 },
  );

  bench(
    'previewTextImportInSlices (as the worker runs it)',
    async () => {
      await previewTextImportInSlices('bench.csv', text);
    },
    { iterations: 5 },
  );
});
