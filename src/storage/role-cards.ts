/**
 * Reads for the interview plan, readiness and drills: a role's cards come through the cards'
 * `by-tag` index, so what is read grows with the roles' cards, never with the rest of the
 * collection.
 */
import type { CardRecord, ReviewRecord, ScheduleRecord } from '../domain/model';
import type { AppDb } from './db';

export interface CardWithSchedule {
  card: CardRecord;
  /** null: never studied. */
  schedule: ScheduleRecord | null;
}

/** Each card carrying any of `tags`, once, with its schedule, handed to `visit` (one transaction). */
export async function visitTaggedCards(
  db: AppDb,
  tags: readonly string[],
  visit: (card: CardRecord, schedule: ScheduleRecord | null) => void,
): Promise<void> {
  const tx = db.transaction(['cards', 'schedules'], 'readonly');
  const byTag = tx.objectStore('cards').index('by-tag');
  const schedules = tx.objectStore('schedules');
  const seen = new Set<string>();
  for (const tag of tags) {
    const cards = (await byTag.getAll(tag)).filter((card) => !seen.has(card.id));
    for (const card of cards) seen.add(card.id);
    const found = await Promise.all(cards.map((card) => schedules.get(card.id)));
    cards.forEach((card, i) => visit(card, found[i] ?? null));
  }
  await tx.done;
}

export interface PlanCardsData {
  /** Every card carrying one of the tags, once, with its schedule. */
  cards: CardWithSchedule[];
  /** The reviews of those cards given since `since`. */
  reviews: ReviewRecord[];
}

/**
 * The chosen roles' cards (through the tag index) with their schedules, and their reviews since
 * `since`, read in one transaction so they agree.
 */
export async function loadPlanCards(db: AppDb, tags: readonly string[], since: number): Promise<PlanCardsData> {
  const tx = db.transaction(['cards', 'schedules', 'reviews'], 'readonly');
  const byTag = tx.objectStore('cards').index('by-tag');
  const found = new Map<string, CardRecord>();
  for (const tag of tags) for (const card of await byTag.getAll(tag)) found.set(card.id, card);
  const cards = [...found.values()];
  const [schedules, recent] = await Promise.all([
    Promise.all(cards.map((card) => tx.objectStore('schedules').get(card.id))),
    tx.objectStore('reviews').index('by-review').getAll(IDBKeyRange.lowerBound(since)),
  ]);
  await tx.done;
  return {
    cards: cards.map((card, i) => ({ card, schedule: schedules[i] ?? null })),
    reviews: recent.filter((review) => found.has(review.cardId)),
  };
}

/** Cards by id with their schedules, in the order asked; ids with no card are left out. */
export async function loadCardsWithSchedules(db: AppDb, ids: readonly string[]): Promise<CardWithSchedule[]> {
  const tx = db.transaction(['cards', 'schedules'], 'readonly');
  const [cards, schedules] = await Promise.all([
    Promise.all(ids.map((id) => tx.objectStore('cards').get(id))),
    Promise.all(ids.map((id) => tx.objectStore('schedules').get(id))),
  ]);
  await tx.done;
  return cards.flatMap((card, i) => (card ? [{ card, schedule: schedules[i] ?? null }] : []));
}
