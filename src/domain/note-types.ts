/**
 * Cards made in the app from a note, as Anki's stock note types make them: Basic (one card),
 * Basic (and reversed card) (front -> back and back -> front), and Cloze (one card per cloze
 * number, `{{c1::answer}}` or `{{c1::answer::hint}}`, rendered by anki-cloze.ts). A note gets a
 * random guid and its cards the ids `anki:<guid>:<ord>`, so they export, back up and re-import
 * like cards from Anki, and editing the note later keeps each card's id and progress.
 */
import { ankiCardId } from './anki-identity';
import { extractClozeAnswer, findClozeNumbers, renderClozeField } from './anki-cloze';
import { htmlToText } from './html-text';
import type { CardFormat, CardRecord, NoteSource, NoteTypeId } from './model';
import { plainTextToHtml } from './plain-text';

export const NOTE_TYPES: readonly { id: NoteTypeId; name: string; fields: readonly [string, string] }[] = [
  { id: 'basic', name: 'Basic', fields: ['Front', 'Back'] },
  { id: 'basic-reversed', name: 'Basic (and reversed card)', fields: ['Front', 'Back'] },
  { id: 'cloze', name: 'Cloze', fields: ['Text', 'Back Extra'] },
];

/** What the Create or Edit form holds. */
export interface NoteInput {
  type: NoteTypeId;
  deckId: string;
  /** Basic: the question. Cloze: the text with its deletions. */
  front: string;
  /** Basic: the answer. Cloze: the "Back Extra" shown under the answer. */
  back: string;
  notes?: string;
  /** As typed: separated by spaces or commas, as in Anki. */
  tags: string;
  format: CardFormat;
}

export interface NoteProblem {
  field: 'deck' | 'front' | 'back';
  message: string;
}

/** Where new cards go and how their ids are drawn; `random` returns [0, 1), like Math.random. */
export interface NewCardContext {
  now: number;
  /** The position of the first new card in its deck (the deck's highest `order` + 1). */
  nextOrder: number;
  random: () => number;
}

export type NoteResult = { ok: true; cards: CardRecord[] } | { ok: false; problems: NoteProblem[] };

const GUID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A 12-character note guid (71 random bits) from the given random source. */
export function createNoteGuid(random: () => number): string {
  let guid = '';
  for (let i = 0; i < 12; i++) {
    guid += GUID_ALPHABET[Math.min(GUID_ALPHABET.length - 1, Math.floor(random() * GUID_ALPHABET.length))];
  }
  return guid;
}

