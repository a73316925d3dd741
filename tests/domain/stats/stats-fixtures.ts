/** Small builders for stats tests: review-log entries and schedules with only what matters set. */
import { CardState, type Grade, type ReviewRecord, type ScheduleRecord } from '../../../src/domain/model';
import type { StatsClock } from '../../../src/domain/stats/calendar';
import { type UtcOffset } from '../../../src/domain/study-day';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A grade in the review log: `state` and `scheduledDays` are the card's before the grade. */
export function logEntry(
  cardId: string,
  review: number,
  rating: Grade,
  state: CardState = CardState.Review,
  scheduledDays = state === CardState.Review ? 10 : 0,
  extra: Partial<ReviewRecord> = {},
): ReviewRecord {
  return {
    cardId,
    deckId: 'd',
    rating,
    review,
    state,
    due: review,
    stability: 1,
    difficulty: 5,
    elapsedDays: scheduledDays,
    lastElapsedDays: 0,
    scheduledDays,
    learningSteps: 0,
    before: null,
    origin: 'app',
    ...extra,
  };
}

/** A schedule in a given state, due at `due`, with an interval of `scheduledDays`. */
export function schedule(
  cardId: string,
  state: CardState,
  due: number,
  scheduledDays = 0,
  difficulty = 5,
): ScheduleRecord {
  return {
    cardId,
    deckId: 'd',
    due,
    stability: Math.max(1, scheduledDays),
    difficulty,
    elapsedDays: 0,
    scheduledDays,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state,
    lastReview: due - scheduledDays * DAY,
  };
}

/** A clock at `now` with Anki's 4 a.m. day start. */
export function clockAt(now: number, utcOffset: UtcOffset = 0, dayStartHour = 4): StatsClock {
  return { now, dayStartHour, utcOffset };
}

/**
 * Paris: UTC+1, and UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of
 * October 01:00 UTC (2026: 29 March and 25 October).
 */
export const parisOffset: UtcOffset = (at) =>
  at >= Date.UTC(2026, 2, 29, 1) && at < Date.UTC(2026, 9, 25, 1) ? 120 : 60;
