import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { answerPointsProblem, copyAnswerPoints } from './answer-points';
import type { DeckFile, DeckFileCard } from './deck-file';
import { describeOversizedField, MAX_FIELD_CHARS } from './field-size';
import { formatCount } from './format-bytes';
import type { AnswerPoint } from './model';
import { ImportError } from './import-error';
import { MAX_JSON_DEPTH, measureJsonDepth } from './json-depth';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
const CARD_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const KNOWN_DECK_KEYS = new Set(['id', 'name', 'description', 'format', 'interview', 'cards']);
const KNOWN_CARD_KEYS = new Set(['id', 'front', 'back', 'tags', 'notes', 'source', 'points', 'behavioural']);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : 'a text';
  return `a ${typeof value}`;
}

/**
 * Checks that `data` (parsed JSON) is a valid deck file and returns it typed.
 * Throws ImportError naming the file, the card (index and id) and the field.
 */
export function validateDeckFile(data: unknown, fileName: string): DeckFile {
  const fail = (location: string | null, reason: string): never => {
    throw new ImportError(fileName, location, reason);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fail(null, `expected a JSON object with "id", "name" and "cards", but found ${describe(data)}`);
  }
  const deck = data as Record<string, unknown>;
  for (const key of Object.keys(deck)) {
    if (!KNOWN_DECK_KEYS.has(key))
      fail(null, `unknown field "${key}" (expected id, name, description, format, interview, cards)`);
  }
  if (typeof deck.id !== 'string' || !ID_PATTERN.test(deck.id)) {
    fail(
      null,
      `field "id": expected lower-case letters, digits and dashes (up to 80), but found ${typeof deck.id === 'string' ? JSON.stringify(deck.id) : describe(deck.id)}`,
    );
  }
  if (typeof deck.name !== 'string' || deck.name.trim() === '') {
    fail(null, `field "name": expected a non-empty text, but found ${describe(deck.name)}`);
  }
  if (deck.description !== undefined && typeof deck.description !== 'string') {
    fail(null, `field "description": expected a text, but found ${describe(deck.description)}`);
  }
  if (deck.format !== undefined && deck.format !== 'text' && deck.format !== 'html') {
    fail(null, `field "format": expected "text" or "html", but found ${JSON.stringify(deck.format)}`);
  }
  if (deck.interview !== undefined && typeof deck.interview !== 'boolean') {
    fail(null, `field "interview": expected true or false, but found ${describe(deck.interview)}`);
  }
  if (!Array.isArray(deck.cards)) {
    fail(null, `field "cards": expected a list of cards, but found ${describe(deck.cards)}`);
  }
  const cards = deck.cards as unknown[];
  if (cards.length === 0) fail(null, 'field "cards": the deck has no cards');

  const seen = new Map<string, number>();
  const valid: DeckFileCard[] = cards.map((raw, index) => {
    const n = index + 1;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return fail(`card ${n}`, `expected an object with id, front and back, but found ${describe(raw)}`);
    }
    const card = raw as Record<string, unknown>;
    const where = typeof card.id === 'string' ? `card ${n} (id "${card.id}")` : `card ${n}`;
    for (const key of Object.keys(card)) {
      if (!KNOWN_CARD_KEYS.has(key))
        fail(where, `unknown field "${key}" (expected id, front, back, tags, notes, source, points, behavioural)`);
    }
    if (typeof card.id !== 'string' || !CARD_ID_PATTERN.test(card.id)) {
      fail(
        where,
        `field "id": expected letters, digits, ".", "_" or "-" (up to 80), but found ${typeof card.id === 'string' ? JSON.stringify(card.id) : describe(card.id)}`,
      );
    }
    const id = card.id as string;
    const earlier = seen.get(id);
    if (earlier !== undefined) fail(where, `field "id": "${id}" is already used by card ${earlier}`);
    seen.set(id, n);
    for (const field of ['front', 'back'] as const) {
      if (typeof card[field] !== 'string' || (card[field] as string).trim() === '') {
        fail(where, `field "${field}": expected a non-empty text, but found ${describe(card[field])}`);
      }
    }
    if (card.tags !== undefined) {
      if (
        !Array.isArray(card.tags) ||
        card.tags.some((t) => typeof t !== 'string' || t.trim() === '' || /\s/.test(t))
      ) {
        fail(where, 'field "tags": expected a list of single-word texts, e.g. ["specialist", "data"]');
      }
    }
    for (const field of ['notes', 'source'] as const) {
      if (card[field] !== undefined && typeof card[field] !== 'string') {
        fail(where, `field "${field}": expected a text, but found ${describe(card[field])}`);
      }
    }
    for (const field of ['front', 'back', 'notes', 'source'] as const) {
      const length = (card[field] as string | undefined)?.length ?? 0;
      if (length > MAX_FIELD_CHARS) fail(where, `field "${field}": ${describeOversizedField(length)}`);
    }
    if (card.points !== undefined) {
      const problem = answerPointsProblem(card.points);
      if (problem !== null) fail(where, `field "points": ${problem}`);
    }
    if (card.behavioural !== undefined && typeof card.behavioural !== 'boolean') {
      fail(where, `field "behavioural": expected true or false, but found ${describe(card.behavioural)}`);
    }
    return {
      id,
      front: card.front as string,
      back: card.back as string,
      tags: (card.tags as string[] | undefined) ?? [],
      ...(card.notes !== undefined ? { notes: card.notes as string } : {}),
      ...(card.source !== undefined ? { source: card.source as string } : {}),
      ...(card.points !== undefined ? { points: copyAnswerPoints(card.points as AnswerPoint[]) } : {}),
      ...(card.behavioural === true ? { behavioural: true } : {}),
    };
  });

  return {
    id: deck.id as string,
    name: (deck.name as string).trim(),
    description: (deck.description as string | undefined) ?? '',
    format: (deck.format as 'text' | 'html' | undefined) ?? 'text',
    ...(deck.interview === true ? { interview: true } : {}),
    cards: valid,
  };
}

/** Parses JSON text and validates it; a JSON syntax error names the line and column. */
export function parseDeckJson(text: string, fileName: string): DeckFile {
  const source = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    // The tolerant parser below recurses once per level: measure first, and name the depth.
    const nesting = measureJsonDepth(source);
    if (nesting.past)
      throw new ImportError(
        fileName,
        `line ${nesting.past.line}, column ${nesting.past.column}`,
        `not valid JSON: it nests lists and objects ${formatCount(nesting.depth)} levels deep, and PrepDeck reads at most ${MAX_JSON_DEPTH} (a deck file needs 4)`,
      );
    // JSON.parse does not say where (V8 no longer gives a position), so a tolerant parser locates it.
    const errors: ParseError[] = [];
    parseTolerant(source, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (!first)
      throw new ImportError(
        fileName,
        null,
        `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    const before = source.slice(0, first.offset).split('\n');
    const where = `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
    throw new ImportError(fileName, where, `not valid JSON: ${describeJsonError(printParseErrorCode(first.error))}`);
  }
  return validateDeckFile(data, fileName);
}

function describeJsonError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    ValueExpected: 'a value was expected here',
    PropertyNameExpected: 'a field name in double quotes was expected',
    CommaExpected: 'a comma is missing',
    ColonExpected: 'a colon is missing',
    CloseBraceExpected: 'a closing } is missing',
    CloseBracketExpected: 'a closing ] is missing',
    EndOfFileExpected: 'unexpected text after the end',
    UnexpectedEndOfString: 'a text is not closed with "',
    InvalidCommentToken: 'comments are not allowed',
  };
  return words[code] ?? code;
}
