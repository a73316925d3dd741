/**
 * What the card stats read: each card's marks with its schedule. Storage can produce these
 * without loading every card: walk the `cards` store and the `schedules` store together, both
 * in card-id order (their primary keys, or one deck through their `by-deck` indexes), and join
 * them here.
 */
import type { CardMarks } from '../card-status';
import type { ScheduleRecord } from '../model';

/** One card as the card stats see it; `schedule` null: never studied. */
export interface CardStatsItem {
  card: CardMarks;
  schedule: ScheduleRecord | null;
}

/** Pairs cards with their schedules from a map (tests, or a deck already in memory). */
export function* pairWithSchedules<C extends CardMarks & { id: string }>(
  cards: Iterable<C>,
  schedules: ReadonlyMap<string, ScheduleRecord>,
): Generator<{ card: C; schedule: ScheduleRecord | null }> {
  for (const card of cards) yield { card, schedule: schedules.get(card.id) ?? null };
}

/**
 * Joins two streams sorted by card id (as IndexedDB yields a store by primary key) into
 * card + schedule pairs, holding one record of each at a time. Schedules with no card are skipped.
 */
export async function* joinByCardId<C extends CardMarks & { id: string }>(
  cards: AsyncIterable<C> | Iterable<C>,
  schedules: AsyncIterable<ScheduleRecord> | Iterable<ScheduleRecord>,
): AsyncGenerator<{ card: C; schedule: ScheduleRecord | null }> {
  const scheduleIterator = toAsyncIterator(schedules);
  let next = await scheduleIterator.next();
  let previousId: string | null = null;
  for await (const card of cards) {
    if (previousId !== null && card.id <= previousId) {
      throw new RangeError(`joinByCardId needs cards in id order: "${card.id}" came after "${previousId}"`);
    }
    previousId = card.id;
    while (!next.done && next.value.cardId < card.id) next = await scheduleIterator.next();
    const schedule = !next.done && next.value.cardId === card.id ? next.value : null;
    yield { card, schedule };
  }
}

function toAsyncIterator<T>(source: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
}
