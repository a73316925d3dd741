/**
 * Generic CSV/TSV (spreadsheets, other apps). Step 1, `parseCsv`: records, separator, header
 * and a column-mapping guess (the preview). Step 2, `buildCsvBundle`: preview + mapping -> cards.
 *
 * Short rows: a row with too few columns for the mapped front and back is skipped with a
 * warning when it is the exception; when more than half of the rows are short, the file is
 * rejected with an ImportError naming the first short line, since the separator or mapping is
 * then almost surely wrong (e.g. a file with one column everywhere).
 */
import { ImportError } from '../domain/import-error';
import type { ImportBundle, ImportedCard, ImportedDeck } from '../domain/import-bundle';
import { countUsedColumns, guessColumnMapping, looksLikeHeader, type ColumnMapping } from './column-mapping';
import { countColumns, createWarningList, deckNameFromFile, normalizeDeckName, splitTags } from './import-helpers';
import { looksLikeHtml } from './looks-like-html';
import { normalizeNewlines, readRecords, type ReadOptions, type TextRecord } from './read-records';
import { describeSeparator, detectCsvSeparator, isUsableSeparator } from './separators';

export interface CsvOptions {
  /** A single character; undefined: detected among comma, semicolon, tab and pipe. */
  separator?: string;
  /** undefined: detected from the first row's names. */
  hasHeader?: boolean;
  /** Columns the user chose; the rest are guessed. */
  mapping?: Partial<ColumnMapping>;
  /** undefined: HTML if the first rows contain tags or entities. */
  html?: boolean;
  /** The deck for rows without a deck column; default: the file name. */
  deckName?: string;
}

/** What the import screen shows before the user confirms, and what step 2 needs. */
export interface CsvPreview {
  fileName: string;
  separator: string;
  separatorDetected: boolean;
  hasHeader: boolean;
  headerDetected: boolean;
  /** The header's names, or "Column 1", "Column 2", ... */
  columnNames: string[];
  mapping: ColumnMapping;
  html: boolean;
  deckName: string;
  /** Data records (the header excluded), each with its line in the file. */
  records: TextRecord[];
}

/** The reading step of a CSV import, split so it can run in slices; `finish` makes the preview. */
export function planCsv(text: string, fileName: string, options: CsvOptions = {}) {
  const body = normalizeNewlines(text);
  if (options.separator !== undefined && !isUsableSeparator(options.separator)) {
    throw new ImportError(
      fileName,
      null,
      `the separator ${JSON.stringify(options.separator)} cannot be used: choose one character other than a quote or a line break`,
    );
  }
  const detected = options.separator === undefined ? detectCsvSeparator(body) : undefined;
  const separator = options.separator ?? detected ?? ',';
  const read: ReadOptions = { delimiter: separator, comments: false };
  const finish = (all: TextRecord[]): CsvPreview => previewCsvRecords(all, fileName, separator, detected, options);
  return { body, read, finish };
}

/**
 * The preview of records already read: header, columns and mapping. A screen that changes the
 * header or the mapping calls this again on the same records; nothing is read again.
 */
export function previewCsvRecords(
  all: readonly TextRecord[],
  fileName: string,
  separator: string,
  detected: string | undefined,
  options: CsvOptions,
): CsvPreview {
  const records = all.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const first = records[0];
  const headerDetected =
    first !== undefined &&
    looksLikeHeader(
      first.fields,
      records.slice(1).map((r) => r.fields),
    );
  const hasHeader = options.hasHeader ?? headerDetected;
  const data = hasHeader ? records.slice(1) : records;
  // Spreadsheet exports pad every row with empty cells: a column that is empty everywhere is not one.
  const columnCount = Math.max(countUsedColumns(records.map((r) => r.fields)), 2);
  const names = hasHeader && first ? first.fields.slice(0, columnCount).map((f) => f.trim()) : [];
  const columnNames = Array.from({ length: columnCount }, (_, i) => names[i] || `Column ${i + 1}`);
  const sample = data.slice(0, 5).flatMap((r) => r.fields);
  return {
    fileName,
    separator,
    separatorDetected: options.separator === undefined && detected !== undefined,
    hasHeader,
    headerDetected,
    columnNames,
    mapping: guessColumnMapping(
      hasHeader ? columnNames.map((name, i) => (names[i] ? name : '')) : null,
      columnCount,
      options.mapping,
      data.map((r) => r.fields),
    ),
    html: options.html ?? looksLikeHtml(sample),
    deckName: normalizeDeckName(options.deckName ?? '') || deckNameFromFile(fileName),
    records: data,
  };
}

