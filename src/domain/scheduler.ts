/**
 * The only module that imports ts-fsrs. It turns our plain records into ts-fsrs cards and
 * back, so an upgrade of the library touches this file alone. FSRS-6 with its default
 * weights; fuzz on, as in Anki.
 */
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  type Card,
  type FSRS,
  type Grade as FsrsGrade,
  type RecordLogItem,
  type StepUnit,
} from 'ts-fsrs';
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

const DAY_MS = 86_400_000;

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
    return retrievability(schedule, now);
  }
}

// The forgetting curve depends only on the FSRS weights (the defaults), not on desired
// retention or the steps, so one engine serves every caller.
const curveEngine = fsrs(generatorParameters({ enable_fuzz: false }));

/**
 * Predicted chance (0-1) of recalling the card at `at`: FSRS retrievability, as ts-fsrs
 * computes it (whole days since the last review). 0 for a card never studied.
 */
export function retrievability(schedule: ScheduleRecord | null, at: number): number {
  if (!schedule || schedule.state === CardState.New) return 0;
  // Anki imports without history may lack a last review: count back from the due date.
  const lastReview = schedule.lastReview ?? schedule.due - schedule.scheduledDays * DAY_MS;
  // What ts-fsrs's get_retrievability computes (whole days elapsed, stability to 8 places),
  // without building Date objects: readiness calls this for every card of the collection.
  const elapsedDays = Math.max(Math.floor((at - lastReview) / DAY_MS), 0);
  return curveEngine.forgetting_curve(elapsedDays, +schedule.stability.toFixed(8));
}

/** One step of an Anki card's review history, already read from its revlog. */
export type AnkiHistoryEvent =
  | { at: number; grade: Grade }
  /** "Forget"/"reset to new" in Anki: the memory state starts over from here. */
  | { at: number; reset: true };

/** Anki's own view of a card now (its cards row), which anchors the imported due date. */
export interface AnkiCardSnapshot {
  /** From the card's `type`: New, Learning, Review or Relearning. */
  state: CardState;
  /** When Anki would show the card next (epoch ms), or null when unknown. */
  due: number | null;
  intervalDays: number;
  /** Ease factor as a ratio (2.5 = 250 %), 0 when unknown. */
  ease: number;
  reps: number;
  lapses: number;
  /** FSRS memory state Anki stored in the card's `data` ("s", "d"), when FSRS was on there. */
  memory: { stability: number; difficulty: number } | null;
}

export interface AnkiProgress {
  /** Null: the card is new here. */
  schedule: Omit<ScheduleRecord, 'cardId' | 'deckId'> | null;
  reviews: Omit<ReviewRecord, 'cardId' | 'deckId' | 'id'>[];
}

// A deterministic engine for replaying history: fuzz would make re-imports disagree.
const replayEngine = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: true }));

// SM-2 ease 1.3 (hardest) .. 3.0+ (easiest) onto FSRS difficulty 10 .. 1.
function difficultyFromEase(ease: number): number {
  if (!(ease > 0)) return 5;
  return Math.min(10, Math.max(1, 10 - ((ease - 1.3) / 1.7) * 9));
}

/**
 * Derives an imported Anki card's FSRS state: replays its graded history with ts-fsrs (resets
 * start it over), then keeps Anki's own due date and state so that nothing moves on import.
 * Without history the state is estimated from the interval and ease.
 */
export function scheduleFromAnkiHistory(
  events: readonly AnkiHistoryEvent[],
  snapshot: AnkiCardSnapshot,
  now: number,
): AnkiProgress {
  const ref: CardRef = { id: '', deckId: '' };
  let card: Card = createEmptyCard(new Date(events[0]?.at ?? now));
  const reviews: AnkiProgress['reviews'] = [];
  for (const event of events) {
    if ('reset' in event) {
      card = createEmptyCard(new Date(event.at));
      continue;
    }
    const at = Math.max(event.at, card.last_review?.getTime() ?? event.at);
    const item = replayEngine.next(card, new Date(at), event.grade as FsrsGrade);
    const { review } = toOutcome(item, ref, null);
    const { cardId: _c, deckId: _d, id: _i, ...rest } = review;
    reviews.push({ ...rest, before: null, origin: 'anki' });
    card = item.card;
  }
  if (snapshot.state === CardState.New) return { schedule: null, reviews };

  if (card.state === CardState.New) {
    // Scheduled in Anki but no usable history: estimate the memory state.
    const lastReview =
      snapshot.due !== null && snapshot.state === CardState.Review
        ? snapshot.due - snapshot.intervalDays * DAY_MS
        : null;
    const initial = replayEngine.next(createEmptyCard(new Date(now)), new Date(now), 3 as FsrsGrade).card;
    card = {
      ...card,
      stability: snapshot.state === CardState.Review ? Math.max(snapshot.intervalDays, 0.1) : initial.stability,
      difficulty: difficultyFromEase(snapshot.ease),
      ...(lastReview !== null ? { last_review: new Date(lastReview) } : {}),
    };
  }
  const schedule = fromFsrsCard(card, ref);
  const { cardId: _c, deckId: _d, ...rest } = schedule;
  return {
    schedule: {
      ...rest,
      state: snapshot.state,
      due: snapshot.due ?? rest.due,
      stability: snapshot.memory?.stability ?? rest.stability,
      difficulty: snapshot.memory?.difficulty ?? rest.difficulty,
      scheduledDays: snapshot.state === CardState.Review ? snapshot.intervalDays : rest.scheduledDays,
      learningSteps: snapshot.state === CardState.Review ? 0 : rest.learningSteps,
      reps: Math.max(snapshot.reps, rest.reps),
      lapses: Math.max(snapshot.lapses, rest.lapses),
    },
    reviews,
  };
}
