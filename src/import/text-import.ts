/** The one entry for text files: sniff the format, parse, and return a bundle with its preview data. */
import type { ImportPlan } from '../domain/import-plan';
import { planAnkiText, type AnkiTextInfo } from './anki-text';
import type { ImportBundle } from '../domain/import-bundle';
import type { ColumnMapping } from './column-mapping';
import { buildCsvBundle, planCsv, type CsvPreview } from './csv';
import { checkFieldSizes } from './field-limit';
import { parseJsonDeck } from './json-deck';
import { parseQuizlet, type QuizletOptions } from './quizlet';
import { readRecords, readRecordsInSlices, type ReadOptions, type SliceHooks, type TextRecord } from './read-records';
import { detectTextFormat, type TextFormat } from './text-format';

export interface TextImportOptions {
  /** undefined: detected by detectTextFormat. Quizlet must be chosen. */
  format?: TextFormat;
  /** CSV: one character; undefined: detected. */
  separator?: string;
  /** CSV: undefined: detected from the first row. */
  hasHeader?: boolean;
  /** CSV: columns the user chose (0-based); the rest are guessed. */
  mapping?: Partial<ColumnMapping>;
  /** CSV: treat cells as HTML; undefined: detected. */
  html?: boolean;
  /** CSV, Quizlet, Anki text without `#deck`: the deck name; default the file name. */
  deckName?: string;
  quizlet?: Omit<QuizletOptions, 'deckName'>;
}

/** Everything an import screen shows before the user confirms; `bundle` is what gets written. */
export interface TextImportPreview {
  format: TextFormat;
  formatDetected: boolean;
  bundle: ImportBundle;
  /**
   * CSV only: separator, header, column names and mapping. Its records let a screen re-map with
   * buildCsvBundle, except when the preview came from the import worker (they are left there).
   */
  csv?: CsvPreview;
  /** Anki text only: the separator and html mode in effect, and the headers read. */
  anki?: AnkiTextInfo;
  /**
   * From a worker that reads the database (import-handler.ts): what importing would do and its
   * size estimate. `bundle` then holds only the first cards of each deck; the rest stay in the
   * worker, which writes them (TextImportSession.write).
   */
  planned?: { plan: ImportPlan; estimatedBytes: number };
}

/** How a text file is read (its records) and what is made of the records (the preview). */
export interface TextImportPlan {
  body?: { text: string; read: ReadOptions };
  /** Plans with the same key read the same records: only `finish` differs (header, mapping, deck, html). */
  readKey: string;
  finish(records: TextRecord[]): TextImportPreview;
}

type Plan = TextImportPlan;

/**
 * Plans the import of a text file with these options (nothing is read yet). A field over the
 * 1 MB limit is refused here, before the CSV reader starts: one huge field makes it work for minutes.
 */
export function planTextImport(fileName: string, text: string, options: TextImportOptions): Plan {
  const plan = planFormat(fileName, text, options);
  if (plan.body)
    checkFieldSizes(plan.body.text, fileName, plan.body.read.delimiter, {
      comments: plan.body.read.comments,
      firstLine: plan.body.read.firstLine ?? 1,
    });
  return plan;
}

function planFormat(fileName: string, text: string, options: TextImportOptions): Plan {
  const format = options.format ?? detectTextFormat(fileName, text);
  const formatDetected = options.format === undefined;
  switch (format) {
    case 'json':
      return { readKey: format, finish: () => ({ format, formatDetected, bundle: parseJsonDeck(text, fileName) }) };
    case 'quizlet':
      return {
        readKey: format,
        finish: () => ({
          format,
          formatDetected,
          bundle: parseQuizlet(text, fileName, { ...options.quizlet, deckName: options.deckName }),
        }),
      };
    case 'anki-text': {
      const plan = planAnkiText(text, fileName, { deckName: options.deckName });
      return {
        body: { text: plan.body, read: plan.read },
        readKey: JSON.stringify([format, plan.read]),
        finish: (records) => {
          const { bundle, info } = plan.finish(records);
          return { format, formatDetected, bundle, anki: info };
        },
      };
    }
    case 'csv': {
      const plan = planCsv(text, fileName, options);
      return {
        body: { text: plan.body, read: plan.read },
        readKey: JSON.stringify([format, plan.read]),
        finish: (records) => {
          const csv = plan.finish(records);
          return { format, formatDetected, bundle: buildCsvBundle(csv), csv };
        },
      };
    }
  }
}

/** Parses a text file (JSON deck, Anki plain text, CSV/TSV, Quizlet) into a preview; throws ImportError. */
export function previewTextImport(fileName: string, text: string, options: TextImportOptions = {}): TextImportPreview {
  const plan = planTextImport(fileName, text, options);
  return plan.finish(plan.body ? readRecords(plan.body.text, plan.body.read) : []);
}

/** As previewTextImport, but reads in slices that report progress and can be cancelled (AbortError). */
export async function previewTextImportInSlices(
  fileName: string,
  text: string,
  options: TextImportOptions = {},
  hooks: SliceHooks & { chunkSize?: number } = {},
): Promise<TextImportPreview> {
  const plan = planTextImport(fileName, text, options);
  if (!plan.body) {
    hooks.onProgress?.(text.length, text.length);
    return plan.finish([]);
  }
  const read = hooks.chunkSize ? { ...plan.body.read, chunkSize: hooks.chunkSize } : plan.body.read;
  const records = await readRecordsInSlices(plan.body.text, read, hooks);
  return plan.finish(records);
}

/** Parses a text file straight into the bundle to write; throws ImportError naming file, line and reason. */
export function parseTextImport(fileName: string, text: string, options: TextImportOptions = {}): ImportBundle {
  return previewTextImport(fileName, text, options).bundle;
}
