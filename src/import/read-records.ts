/**
 * The one place that drives papaparse: RFC 4180 records with the physical line each starts on,
 * read synchronously or in slices that yield to the event loop (progress and cancel).
 */
import Papa from 'papaparse';
import { createAbortError } from './worker-job';

/** One parsed record and the 1-based line of the file it starts on. */
export interface TextRecord {
  line: number;
  fields: string[];
}

export interface ReadOptions {
  /** A single character. */
  delimiter: string;
  /** Skip lines that begin with "#" (Anki's plain-text rule), even in the body. */
  comments: boolean;
  /** The line number of the first line of `text` (header lines that come before it). */
  firstLine?: number;
  /** Characters per slice; small values only in tests, to force slice boundaries. */
  chunkSize?: number;
}

export interface SliceHooks {
  /** Called after each slice with characters done so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between slices: true stops the read with an AbortError. */
  isCancelled?: () => boolean;
}

const DEFAULT_CHUNK = 512 * 1024;

/** Removes a UTF-8 BOM and makes every line end "\n", so lines count the same everywhere. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Assigns start lines to the rows papaparse returns. Papaparse gives only a cursor per chunk,
 * so we walk the text: skip the comment lines it skipped, then as many newlines as the row
 * holds (quoted newlines stay in the field values) plus the one that ends it.
 */
function createLineTracker(text: string, comments: boolean, firstLine: number) {
  let pos = 0;
  let line = firstLine;
  const skipLine = (): void => {
    const nl = text.indexOf('\n', pos);
    pos = nl < 0 ? text.length : nl + 1;
    line += 1;
  };
  return {
    place(fields: string[]): number {
      while (comments && pos < text.length && text.charCodeAt(pos) === 35 /* # */) skipLine();
      const start = line;
      let newlines = 0;
      for (const field of fields) {
        for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) newlines += 1;
      }
      for (let k = 0; k <= newlines && pos < text.length; k += 1) skipLine();
      return start;
    },
    /** Re-anchors on papaparse's own cursor at the end of a chunk, should our walk drift. */
    sync(cursor: number): void {
      if (cursor === pos || cursor > text.length) return;
      let count = 0;
      for (let i = text.indexOf('\n'); i >= 0 && i < cursor; i = text.indexOf('\n', i + 1)) count += 1;
      pos = cursor;
      line = firstLine + count;
    },
  };
}

function papaConfig(options: ReadOptions) {
  return {
    delimiter: options.delimiter,
    newline: '\n' as const,
    quoteChar: '"',
    escapeChar: '"',
    comments: options.comments ? '#' : (false as const),
    skipEmptyLines: false,
    chunkSize: options.chunkSize ?? DEFAULT_CHUNK,
  };
}

/** Reads all records of already-normalized text at once. */
export function readRecords(text: string, options: ReadOptions): TextRecord[] {
  const records: TextRecord[] = [];
  const tracker = createLineTracker(text, options.comments, options.firstLine ?? 1);
  Papa.parse<string[]>(text, {
    ...papaConfig(options),
    chunk(results: Papa.ParseResult<string[]>) {
      for (const fields of results.data) records.push({ line: tracker.place(fields), fields });
      tracker.sync(results.meta.cursor);
    },
    // Unpaused, papaparse reads a string synchronously: complete has run before parse returns.
    complete() {},
  });
  return records;
}

/** Reads records slice by slice, yielding to the event loop between slices. */
export function readRecordsInSlices(text: string, options: ReadOptions, hooks: SliceHooks = {}): Promise<TextRecord[]> {
  return new Promise((resolve, reject) => {
    const records: TextRecord[] = [];
    const tracker = createLineTracker(text, options.comments, options.firstLine ?? 1);
    let stopped = false;
    Papa.parse<string[]>(text, {
      ...papaConfig(options),
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        if (stopped) return;
        if (hooks.isCancelled?.()) {
          stopped = true;
          parser.abort();
          reject(createAbortError());
          return;
        }
        for (const fields of results.data) records.push({ line: tracker.place(fields), fields });
        tracker.sync(results.meta.cursor);
        hooks.onProgress?.(Math.min(results.meta.cursor, text.length), text.length);
        parser.pause();
        // A macrotask, so a worker sees a "cancel" message and a page stays responsive.
        setTimeout(() => {
          if (hooks.isCancelled?.()) {
            stopped = true;
            parser.abort();
            reject(createAbortError());
          } else parser.resume();
        }, 0);
      },
      complete() {
        if (stopped) return;
        stopped = true;
        hooks.onProgress?.(text.length, text.length);
        resolve(records);
      },
      error(error: Error) {
        stopped = true;
        reject(error);
      },
    });
  });
}
