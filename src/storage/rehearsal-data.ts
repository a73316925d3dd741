/**
 * What rehearsal reads and writes: the interview questions with their schedules and attempts,
 * read deck by deck through the `by-deck` indexes (never the whole collection), and a rated
 * answer written as schedule, review and attempt in one transaction.
 */
import type {
  CardRecord,
  DeckRecord,
  RehearsalAttempt,
  ReviewRecord,
  ScheduleRecord,
  StarStory,
} from '../domain/model';
import { isSameSchedule, slotFor, StaleGradeError } from '../domain/queue-slot';
import type { AppDb } from './db';
import { runWriteTransaction } from './write-transaction';

export interface InterviewQuestions {
  /** The decks marked as interview questions (retired ones left out). */
  decks: DeckRecord[];
  cards: CardRecord[];
  schedules: Map<string, ScheduleRecord>;
  /** When each question was rehearsed, for "least practised first". */
  attempts: Array<Pick<RehearsalAttempt, 'cardId' | 'at'>>;
}

/** The interview decks' cards, schedules and attempts, read in one transaction so they agree. */
export async function loadInterviewQuestions(db: AppDb): Promise<InterviewQuestions> {
  const tx = db.transaction(['decks', 'cards', 'schedules', 'attempts'], 'readonly');
  const decks = (await tx.objectStore('decks').getAll()).filter((deck) => deck.interview && !deck.retired);
  const perDeck = await Promise.all(
    decks.map((deck) =>
      Promise.all([
        tx.objectStore('cards').index('by-deck').getAll(deck.id),
        tx.objectStore('schedules').index('by-deck').getAll(deck.id),
        tx.objectStore('attempts').index('by-deck').getAll(deck.id),
      ]),
    ),
  );
  await tx.done;
  return {
    decks,
    cards: perDeck.flatMap(([cards]) => cards),
    schedules: new Map(perDeck.flatMap(([, schedules]) => schedules.map((s) => [s.cardId, s] as const))),
    attempts: perDeck.flatMap(([, , attempts]) => attempts.map(({ cardId, at }) => ({ cardId, at }))),
  };
}

/** One card with its schedule (null: never studied), or undefined when there is no such card. */
export async function loadCardWithSchedule(
  db: AppDb,
  cardId: string,
): Promise<{ card: CardRecord; schedule: ScheduleRecord | null } | undefined> {
  const tx = db.transaction(['cards', 'schedules'], 'readonly');
  const [card, schedule] = await Promise.all([
    tx.objectStore('cards').get(cardId),
    tx.objectStore('schedules').get(cardId),
    tx.done,
  ]);
  return card ? { card, schedule: schedule ?? null } : undefined;
}

/** Cards by id, in the order asked; ids with no card are left out. */
export async function loadCardsById(db: AppDb, ids: readonly string[]): Promise<CardRecord[]> {
  const tx = db.transaction('cards', 'readonly');
  const cards = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return cards.filter((card): card is CardRecord => card !== undefined);
}

/**
 * Writes a rehearsed answer's rating as studying writes a grade (issue 14's rules): the card's
 * schedule must still be the one the rating was computed from (`seen`; another tab may have
 * graded it: then StaleGradeError and nothing is written); then the new schedule, its review,
 * the card's queue slot and the attempt, in one transaction. Resolves with the review's id
 * once it has committed.
 */
export async function writeRehearsalGrade(
  db: AppDb,
  grade: { schedule: ScheduleRecord; review: ReviewRecord; seen: ScheduleRecord | null },
  attempt: RehearsalAttempt,
): Promise<number> {
  // Through runWriteTransaction: a request that throws as it is made (a bad key, a value that
  // cannot be stored) aborts the writes queued before it, rather than letting them commit.
  const stores = ['schedules', 'reviews', 'queueSlots', 'cards', 'attempts'] as const;
  return runWriteTransaction(db, [...stores], async (tx, write) => {
    const cardId = grade.schedule.cardId;
    const [current, card] = await Promise.all([
      tx.objectStore('schedules').get(cardId),
      tx.objectStore('cards').get(cardId),
    ]);
    if (!isSameSchedule(current, grade.seen)) throw new StaleGradeError(cardId);
    const slot = card ? slotFor(card, grade.schedule) : null;
    await write(tx.objectStore('schedules').put(grade.schedule));
    const id = await tx.objectStore('reviews').add(grade.review);
    if (slot) await write(tx.objectStore('queueSlots').put(slot));
    await write(tx.objectStore('attempts').put(attempt));
    return id;
  });
}

/** Every attempt at one question, oldest first. */
export async function loadAttemptsForCard(db: AppDb, cardId: string): Promise<RehearsalAttempt[]> {
  const attempts = await db.getAllFromIndex('attempts', 'by-card', cardId);
  return attempts.sort((a, b) => a.at - b.at);
}

/** Every story and attempt, and the cards they refer to, for the JSON export. */
export async function loadStoriesAndAttempts(
  db: AppDb,
): Promise<{ stories: StarStory[]; attempts: RehearsalAttempt[]; cards: CardRecord[] }> {
  const tx = db.transaction(['stories', 'attempts', 'cards'], 'readonly');
  const [stories, attempts] = await Promise.all([
    tx.objectStore('stories').getAll(),
    tx.objectStore('attempts').getAll(),
  ]);
  const ids = [...new Set([...stories.flatMap((s) => s.questionIds), ...attempts.map((a) => a.cardId)])];
  const cards = await Promise.all(ids.map((id) => tx.objectStore('cards').get(id)));
  await tx.done;
  return { stories, attempts, cards: cards.filter((c): c is CardRecord => c !== undefined) };
}
