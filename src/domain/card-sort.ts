/**
 * Browse's sort orders. Cards without the value sorted on (a new card has no interval) go
 * last in either direction, as a list reads best with the cards that have it first; ties keep
 * deck order, then card id, so the order never flickers between two loads.
 */
import { CardState, type CardRecord, type ScheduleRecord } from './model';

export type CardSortKey = 'due' | 'added' | 'interval' | 'difficulty' | 'lapses';

export const CARD_SORT_LABELS: Record<CardSortKey, string> = {
  due: 'Due',
  added: 'Added',
  interval: 'Interval',
  difficulty: 'Difficulty',
  lapses: 'Lapses',
};

export interface SortableCard {
  card: Pick<CardRecord, 'id' | 'deckId' | 'order' | 'addedAt'>;
  schedule: ScheduleRecord | null;
}

const scheduled = (schedule: ScheduleRecord | null): ScheduleRecord | null =>
  schedule && schedule.state !== CardState.New ? schedule : null;

const VALUE: Record<CardSortKey, (item: SortableCard) => number | null> = {
  due: ({ schedule }) => scheduled(schedule)?.due ?? null,
  added: ({ card }) => card.addedAt ?? null,
  interval: ({ schedule }) => (schedule?.state === CardState.Review ? schedule.scheduledDays : null),
  difficulty: ({ schedule }) => scheduled(schedule)?.difficulty ?? null,
  lapses: ({ schedule }) => schedule?.lapses ?? 0,
};

function byDeckOrder(a: SortableCard, b: SortableCard): number {
  const deck = a.card.deckId < b.card.deckId ? -1 : a.card.deckId > b.card.deckId ? 1 : 0;
  return deck || a.card.order - b.card.order || (a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0);
}

/** A comparator for Array#sort over cards with their schedules. */
export function compareCardsBy(key: CardSortKey, descending = false): (a: SortableCard, b: SortableCard) => number {
  const valueOf = VALUE[key];
  const sign = descending ? -1 : 1;
  return (a, b) => {
    const va = valueOf(a);
    const vb = valueOf(b);
    if (va === null || vb === null) return va === vb ? byDeckOrder(a, b) : va === null ? 1 : -1;
    return (va - vb) * sign || byDeckOrder(a, b);
  };
}
