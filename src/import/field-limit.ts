/**
 * The 1 MB field limit (domain/field-size.ts) for CSV and Anki text: one huge field made the
 * CSV reader work for minutes (it re-reads an unfinished field with every slice), so the text is
 * scanned once, reading quotes as that reader does, before it starts.
 */
import { describeOversizedField, MAX_FIELD_CHARS } from '../domain/field-size';
import { ImportError } from '../domain/import-error';

export interface OversizedField {
  /** The line the field starts on. */
  line: number;
  /** Its length in characters (at least; the scan stops counting at the end of the text). */
  length: number;
}

const QUOTE = 34;
const NEWLINE = 10;
const HASH = 35;

/**
 * The first field longer than `max` in `text` (newlines already "\n"), reading quotes as the CSV
 * reader does: a field that starts with a quote runs to a quote followed by the separator, a
 * line end or the end; "" inside it is a quote. Lines starting with "#" are skipped when
 * `comments`. Returns null when every field fits.
 */
export function findOversizedField(
  text: string,
  delimiter: string,
  { comments = false, firstLine = 1, max = MAX_FIELD_CHARS } = {},
): (OversizedField & { quoted: boolean }) | null {
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = firstLine;
  let atRecordStart = true;
  while (i < n) {
    if (atRecordStart && comments && text.charCodeAt(i) === HASH) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
      line += 1;
      continue;
    }
    const fieldLine = line;
    const start = i;
    const quoted = text.charCodeAt(i) === QUOTE;
    if (quoted) {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          j = n;
          break;
        }
        const next = text.charCodeAt(q + 1);
        if (next === QUOTE) j = q + 2;
        else if (q + 1 >= n || next === sep || next === NEWLINE) {
          j = q + 1;
          break;
        } else j = q + 1;
      }
      for (let k = text.indexOf('\n', i); k >= 0 && k < j; k = text.indexOf('\n', k + 1)) line += 1;
      i = j;
    }
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === sep || c === NEWLINE) break;
      i += 1;
    }
    if (i - start > max) return { line: fieldLine, length: i - start, quoted };
    if (i >= n) break;
    atRecordStart = text.charCodeAt(i) === NEWLINE;
    if (atRecordStart) line += 1;
    i += 1;
  }
  return null;
}

/** Throws ImportError naming the line when a field of the text is over the limit. */
export function checkFieldSizes(
  text: string,
  fileName: string,
  delimiter: string,
  options: { comments?: boolean; firstLine?: number } = {},
): void {
  const found = findOversizedField(text, delimiter, options);
  if (found) throw new ImportError(fileName, `line ${found.line}`, describeOversizedField(found.length, found.quoted));
}
