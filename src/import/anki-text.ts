/**
 * Anki "Notes in Plain Text" (guide §4): `#` headers, then RFC 4180 records in which any line
 * that begins with "#" is a comment. Field columns: the first regular column is the front, the
 * second the back, and further fields are kept as the card's notes (joined by a line break).
 * Special columns (guid, deck, notetype, tags) are not fields.
 */
import { ankiCardId } from '../domain/anki-identity';
import { ImportError } from '../domain/import-error';
import { parseAnkiHeaders, type AnkiHeaders } from './anki-headers';
import type { ImportBundle, ImportedCard, ImportedDeck } from '../domain/import-bundle';
import {
  countColumns,
  createWarningList,
  deckNameFromFile,
  mergeTags,
  normalizeDeckName,
  splitTags,
} from './import-helpers';
import { looksLikeHtml } from './looks-like-html';
import { normalizeNewlines, readRecords, type ReadOptions, type TextRecord } from './read-records';
import { detectAnkiSeparator } from './separators';

export interface AnkiTextOptions {
  /** The deck when the file names none; default: the file name. */
  deckName?: string;
}

/** What the preview can show about an Anki text file besides its cards. */
export interface AnkiTextInfo {
  separator: string;
  separatorDetected: boolean;
  html: boolean;
  htmlDetected: boolean;
  columnCount: number;
  headers: AnkiHeaders;
}

/** The reading step of an Anki text import, split so it can run in slices. */
export function planAnkiText(text: string, fileName: string, options: AnkiTextOptions = {}) {
  const normalized = normalizeNewlines(text);
  const headers = parseAnkiHeaders(normalized, fileName);
  const body = normalized.slice(headers.bodyStart);
  const separator = headers.separator ?? detectAnkiSeparator(body);
  const read: ReadOptions = { delimiter: separator, comments: true, firstLine: headers.lineCount + 1 };
  const finish = (records: TextRecord[]) => buildAnkiBundle(records, headers, separator, fileName, options);
  return { body, read, finish };
}

/** Parses an Anki "Notes in Plain Text" file into decks and cards. */
export function parseAnkiText(
  text: string,
  fileName: string,
  options: AnkiTextOptions = {},
): { bundle: ImportBundle; info: AnkiTextInfo } {
  const plan = planAnkiText(text, fileName, options);
  return plan.finish(readRecords(plan.body, plan.read));
}

function splitColumns(columns: string, separator: string): string[] {
  // Header names are not quoted in practice; a plain split matches Anki's reader for them.
  return columns.split(separator).map((name) => name.trim());
}

