/** The scale benchmark's table (figures beside their targets) and its JSON. */
import type { FirstPaint } from './first-paint';

export interface SizeFigures {
  size: number;
  /** First open after seeding: the schema upgrade (if any) and the built-in decks, to the deck list. */
  firstOpenMs: number;
  deckListMs: number;
  firstCardMs: number;
  grade: { count: number; p50: number; p95: number };
  queue: { count: number; p50: number; p95: number; max: number };
  csv: {
    previewMs: number;
    writeMs: number;
    endToEndMs: number;
    worstGapMs: number;
    longTasks: number;
    longestTaskMs: number;
    /** The app's own measures of the import's steps (prepdeck:import-*). */
    phases: { plan: number; safetyBackup: number; write: number; reload: number };
  };
  heapMb: number;
  indexedDbMb: number;
  lcpMs: number;
  cls: number;
}

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '-');
const num = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

/** Prints the table and the JSON; returns the JSON. */
export function printReport(figures: SizeFigures[], firstPaint: FirstPaint): string {
  const at = (size: number) => figures.find((f) => f.size === size);
  const small = at(10_000);
  const rows: [string, (f: SizeFigures) => string, string][] = [
    ['first open after seeding (upgrade + built-in decks)', (f) => ms(f.firstOpenMs), ''],
    ['navigation -> deck list (median of 3)', (f) => ms(f.deckListMs), ''],
    [
      'navigation -> first card (median of 3)',
      (f) => ms(f.firstCardMs),
      `<= 300 ms at 10k; <= ${small ? ms(small.firstCardMs * 1.5) : '1.5x 10k'} at 100k`,
    ],
    [
      'grade -> next card p50 / p95',
      (f) => `${ms(f.grade.p50)} / ${ms(f.grade.p95)} (${f.grade.count})`,
      `p95 <= 16 ms at 50k; <= ${small ? ms(small.grade.p95 * 1.5) : '1.5x 10k'} at 100k`,
    ],
    [
      'due-queue p50 / p95 / max',
      (f) => `${num(f.queue.p50)} / ${num(f.queue.p95)} / ${num(f.queue.max)} ms`,
      '<= 20 ms at 100k',
    ],
    [
      '50k CSV end to end (preview + write)',
      (f) => `${ms(f.csv.endToEndMs)} (${ms(f.csv.previewMs)} + ${ms(f.csv.writeMs)})`,
      '<= 5 s (stretch 2 s)',
    ],
    [
      '50k CSV steps: plan / safety backup / write / reload',
      (f) =>
        [f.csv.phases.plan, f.csv.phases.safetyBackup, f.csv.phases.write, f.csv.phases.reload].map(ms).join(' / '),
      '',
    ],
    ['50k CSV worst frame gap', (f) => ms(f.csv.worstGapMs), '<= 100 ms'],
    ['50k CSV long tasks (count, longest)', (f) => `${f.csv.longTasks}, ${ms(f.csv.longestTaskMs)}`, 'none over 50 ms'],
    ['JS heap after start', (f) => `${num(f.heapMb)} MB`, ''],
    ['IndexedDB size', (f) => `${num(f.indexedDbMb)} MB`, ''],
    ['LCP (home, cold)', (f) => ms(f.lcpMs), '<= 1.0 s'],
    ['CLS (home, cold)', (f) => num(f.cls, 3), '0'],
  ];
  const header = ['figure', ...figures.map((f) => `${f.size / 1000}k cards`), 'target'];
  const lines = rows.map(([name, value, target]) => [name, ...figures.map(value), target]);
  lines.push([
    'first paint, gzip JS + CSS (from dist)',
    ...figures.map(() => `${num(firstPaint.totalGzipBytes / 1024)} KB`),
    '<= 35 KB',
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((row) => row[i]!.length)));
  const format = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
  console.log(
    `first-paint files: ${firstPaint.files.map((f) => `${f.file} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}`,
  );
  const json = JSON.stringify({ figures, firstPaint }, null, 2);
  console.log(json);
  return json;
}
