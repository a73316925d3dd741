/**
 * The records an import writes, built from what a file says and what the card was before:
 * a card, its schedule and its history from Anki, and the deck. Pure; used by import-plan.ts.
 */
import { copyAnswerPoints, sameAnswerPoints } from './answer-points';
import type { ImportedCard, ImportedDeck } from './import-bundle';
import type { CardRecord, DeckRecord, ReviewRecord, ScheduleRecord } from './model';

export function cardRecord(
  card: ImportedCard,
  id: string,
  deckId: string,
  order: number,
  before: CardRecord | undefined,
  now: number,
): CardRecord {
  // A file that says (an Anki package) decides; one that cannot say (text) leaves the card as it was.
  const suspended = card.suspended ?? before?.suspended === true;
  return {
    id,
    deckId,
    key: card.key,
    front: card.front,
    back: card.back,
    format: card.format,
    tags: [...card.tags],
    order,
    ...(card.notes !== undefined ? { notes: card.notes } : {}),
    ...(card.source !== undefined ? { source: card.source } : {}),
    ...(card.points !== undefined ? { points: copyAnswerPoints(card.points) } : {}),
    ...(card.behavioural ? { behavioural: true } : {}),
    ...(card.styleId !== undefined ? { styleId: card.styleId } : {}),
    ...(card.mediaScope !== undefined ? { mediaScope: card.mediaScope } : {}),
    ...(suspended ? { suspended: true } : {}),
    // What only the app sets (a flag, a burial) stays across a re-import, and a card keeps the
    // day it was first added.
    ...(before?.flag ? { flag: before.flag } : {}),
    ...(before?.buriedUntil !== undefined ? { buriedUntil: before.buriedUntil } : {}),
    addedAt: before?.addedAt ?? now,
  };
}

export function scheduleRecord(
  s: NonNullable<ImportedCard['schedule']>,
  cardId: string,
  deckId: string,
): ScheduleRecord {
  const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = s;
  return {
    cardId,
    deckId,
    due,
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    lastReview,
  };
}

/** A review-log entry from the file, as history that undo never takes back. */
export function reviewRecord(
  r: NonNullable<ImportedCard['reviews']>[number],
  cardId: string,
  deckId: string,
): ReviewRecord {
  return {
    cardId,
    deckId,
    rating: r.rating,
    review: r.review,
    state: r.state,
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    elapsedDays: r.elapsedDays,
    lastElapsedDays: r.lastElapsedDays,
    scheduledDays: r.scheduledDays,
    learningSteps: r.learningSteps,
    before: r.before ? scheduleRecord(r.before, cardId, deckId) : null,
    origin: 'anki',
  };
}

const CONTENT_FIELDS = [
  'deckId',
  'key',
  'front',
  'back',
  'format',
  'notes',
  'source',
  'styleId',
  'mediaScope',
  'suspended',
  'retired',
  'behavioural',
] as const;

/** Whether a user would see a difference (the position in the deck is not counted). */
export function sameContent(a: CardRecord, b: CardRecord): boolean {
  return (
    CONTENT_FIELDS.every((f) => (a[f] ?? null) === (b[f] ?? null)) &&
    a.tags.join('\u0000') === b.tags.join('\u0000') &&
    sameAnswerPoints(a.points, b.points)
  );
}

export function deckRecord(deck: ImportedDeck, id: string, before: DeckRecord | undefined, now: number): DeckRecord {
  return {
    id,
    name: deck.name,
    description: deck.description,
    source: 'import',
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
    ...(deck.interview ? { interview: true } : {}),
  };
}
