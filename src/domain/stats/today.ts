/**
 * Today's line on the stats screen, as Anki's "Today" section: grades given, cards studied,
 * time spent, the Again rate, the split by kind and the pass rate on mature cards.
 *
 * Time: a review carries `durationMs` (question shown -> grade) once the study screen records
 * it. Older reviews have none, so their time is estimated from the gap since the previous grade
 * when that gap is short enough to be the same sitting; the first grade of a sitting gets the
 * day's average. Every answer counts at most `maxAnswerMs` (Anki's "maximum answer seconds"),
 * so a phone left on the table does not count as an hour of study.
 */
import { MATURE_INTERVAL_DAYS } from '../card-status';
import { CardState, Grade, type ReviewRecord } from '../model';
import { todayOf, type StatsClock } from './calendar';
import { studyDayNumberStart } from '../study-day';
import { createTimeOrderGuard, type Fold } from './fold';

export interface TodayStats {
  /** Grades given today (Anki's "studied N cards"). */
  reviews: number;
  /** Different cards graded today. */
  cards: number;
  again: number;
  /** Again / grades, 0-1; null when nothing was studied. */
  againRate: number | null;
  /** Grades by the card's state before the grade: Anki's Learn / Review / Relearn split. */
  byState: { new: number; learning: number; review: number; relearning: number };
  /** Grades on mature review cards (interval >= 21 days) and how many passed. */
  mature: { passed: number; total: number };
  /** Time spent answering, in ms. */
  timeMs: number;
  /** Grades whose time was measured; when fewer than `reviews`, `timeMs` is partly an estimate. */
  measured: number;
}

export interface TodayOptions {
  /** An answer counts at most this long (Anki's default: 60 s). */
  maxAnswerMs?: number;
  /** A longer gap between two grades starts a new sitting. */
  sittingGapMs?: number;
}

/** A fold over the review log (oldest first) giving today's figures at `clock.now`. */
export function createTodayFold(clock: StatsClock, options: TodayOptions = {}): Fold<ReviewRecord, TodayStats> {
  const maxAnswerMs = options.maxAnswerMs ?? 60_000;
  const sittingGapMs = options.sittingGapMs ?? 5 * 60_000;
  const today = todayOf(clock);
  const start = studyDayNumberStart(today, clock.dayStartHour, clock.utcOffset);
  const end = studyDayNumberStart(today + 1, clock.dayStartHour, clock.utcOffset);
  const guard = createTimeOrderGuard("Today's stats");
  const cards = new Set<string>();
  const byState = { new: 0, learning: 0, review: 0, relearning: 0 };
  const mature = { passed: 0, total: 0 };
  let reviews = 0;
  let again = 0;
  let knownMs = 0;
  let known = 0;
  let measured = 0;
  let previous: number | null = null;

  return {
    add(record) {
      guard(record.review);
      if (record.review < start || record.review >= end) return;
      reviews += 1;
      cards.add(record.cardId);
      if (record.rating === Grade.Again) again += 1;
      if (record.state === CardState.New) byState.new += 1;
      else if (record.state === CardState.Learning) byState.learning += 1;
      else if (record.state === CardState.Review) byState.review += 1;
      else byState.relearning += 1;
      if (record.state === CardState.Review && record.scheduledDays >= MATURE_INTERVAL_DAYS) {
        mature.total += 1;
        if (record.rating !== Grade.Again) mature.passed += 1;
      }
      if (record.durationMs !== undefined && record.durationMs >= 0) {
        knownMs += Math.min(record.durationMs, maxAnswerMs);
        known += 1;
        measured += 1;
      } else if (previous !== null && record.review - previous <= sittingGapMs) {
        knownMs += Math.min(record.review - previous, maxAnswerMs);
        known += 1;
      }
      previous = record.review;
    },
    result() {
      const unknown = reviews - known;
      const average = known > 0 ? knownMs / known : 0;
      return {
        reviews,
        cards: cards.size,
        again,
        againRate: reviews > 0 ? again / reviews : null,
        byState: { ...byState },
        mature: { ...mature },
        timeMs: Math.round(knownMs + unknown * average),
        measured,
      };
    },
  };
}
