/** Separator names, checks and detection shared by the CSV and Anki plain-text importers. */
import Papa from 'papaparse';

/** The separators offered for CSV, in the order a screen lists them. */
export const CSV_SEPARATORS: readonly string[] = [',', ';', '\t', '|'];

const NAMED: Record<string, string> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  space: ' ',
  pipe: '|',
  colon: ':',
};

/** A name a person reads: "comma", "tab", or the character itself. */
export function describeSeparator(separator: string): string {
  const entry = Object.entries(NAMED).find(([, char]) => char === separator);
  return entry ? entry[0] : JSON.stringify(separator);
}

/** Anki's `#separator:` value (a name in any case, or one literal character), or undefined if unusable. */
export function parseSeparatorName(value: string): string | undefined {
  const named = NAMED[value.toLowerCase()];
  if (named) return named;
  return isUsableSeparator(value) ? value : undefined;
}

/** One character that cannot be confused with quoting or line ends. */
export function isUsableSeparator(value: string): boolean {
  return [...value].length === 1 && value.length === 1 && !/["\r\n\uFEFF]/.test(value);
}

/**
 * Anki's rule when a plain-text file names no separator: the first of tab, pipe, semicolon,
 * colon, comma, space that appears in the first 8 KiB of the body (csv/metadata.rs).
 */
export function detectAnkiSeparator(body: string): string {
  const sample = body.slice(0, 8192);
  for (const candidate of ['\t', '|', ';', ':', ',', ' ']) {
    if (sample.includes(candidate)) return candidate;
  }
  return '\t';
}

/**
 * For generic CSV: the separator among comma, semicolon, tab and pipe that splits the first
 * rows into the most consistent number of columns (papaparse's guesser, given our candidates).
 * Returns undefined when none gives at least 2 columns.
 */
export function detectCsvSeparator(text: string): string | undefined {
  const sample = text.slice(0, 64 * 1024);
  let best: { separator: string; score: number } | undefined;
  for (const separator of CSV_SEPARATORS) {
    const rows = Papa.parse<string[]>(sample, {
      delimiter: separator,
      newline: '\n',
      preview: 20,
      skipEmptyLines: 'greedy',
    }).data;
    // The last row of a sample may be cut short.
    const complete = rows.length > 1 && sample.length < text.length ? rows.slice(0, -1) : rows;
    if (complete.length === 0) continue;
    const counts = complete.map((row) => row.length);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    if (mean < 2) continue;
    const spread = counts.reduce((a, n) => a + Math.abs(n - mean), 0) / counts.length;
    // Consistency first, then more columns; earlier candidates win ties.
    const score = -spread * 10 + Math.min(mean, 10) / 100;
    if (!best || score > best.score) best = { separator, score };
  }
  return best?.separator;
}
