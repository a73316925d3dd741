/**
 * The stats screen's computation at 50,000 cards and 500,000 reviews over a year: one pass over
 * the review log (today, streak, heatmap, true retention) and one over the cards (counts,
 * forecast, interval and difficulty spread), fed one record at a time as an IndexedDB cursor
 * would. Synthetic, seeded data. Run: npm run bench. Figures only: no test asserts a time.
 */
import { bench, describe } from 'vitest';
import { CardState, type Grade, type ReviewRecord, type ScheduleRecord } from '../src/domain/model';
import type { StatsClock } from '../src/domain/stats/calendar';
import type { CardStatsItem } from '../src/domain/stats/card-items';
import { createCardStats } from '../src/domain/stats/card-stats';
import { createReviewStats } from '../src/domain/stats/review-stats';

const CARDS = 50_000;
const REVIEWS = 500_000;
const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 10, 12);
// Paris-like daylight saving, so the day arithmetic pays for a real offset function.
const utcOffset = (at: number) => (at >= Date.UTC(2026, 2, 29, 1) && at < Date.UTC(2026, 9, 25, 1) ? 120 : 60);
const clock: StatsClock = { now, dayStartHour: 4, utcOffset };

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function makeCollection() {
  const random = seeded(42);
  const schedules: (ScheduleRecord | null)[] = [];
  const items: CardStatsItem[] = [];
  for (let i = 0; i < CARDS; i++) {
    const studied = i < CARDS * 0.8;
    const interval = Math.floor(random() ** 2 * 400);
    const state = !studied ? CardState.New : random() < 0.05 ? CardState.Learning : CardState.Review;
    const schedule: ScheduleRecord | null = studied
      ? {
          cardId: `c${i}`,
          deckId: `d${i % 20}`,
          due: now + Math.floor((random() - 0.1) * interval * DAY),
          stability: interval + 0.5,
          difficulty: 1 + random() * 9,
          elapsedDays: interval,
          scheduledDays: state === CardState.Review ? interval : 0,
          learningSteps: 0,
          reps: 5,
          lapses: Math.floor(random() * 3),
          state,
          lastReview: now - interval * DAY,
        }
      : null;
    schedules.push(schedule);
    items.push({ card: { suspended: random() < 0.02 }, schedule });
  }
  // A year of reviews, oldest first as the by-review index yields them, in daily sittings.
  const reviews: ReviewRecord[] = [];
  const perDay = REVIEWS / 365;
  for (let d = 364; d >= 0; d--) {
    const sittingStart = now - d * DAY - 6 * 3_600_000;
    for (let k = 0; k < perDay && reviews.length < REVIEWS; k++) {
      const card = Math.floor(random() * CARDS * 0.8);
      const r = random();
      const state =
        r < 0.1 ? CardState.New : r < 0.2 ? CardState.Learning : r < 0.25 ? CardState.Relearning : CardState.Review;
      reviews.push({
        cardId: `c${card}`,
        deckId: `d${card % 20}`,
        rating: (random() < 0.12 ? 1 : random() < 0.1 ? 2 : random() < 0.9 ? 3 : 4) as Grade,
        review: sittingStart + k * 8_000,
        state,
        due: sittingStart,
        stability: 10,
        difficulty: 5,
        elapsedDays: 3,
        lastElapsedDays: 2,
        scheduledDays: state === CardState.Review ? Math.floor(random() * 120) : 0,
        learningSteps: 0,
        before: null,
        origin: 'app',
        ...(random() < 0.5 ? { durationMs: Math.floor(random() * 20_000) } : {}),
      });
    }
  }
  return { items, reviews };
}

const built = performance.now();
const { items, reviews } = makeCollection();
console.log(
  `generated ${items.length} cards and ${reviews.length} reviews in ${(performance.now() - built).toFixed(0)} ms`,
);

function reviewPass() {
  const fold = createReviewStats(clock);
  for (const review of reviews) fold.add(review);
  return fold.result();
}

function cardPass() {
  const fold = createCardStats(clock);
  for (const item of items) fold.add(item);
  return fold.result();
}

const started = performance.now();
const reviewStats = reviewPass();
const afterReviews = performance.now();
const cardStats = cardPass();
const done = performance.now();
console.log(
  `stats screen (first run): review log ${(afterReviews - started).toFixed(0)} ms, cards ${(done - afterReviews).toFixed(0)} ms, total ${(done - started).toFixed(0)} ms` +
    ` | today ${reviewStats.today.reviews} reviews, streak ${reviewStats.streak.current}, heatmap ${reviewStats.heatmap.total}, ` +
    `due today ${cardStats.forecast.days[0]!.young + cardStats.forecast.days[0]!.mature}, mature ${cardStats.counts.mature}`,
);

describe(`stats at ${CARDS} cards and ${REVIEWS} reviews`, () => {
  bench('review-log stats (today, streak, heatmap, true retention)', () => void reviewPass(), { iterations: 5 });
  bench('card stats (counts, forecast, intervals, difficulty)', () => void cardPass(), { iterations: 10 });
  bench(
    'the whole stats screen',
    () => {
      reviewPass();
      cardPass();
    },
    { iterations: 5 },
  );
});
