import { describe, expect, it } from 'vitest';
import { createStatsFlow } from '../../src/app/stats-flow';
import type { DeckFile } from '../../src/domain/deck-file';
import { Grade } from '../../src/domain/model';
import { computeCardStats } from '../../src/domain/stats/card-stats';
import { pairWithSchedules } from '../../src/domain/stats/card-items';
import { computeReviewStats } from '../../src/domain/stats/review-stats';
import { manualClock, startApp } from '../helpers/app-fixture';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 2, 20, 9);

const deck = (id: string, name: string, tags: (i: number) => string[]): DeckFile => ({
  id,
  name,
  description: '',
  format: 'text',
  cards: Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, front: `${name} Q${i}`, back: `A${i}`, tags: tags(i) })),
});

describe('the Stats screen, fed from storage a page at a time', () => {
  it('gives the same stats as the folds over the whole collection, for all cards, a deck family and a role', async () => {
    const clock = manualClock(START, 60);
    const decks = [
      deck('ops', 'Ops', (i) => (i % 2 ? ['director'] : ['specialist'])),
      deck('ops-sub', 'Ops::Metrics', () => ['director']),
      deck('other', 'Other', () => []),
    ];
    const { services, study, app, db } = await startApp(decks, clock);
    // A week of study across the decks, some Again, over a daylight-saving change (29 March).
    for (let day = 0; day < 10; day++) {
      for (const scope of ['ops', 'other']) {
        await study.start(scope);
        for (let k = 0; k < 3 && study.session.value?.current; k++) {
          study.reveal();
          await study.grade(k === 1 ? Grade.Again : Grade.Good);
          clock.advance(40_000);
        }
      }
      clock.advance(DAY);
      await app.tick();
    }
    const flow = createStatsFlow(services);
    const reviews = await db.getAll('reviews');
    const cards = await db.getAll('cards');
    const schedules = new Map((await db.getAll('schedules')).map((s) => [s.cardId, s]));
    expect(reviews.length).toBeGreaterThan(30);
    const statsClock = { now: clock.now(), dayStartHour: 4, utcOffset: () => 60 };

    const cases: [string, (cardId: string, deckId: string, tags: string[]) => boolean][] = [
      ['all', () => true],
      ['deck:ops', (_id, deckId) => deckId === 'ops' || deckId === 'ops-sub'],
      ['role:director', (_id, _deck, tags) => tags.includes('director')],
    ];
    for (const [scope, keep] of cases) {
      await flow.choose(scope);
      const result = flow.result.value!;
      const byId = new Map(cards.map((c) => [c.id, c]));
      const kept = reviews.filter((r) => keep(r.cardId, r.deckId, byId.get(r.cardId)!.tags));
      expect(result.reviews, scope).toEqual(computeReviewStats(kept, statsClock));
      const keptCards = cards.filter((c) => keep(c.id, c.deckId, c.tags));
      expect(result.cards, scope).toEqual(computeCardStats(pairWithSchedules(keptCards, schedules), statsClock));
      expect(result.reviewsRead).toBe(reviews.length);
    }
    expect(flow.result.value!.cards.counts.total).toBe(9);
  });
});
