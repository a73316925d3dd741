/**
 * Reads for the interview plan, readiness and drills: a role's cards come through the cards'
 * `by-tag` index and the plan's decks through `by-deck`, so what is read grows with the roles'
 * decks, never with the rest of the collection.
 */
import type { CardRecord, DeckRecord, ReviewRecord, ScheduleRecord } from '../domain/model';
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

export interface PlanDecksData {
  /** The visible decks holding at least one card with one of the tags. */
  decks: DeckRecord[];
  /** Every card of those decks with its schedule. */
  cards: CardWithSchedule[];
  /** The reviews given since `since` in those decks. */
  reviews: ReviewRecord[];
}

/**
 * The decks of the chosen roles (those holding a card with one of `tags`), all their cards with
 * their schedules, and their reviews since `since`, read in one transaction so they agree.
 */
export async function loadPlanDecks(db: AppDb, tags: readonly string[], since: number): Promise<PlanDecksData> {
  const tx = db.transaction(['decks', 'cards', 'schedules', 'reviews'], 'readonly');
  const cardStore = tx.objectStore('cards');
  const deckIds = new Set<string>();
  for (const tag of tags) {
    for (const card of await cardStore.index('by-tag').getAll(tag)) deckIds.add(card.deckId);
  }
  const decks = (await Promise.all([...deckIds].map((id) => tx.objectStore('decks').get(id)))).filter(
    (deck): deck is DeckRecord => deck !== undefined && !deck.retired,
  );
  const perDeck = await Promise.all(
    decks.map((deck) =>
      Promise.all([
        cardStore.index('by-deck').getAll(deck.id),
        tx.objectStore('schedules').index('by-deck').getAll(deck.id),
      ]),
    ),
  );
  const recent = await tx.objectStore('reviews').index('by-review').getAll(IDBKeyRange.lowerBound(since));
  await tx.done;
  const kept = new Set(decks.map((deck) => deck.id));
  const cards = perDeck.flatMap(([deckCards, deckSchedules]) => {
    const byCard = new Map(deckSchedules.map((s) => [s.cardId, s]));
    return deckCards.map((card) => ({ card, schedule: byCard.get(card.id) ?? null }));
  });
  return { decks, cards, reviews: recent.filter((review) => kept.has(review.deckId)) };
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
