import { describe, expect, it } from 'vitest';
import { CardState, Grade } from '../../../src/domain/model';
import { createCardStats } from '../../../src/domain/stats/card-stats';
import { filterFold, foldAll } from '../../../src/domain/stats/fold';
import { createReviewStats } from '../../../src/domain/stats/review-stats';
import { cardScopeTest, reviewScopeTest } from '../../../src/domain/stats/scope';
import { clockAt, DAY, logEntry, schedule } from './stats-fixtures';

const now = Date.UTC(2026, 5, 10, 12);
const cards = [
  { id: 'a', deckId: 'ops', tags: ['director'] },
  { id: 'b', deckId: 'ops::sub', tags: [] },
  { id: 'c', deckId: 'lang', tags: ['director'] },
];
const items = cards.map((card) => ({ card, schedule: schedule(card.id, CardState.Review, now + DAY, 30) }));
const log = cards.map((card, i) => ({ ...logEntry(card.id, now - i * 60_000, Grade.Good), deckId: card.deckId }));

describe('stats for one deck or one role', () => {
  it('counts only the deck family', () => {
    const scope = { deckIds: new Set(['ops', 'ops::sub']) };
    const cardStats = foldAll(filterFold(createCardStats(clockAt(now)), cardScopeTest(scope)), items);
    expect(cardStats.counts.mature).toBe(2);
    const reviewStats = foldAll(
      filterFold(createReviewStats(clockAt(now)), reviewScopeTest(scope)),
      [...log].reverse(),
    );
    expect(reviewStats.today.cards).toBe(2);
  });

  it("counts only a role's cards, and its reviews through their ids", () => {
    const cardStats = foldAll(filterFold(createCardStats(clockAt(now)), cardScopeTest({ tag: 'director' })), items);
    expect(cardStats.counts.total).toBe(2);
    expect(() => reviewScopeTest({ tag: 'director' })).toThrow(/cardIds/);
    const test = reviewScopeTest({ tag: 'director', cardIds: new Set(['a', 'c']) });
    const reviewStats = foldAll(filterFold(createReviewStats(clockAt(now)), test), [...log].reverse());
    expect(reviewStats.today.reviews).toBe(2);
  });
});
