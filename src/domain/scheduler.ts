/**
 * The only module that imports ts-fsrs. It turns our plain records into ts-fsrs cards and
 * back, so an upgrade of the library touches this file alone. FSRS-6 with its default
 * weights; fuzz on, as in Anki.
 */
import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRS, type Grade as FsrsGrade, type RecordLogItem, type StepUnit } from 'ts-fsrs';
import { CardState, GRADES, type Grade, type ReviewRecord, type ScheduleRecord, type SchedulerSettings } from './model';

export interface GradeOutcome {
  schedule: ScheduleRecord;
  review: ReviewRecord;
}

export type GradePreview = Record<Grade, GradeOutcome>;

export interface CardRef {
  id: string;
  deckId: string;
}

const STEP = /^\d+(\.\d+)?[mhd]$/;

/** True when every step reads like "1m", "10m", "1h" or "2d". */
export function areValidSteps(steps: readonly string[]): boolean {
  return steps.every((step) => STEP.test(step));
}

function toFsrsCard(schedule: ScheduleRecord | null, now: number): Card {
  if (!schedule) return createEmptyCard(new Date(now));
  return {
    due: new Date(schedule.due),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: schedule.elapsedDays,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: schedule.state,
    ...(schedule.lastReview !== null ? { last_review: new Date(schedule.lastReview) } : {}),
  };
}

function fromFsrsCard(card: Card, ref: CardRef): ScheduleRecord {
  return {
    cardId: ref.id,
    deckId: ref.deckId,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

function toOutcome(item: RecordLogItem, ref: CardRef, before: ScheduleRecord | null): GradeOutcome {
  const { log } = item;
  return {
    schedule: fromFsrsCard(item.card, ref),
    review: {
      cardId: ref.id,
      deckId: ref.deckId,
      rating: log.rating as Grade,
      review: log.review.getTime(),
      state: log.state as CardState,
      due: log.due.getTime(),
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      before,
      origin: 'app',
    },
  };
}

export class Scheduler {
  private readonly engine: FSRS;

  constructor(settings: SchedulerSettings) {
    this.engine = fsrs(
      generatorParameters({
        request_retention: settings.desiredRetention,
        enable_fuzz: true,
        enable_short_term: true,
        learning_steps: settings.learningSteps as StepUnit[],
        relearning_steps: settings.relearningSteps as StepUnit[],
      }),
    );
  }

  /**
   * What each grade would do to the card at `now`. Grading with the same `now` gives exactly
   * these outcomes (fuzz included: its seed depends on the card and the instant).
   */
  preview(card: CardRef, schedule: ScheduleRecord | null, now: number): GradePreview {
    const log = this.engine.repeat(toFsrsCard(schedule, now), new Date(now));
    const preview = {} as GradePreview;
    for (const grade of GRADES) preview[grade] = toOutcome(log[grade as FsrsGrade], card, schedule);
    return preview;
  }

  /** The card's new schedule and the review-log entry for grading it at `now`. */
  grade(card: CardRef, schedule: ScheduleRecord | null, now: number, grade: Grade): GradeOutcome {
    return toOutcome(this.engine.next(toFsrsCard(schedule, now), new Date(now), grade as FsrsGrade), card, schedule);
  }

  /** Probability (0-1) that the card is recalled at `now`; null for a new card. */
  retrievability(schedule: ScheduleRecord | null, now: number): number | null {
    if (!schedule || schedule.state === CardState.New) return null;
    return this.engine.get_retrievability(toFsrsCard(schedule, now), new Date(now), false);
  }
}
