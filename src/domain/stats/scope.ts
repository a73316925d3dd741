/**
 * The stats screen shows all cards, one deck (with its subdecks) or one role. A scope is the
 * test each record must pass; wrap a fold with filterFold(fold, test). For a role, the review
 * log carries no tags: storage first reads the ids of the role's cards (through a tag index)
 * and the scope keeps their reviews.
 */
import type { CardRecord, ReviewRecord } from '../model';
import type { CardStatsItem } from './card-items';

export interface StatsScope {
  /** Only these decks (a deck and its subdecks: deckFamily in deck-summary.ts). */
  deckIds?: ReadonlySet<string>;
  /** Only cards with this tag (a role's tag: roles.ts). */
  tag?: string;
  /** Only these cards: for the review log under a tag scope. */
  cardIds?: ReadonlySet<string>;
}

/** The test for review-log records; a tag scope needs `cardIds`. */
export function reviewScopeTest(scope: StatsScope): (review: Pick<ReviewRecord, 'deckId' | 'cardId'>) => boolean {
  if (scope.tag !== undefined && !scope.cardIds) {
    throw new Error('A tag scope over the review log needs the ids of the cards with that tag (StatsScope.cardIds).');
  }
  return (review) =>
    (!scope.deckIds || scope.deckIds.has(review.deckId)) && (!scope.cardIds || scope.cardIds.has(review.cardId));
}

/** A card stats item that also tells the card's deck and tags. */
export type ScopedCardItem = CardStatsItem & { card: Pick<CardRecord, 'id' | 'deckId' | 'tags'> };

/** The test for cards (with their schedules). */
export function cardScopeTest(scope: StatsScope): (item: ScopedCardItem) => boolean {
  return ({ card }) =>
    (!scope.deckIds || scope.deckIds.has(card.deckId)) &&
    (scope.tag === undefined || card.tags.includes(scope.tag)) &&
    (!scope.cardIds || scope.cardIds.has(card.id));
}