/** Tags as typed ("ops, interview  ops") -> ["ops", "interview"]: split, trimmed, without repeats. */
export function parseTagInput(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of text.split(/[\s,]+/)) {
    if (tag === '' || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

const isBlank = (value: string, format: CardFormat) =>
  (format === 'html' ? htmlToText(value) : value).replace(/\u00a0/g, ' ').trim() === '';

const OPEN_OR_CLOSE = /\{\{c\d[\d,]*::|\}\}/g;

/** True when some `{{cN::` has no `}}` after it. */
function hasUnclosedCloze(text: string): boolean {
  let depth = 0;
  for (const [token] of text.matchAll(OPEN_OR_CLOSE)) {
    if (token === '}}') depth = Math.max(0, depth - 1);
    else depth += 1;
  }
  return depth > 0;
}

function clozeProblems(text: string): NoteProblem[] {
  const numbers = findClozeNumbers([text]);
  const problem = (message: string): NoteProblem[] => [{ field: 'front', message }];
  if (numbers.size === 0) {
    if (/\{\{c0[\d,]*::/.test(text)) return problem('Cloze numbers start at 1: {{c0::...}} makes no card.');
    return problem(
      'The text has no cloze: mark what to hide as {{c1::answer}}, or {{c1::answer::hint}} to show a hint.',
    );
  }
  if (hasUnclosedCloze(text)) return problem('A cloze is not closed: end it with }}.');
  const empty = [...numbers].filter((n) => extractClozeAnswer(text, n).trim() === '');
  if (empty.length > 0) return problem(`Cloze ${empty.join(', ')} hides nothing: write the answer before the }}.`);
  return [];
}

/** Everything wrong with a note, each with the field to point at; empty when it can be saved. */
export function validateNote(note: NoteInput): NoteProblem[] {
  const problems: NoteProblem[] = [];
  if (note.deckId.trim() === '') problems.push({ field: 'deck', message: 'Choose a deck for the new cards.' });
  if (note.type === 'cloze') {
    if (isBlank(note.front, note.format)) {
      problems.push({
        field: 'front',
        message: 'The text is empty: write a sentence with a cloze, e.g. {{c1::Paris}}.',
      });
    } else {
      problems.push(...clozeProblems(note.front));
    }
    return problems;
  }
  if (isBlank(note.front, note.format))
    problems.push({ field: 'front', message: 'The front is empty: write the question.' });
  if (note.type === 'basic-reversed' && isBlank(note.back, note.format)) {
    problems.push({ field: 'back', message: 'The back is empty: the reversed card would ask an empty question.' });
  }
  return problems;
}

/** The cards a note makes, by ord, with content only (no ids or positions yet). */
function cardContents(note: NoteInput): Map<number, Pick<CardRecord, 'front' | 'back' | 'format' | 'notes'>> {
  const contents = new Map<number, Pick<CardRecord, 'front' | 'back' | 'format' | 'notes'>>();
  const notes = note.notes?.trim() ? note.notes : undefined;
  if (note.type !== 'cloze') {
    contents.set(0, { front: note.front, back: note.back, format: note.format, notes });
    if (note.type === 'basic-reversed')
      contents.set(1, { front: note.back, back: note.front, format: note.format, notes });
    return contents;
  }
  // A cloze card is HTML (its deletions render as spans): typed text is escaped first.
  const asHtml = (value: string) => (note.format === 'html' ? value : plainTextToHtml(value));
  const text = asHtml(note.front);
  const extra = isBlank(note.back, note.format) ? '' : `<div class="cloze-extra">${asHtml(note.back)}</div>`;
  for (const n of [...findClozeNumbers([text])].sort((a, b) => a - b)) {
    contents.set(n - 1, {
      front: renderClozeField(text, n, true),
      back: renderClozeField(text, n, false) + extra,
      format: 'html',
      notes: notes !== undefined ? asHtml(notes) : undefined,
    });
  }
  return contents;
}

function sourceOf(note: NoteInput, guid: string): NoteSource {
  return { type: note.type, format: note.format, guid, front: note.front, back: note.back };
}

/** Validates a note and makes its cards: new ids from `context.random`, positions from `context.nextOrder`. */
export function createCardsFromNote(note: NoteInput, context: NewCardContext): NoteResult {
  const problems = validateNote(note);
  if (problems.length > 0) return { ok: false, problems };
  const guid = createNoteGuid(context.random);
  const source = sourceOf(note, guid);
  const tags = parseTagInput(note.tags);
  const cards = [...cardContents(note)].map(([ord, content], i): CardRecord => {
    const card: CardRecord = {
      id: ankiCardId(guid, ord),
      deckId: note.deckId,
      key: `${guid}:${ord}`,
      ...content,
      tags,
      order: context.nextOrder + i,
      addedAt: context.now,
      note: source,
    };
    if (card.notes === undefined) delete card.notes;
    return card;
  });
  return { ok: true, cards };
}

export interface NoteEdit {
  /** The note's cards after the edit, with their ids, progress and marks kept. */
  update: CardRecord[];
  /** Cards for cloze numbers the edit added. */
  add: CardRecord[];
  /** Cards whose cloze number the edit removed: the screen asks before deleting them and their history. */
  orphaned: CardRecord[];
}

/**
 * Applies an edited note to its existing cards (all of one note): same ids, so due dates,
 * history, flags and suspension stay; a new cloze number adds a card, a removed one is reported.
 */
export function editNoteCards(
  existing: readonly CardRecord[],
  note: NoteInput,
  context: Omit<NewCardContext, 'random'>,
): { ok: true; edit: NoteEdit } | { ok: false; problems: NoteProblem[] } {
  const guid = existing[0]?.note?.guid;
  if (!guid) throw new Error('editNoteCards takes the cards of a note made in the app (they carry `note`).');
  const problems = validateNote(note);
  if (problems.length > 0) return { ok: false, problems };
  const source = sourceOf(note, guid);
  const tags = parseTagInput(note.tags);
  const byId = new Map(existing.map((card) => [card.id, card]));
  const edit: NoteEdit = { update: [], add: [], orphaned: [] };
  for (const [ord, content] of cardContents(note)) {
    const id = ankiCardId(guid, ord);
    const before = byId.get(id);
    byId.delete(id);
    const fields = { ...content, deckId: note.deckId, tags, note: source };
    if (before) {
      const card: CardRecord = { ...before, ...fields };
      if (content.notes === undefined) delete card.notes;
      edit.update.push(card);
    } else {
      const card: CardRecord = {
        id,
        key: `${guid}:${ord}`,
        ...fields,
        order: context.nextOrder + edit.add.length,
        addedAt: context.now,
      };
      if (content.notes === undefined) delete card.notes;
      edit.add.push(card);
    }
  }
  edit.orphaned = [...byId.values()];
  return { ok: true, edit };
}
