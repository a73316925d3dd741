/**
 * Quizlet's export: a term, a separator, a definition; rows divided by another separator
 * (defaults tab and newline; the user may pick "," ";" or any text such as "---"). Quizlet
 * does no quoting or escaping, so a plain split is the faithful reading; a term is cut at the
 * first term separator, so a definition may contain it.
 */
import { ImportError } from '../domain/import-error';
import type { ImportBundle, ImportedCard } from '../domain/import-bundle';
import { createWarningList, deckNameFromFile, normalizeDeckName } from './import-helpers';
import { normalizeNewlines } from './read-records';
import { describeSeparator } from './separators';
import { describeOversizedField, MAX_FIELD_CHARS } from '../domain/field-size';

export interface QuizletOptions {
  /** Between term and definition; default tab. */
  termSeparator?: string;
  /** Between rows; default a line break. */
  rowSeparator?: string;
  deckName?: string;
}

/** Parses text exported from Quizlet with the given separators into one deck. */
export function parseQuizlet(text: string, fileName: string, options: QuizletOptions = {}): ImportBundle {
  const termSeparator = normalizeNewlines(options.termSeparator ?? '\t');
  const rowSeparator = normalizeNewlines(options.rowSeparator ?? '\n');
  if (termSeparator === '' || rowSeparator === '')
    throw new ImportError(
      fileName,
      null,
      'the separators between term and definition and between rows cannot be empty',
    );
  if (termSeparator === rowSeparator)
    throw new ImportError(
      fileName,
      null,
      'the separator between term and definition must differ from the one between rows',
    );
  const body = normalizeNewlines(text);
  const warnings = createWarningList();
  const cards: ImportedCard[] = [];
  const missing: number[] = [];
  let rows = 0;
  let pos = 0;
  let line = 1;
  let row = 0;
  while (pos <= body.length) {
    const end = body.indexOf(rowSeparator, pos);
    const stop = end < 0 ? body.length : end;
    const chunk = body.slice(pos, stop);
    const startLine = line + leadingNewlines(chunk);
    row += 1;
    if (chunk.trim() !== '') {
      rows += 1;
      const where = `line ${startLine}`;
      const cut = chunk.indexOf(termSeparator);
      if (cut < 0) {
        missing.push(startLine);
        warnings.add(
          where,
          `${where}: no ${describeSeparator(termSeparator)} between term and definition; the row is skipped`,
        );
      } else {
        const front = chunk.slice(0, cut).trim();
        const back = chunk.slice(cut + termSeparator.length).trim();
        const longest = Math.max(front.length, back.length);
        if (longest > MAX_FIELD_CHARS) throw new ImportError(fileName, where, describeOversizedField(longest, false));
        if (front === '' || back === '') {
          warnings.add(where, `${where}: the ${front === '' ? 'term' : 'definition'} is empty; the row is skipped`);
        } else {
          cards.push({ key: `row-${row}`, front, back, format: 'text', tags: [] });
        }
      }
    }
    line += countNewlines(body, pos, end < 0 ? body.length : end + rowSeparator.length);
    if (end < 0) break;
    pos = end + rowSeparator.length;
  }
  const firstMissing = missing[0];
  if (firstMissing !== undefined && missing.length * 2 > rows) {
    throw new ImportError(
      fileName,
      `line ${firstMissing}`,
      `no ${describeSeparator(termSeparator)} between term and definition (in ${missing.length} of ${rows} rows: are the separators right?)`,
    );
  }
  if (cards.length === 0)
    throw new ImportError(
      fileName,
      null,
      rows === 0 ? 'the text has no rows to import' : `no cards: all ${rows} rows were skipped`,
    );
  const name = normalizeDeckName(options.deckName ?? '') || deckNameFromFile(fileName);
  return { fileName, kind: 'quizlet', decks: [{ name, description: '', cards }], warnings: warnings.toArray() };
}

function leadingNewlines(chunk: string): number {
  const match = /^\s*/.exec(chunk)?.[0] ?? '';
  return countNewlines(match, 0, match.length);
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}