/** Step 1: reads a CSV/TSV file into a preview (separator, header, columns, mapping guess). */
export function parseCsv(text: string, fileName: string, options: CsvOptions = {}): CsvPreview {
  const plan = planCsv(text, fileName, options);
  return plan.finish(readRecords(plan.body, plan.read));
}

function describeNeed(mapping: ColumnMapping): string {
  return `the front and back need ${Math.max(mapping.front, mapping.back) + 1}`;
}

/** Step 2: turns the preview's records into decks and cards with the given column mapping. */
export function buildCsvBundle(preview: CsvPreview, mapping: ColumnMapping = preview.mapping): ImportBundle {
  const { fileName } = preview;
  for (const [role, index] of Object.entries(mapping)) {
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index >= preview.columnNames.length)) {
      throw new ImportError(
        fileName,
        null,
        `the ${role} is mapped to column ${Number(index) + 1}, but the file has ${countColumns(preview.columnNames.length)}`,
      );
    }
  }
  const need = Math.max(mapping.front, mapping.back) + 1;
  const short = preview.records.filter((r) => r.fields.length < need);
  const firstShort = short[0];
  if (firstShort && short.length * 2 > preview.records.length) {
    throw new ImportError(
      fileName,
      `line ${firstShort.line}`,
      `${countColumns(firstShort.fields.length)}, but ${describeNeed(mapping)} (the separator is ${describeSeparator(preview.separator)}; is that right?)`,
    );
  }
  const warnings = createWarningList();
  const decks = new Map<string, ImportedDeck>();
  const format = preview.html ? 'html' : 'text';
  let row = 0;
  for (const record of preview.records) {
    row += 1;
    const { fields, line } = record;
    const where = `line ${line}`;
    if (fields.length < need) {
      warnings.add(where, `${where}: ${countColumns(fields.length)}, but ${describeNeed(mapping)}; the row is skipped`);
      continue;
    }
    const front = (fields[mapping.front] ?? '').trim();
    const back = (fields[mapping.back] ?? '').trim();
    if (front === '' || back === '') {
      const what =
        front === '' && back === '' ? 'the front and back are' : front === '' ? 'the front is' : 'the back is';
      warnings.add(where, `${where}: ${what} empty; the row is skipped`);
      continue;
    }
    const cell = (index: number | undefined): string => (index === undefined ? '' : (fields[index] ?? '').trim());
    const deckName = normalizeDeckName(cell(mapping.deck)) || preview.deckName;
    let deck = decks.get(deckName);
    if (!deck) {
      deck = { name: deckName, description: '', cards: [] };
      decks.set(deckName, deck);
    }
    const notes = cell(mapping.notes);
    const card: ImportedCard = { key: `row-${row}`, front, back, format, tags: splitTags(cell(mapping.tags), true) };
    if (notes !== '') card.notes = notes;
    deck.cards.push(card);
  }
  if (decks.size === 0) {
    const reason =
      preview.records.length === 0
        ? 'the file has no rows to import'
        : `no cards: all ${preview.records.length} rows were skipped (see the warnings)`;
    const first = warnings.toArray()[0];
    throw new ImportError(fileName, null, first ? `${reason}; first: ${first.message}` : reason);
  }
  return { fileName, kind: 'csv', decks: [...decks.values()], warnings: warnings.toArray() };
}
