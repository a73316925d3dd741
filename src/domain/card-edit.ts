/**
 * Editing a card's text by hand (front, back, notes, tags), and what an app update does to a
 * card that came with the app once the user has edited it: the user's text stays, and the
 * app's new text is kept aside (`appUpdate`) until the user takes it or keeps their own.
 * Editing never touches the card's id, so its schedule and review history stay with it.
 */
import { htmlToText } from './html-text';
import type { CardFormat, CardRecord, CardText } from './model';
import { parseTagInput } from './note-types';

/** What the Edit form holds for a card that is not made from a note. */
export interface CardTextInput {
  front: string;
  back: string;
  notes: string;
  /** As typed: separated by spaces or commas. */
  tags: string;
}

export interface CardTextProblem {
  field: 'front' | 'back';
  message: string;
}

/** The marks a user sets on a card, which no content update may drop. */
const USER_MARKS = ['suspended', 'flag', 'buriedUntil', 'addedAt', 'note'] as const;

/** The card's text as edited and compared. */
export function textOf(card: Pick<CardRecord, 'front' | 'back' | 'notes' | 'tags'>): CardText {
  return { front: card.front, back: card.back, ...(card.notes ? { notes: card.notes } : {}), tags: [...card.tags] };
}

/** True when two texts would show the same (an empty note is no note). */
export function sameText(a: CardText, b: CardText): boolean {
  return (
    a.front === b.front &&
    a.back === b.back &&
    (a.notes || '') === (b.notes || '') &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}

const isBlank = (value: string, format: CardFormat) =>
  (format === 'html' ? htmlToText(value) : value).replace(/\u00a0/g, ' ').trim() === '';

/** What is wrong with an edit; empty when it can be saved. */
export function validateCardText(input: CardTextInput, format: CardFormat): CardTextProblem[] {
  const problems: CardTextProblem[] = [];
  if (isBlank(input.front, format))
    problems.push({ field: 'front', message: 'The front is empty: write the question.' });
  if (isBlank(input.back, format)) problems.push({ field: 'back', message: 'The back is empty: write the answer.' });
  return problems;
}

/** The card with `text` written over its own, its user marks untouched. */
function withText(card: CardRecord, text: CardText): CardRecord {
  const next: CardRecord = { ...card, front: text.front, back: text.back, tags: [...text.tags] };
  if (text.notes) next.notes = text.notes;
  else delete next.notes;
  return next;
}

/**
 * Applies an edit to a card not made from a note (built-in, imported). A card that came with
 * the app (`builtin`) remembers the app's text it was edited from, so that an app update keeps
 * the user's text; edited back to exactly that text, it follows the app again.
 */
export function editCardText(
  card: CardRecord,
  input: CardTextInput,
  options: { now: number; builtin: boolean },
): { ok: true; card: CardRecord } | { ok: false; problems: CardTextProblem[] } {
  if (card.note) throw new Error('editCardText: a card made from a note is edited through its note (note-types.ts).');
  const problems = validateCardText(input, card.format);
  if (problems.length > 0) return { ok: false, problems };
  const text: CardText = {
    front: input.front,
    back: input.back,
    ...(input.notes.trim() ? { notes: input.notes } : {}),
    tags: parseTagInput(input.tags),
  };
  const next = withText(card, text);
  if (!options.builtin) return { ok: true, card: next };
  const base = card.userEdit?.base ?? textOf(card);
  if (sameText(text, base) && !card.appUpdate) delete next.userEdit;
  else next.userEdit = { at: options.now, base };
  return { ok: true, card: next };
}

/** The user takes the app's new text: the card shows it and follows the app again. */
export function takeAppUpdate(card: CardRecord): CardRecord {
  if (!card.appUpdate) return card;
  const next = withText(card, card.appUpdate);
  delete next.appUpdate;
  delete next.userEdit;
  return next;
}

/** The user keeps their own text: the app's new text is set aside as seen (the next update is offered again). */
export function keepUserEdit(card: CardRecord, now: number): CardRecord {
  if (!card.appUpdate) return card;
  const next: CardRecord = { ...card, userEdit: { at: card.userEdit?.at ?? now, base: card.appUpdate } };
  delete next.appUpdate;
  return next;
}

/**
 * A shipped built-in card as it should be stored, given the stored one (if any): the app's
 * content, with what the user set kept (suspension, flag, burial, when it was added) and, for a
 * card the user edited, the user's text, the app's changed text kept aside in `appUpdate`.
 */
export function mergeShippedCard(before: CardRecord | undefined, shipped: CardRecord, now: number): CardRecord {
  if (!before) return { ...shipped, addedAt: shipped.addedAt ?? now };
  const next: CardRecord = { ...shipped };
  for (const mark of USER_MARKS) {
    if (before[mark] !== undefined) (next as unknown as Record<string, unknown>)[mark] = before[mark];
  }
  if (!before.userEdit) return next;
  const mine = textOf(before);
  const theirs = textOf(shipped);
  const merged = withText(next, mine);
  if (sameText(theirs, mine)) return withText(next, theirs);
  merged.userEdit = before.userEdit;
  if (!sameText(theirs, before.userEdit.base)) merged.appUpdate = theirs;
  return merged;
}