function buildAnkiBundle(
  all: TextRecord[],
  headers: AnkiHeaders,
  separator: string,
  fileName: string,
  options: AnkiTextOptions,
) {
  const records = all.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const columnNames = headers.columns !== undefined ? splitColumns(headers.columns, separator) : undefined;
  const first = records[0];
  // Anki: `#columns` or else the first record fixes the column count; extra cells are ignored.
  const columnCount = columnNames?.length ?? first?.fields.length ?? 0;
  const special = new Set(
    [headers.guidColumn, headers.deckColumn, headers.notetypeColumn, headers.tagsColumn]
      .filter((n): n is number => !!n)
      .map((n) => n - 1),
  );
  let tagsIndex = headers.tagsColumn ? headers.tagsColumn - 1 : undefined;
  if (tagsIndex === undefined && columnNames) {
    const named = columnNames.findIndex((name) => name.toLowerCase() === 'tags');
    if (named >= 0) {
      tagsIndex = named;
      special.add(named);
    }
  }
  const regular = Array.from({ length: columnCount }, (_, i) => i).filter((i) => !special.has(i));
  if (columnNames) {
    // Named columns: "Front" and "Back" win over position.
    const byName = (name: string) => regular.find((i) => columnNames[i]?.toLowerCase() === name);
    const front = byName('front');
    const back = byName('back');
    if (front !== undefined && back !== undefined) regular.sort((a, b) => rank(a) - rank(b));
    function rank(i: number): number {
      return i === front ? -2 : i === back ? -1 : i;
    }
  }
  const [frontIndex, backIndex] = regular;
  if (frontIndex === undefined || backIndex === undefined) {
    if (!first) throw new ImportError(fileName, null, 'the file has no notes to import');
    throw new ImportError(
      fileName,
      `line ${first.line}`,
      `${countColumns(regular.length)}, but the front and back need 2${special.size ? ' besides the guid, deck, notetype and tags columns' : ''}`,
    );
  }
  const need = Math.max(frontIndex, backIndex) + 1;
  const html = headers.html ?? looksLikeHtml(records.slice(0, 5).flatMap((r) => r.fields));
  const format = html ? 'html' : 'text';
  const fallbackDeck =
    normalizeDeckName(headers.deck ?? '') || normalizeDeckName(options.deckName ?? '') || deckNameFromFile(fileName);
  const warnings = createWarningList();
  const decks = new Map<string, ImportedDeck>();
  const guids = new Map<string, number>();
  let clozeWarned = false;
  let row = 0;
  for (const { fields, line } of records) {
    row += 1;
    const where = `line ${line}`;
    const cell = (index: number | undefined): string => (index === undefined ? '' : (fields[index] ?? ''));
    if (fields.length < need) {
      warnings.add(
        where,
        `${where}: ${countColumns(fields.length)}, but the front and back need ${need}; the row is skipped`,
      );
      continue;
    }
    const front = cell(frontIndex).trim();
    const back = cell(backIndex).trim();
    if (front === '' || back === '') {
      const what =
        front === '' && back === '' ? 'the front and back are' : front === '' ? 'the front is' : 'the back is';
      warnings.add(where, `${where}: ${what} empty; the row is skipped`);
      continue;
    }
    const guid = headers.guidColumn ? cell(headers.guidColumn - 1).trim() : '';
    if (guid !== '') {
      const earlier = guids.get(guid);
      if (earlier !== undefined) {
        warnings.add(
          where,
          `${where}: the guid ${JSON.stringify(guid)} is already used on line ${earlier}; the row is skipped`,
        );
        continue;
      }
      guids.set(guid, line);
    }
    const notetype = headers.notetypeColumn ? cell(headers.notetypeColumn - 1) : (headers.notetype ?? '');
    if (!clozeWarned && /cloze/i.test(notetype)) {
      clozeWarned = true;
      warnings.add(where, `${where}: cloze notes are imported as written, the {{c1::…}} markers included`);
    }
    const deckName = normalizeDeckName(headers.deckColumn ? cell(headers.deckColumn - 1) : '') || fallbackDeck;
    let deck = decks.get(deckName);
    if (!deck) {
      deck = { name: deckName, description: '', cards: [] };
      decks.set(deckName, deck);
    }
    const extras = regular
      .slice(2)
      .map((i) => cell(i).trim())
      .filter((v) => v !== '');
    const card: ImportedCard = {
      key: guid !== '' ? guid : `row-${row}`,
      front,
      back,
      format,
      tags: mergeTags(headers.tags, splitTags(cell(tagsIndex))),
    };
    // A row is one note, shown as its first card: the id an .apkg import gives that card.
    if (guid !== '') card.id = ankiCardId(guid, 0);
    if (extras.length > 0) card.notes = extras.join(html ? '<br>' : '\n');
    deck.cards.push(card);
  }
  if (decks.size === 0) {
    const firstWarning = warnings.toArray()[0];
    const reason =
      records.length === 0 ? 'the file has no notes to import' : `no cards: all ${records.length} rows were skipped`;
    throw new ImportError(fileName, null, firstWarning ? `${reason}; first: ${firstWarning.message}` : reason);
  }
  const bundle: ImportBundle = {
    fileName,
    kind: 'anki-text',
    decks: [...decks.values()],
    warnings: warnings.toArray(),
  };
  const info: AnkiTextInfo = {
    separator,
    separatorDetected: headers.separator === undefined,
    html,
    htmlDetected: headers.html === undefined,
    columnCount,
    headers,
  };
  return { bundle, info };
}
