/**
 * The plan toward an interview date: the unseen cards of the chosen roles are spread over the
 * study days left so that every card is introduced by three days before the interview, leaving
 * the last two days to review ahead (each card gets at least two more looks), and the interview
 * day itself. The daily new-card count follows from that, capped by the user's limit; when the
 * cap makes the date unreachable the plan says so, with the count a day it would take.
 *
 * Pure: the instant, the local offset (a function, so DST changes are followed) and the counts
 * are parameters. FSRS still schedules every review; the plan only paces introductions.
 */
import { CardState, type ScheduleRecord } from './model';
import { studyDayNumber, studyDayNumberStart, type UtcOffset } from './study-day';

/** Days before the interview on which no new card is added (D-2 and D-1 review ahead). */
export const REVIEW_AHEAD_DAYS = 2;

/** A card of the plan: its schedule (null or New: not yet seen); retired or suspended cards are left out. */
export interface PlanCard {
  schedule: ScheduleRecord | null | undefined;
  retired?: boolean;
  suspended?: boolean;
}

/** The plan's cards, counted; built with tallyPlanCards, or addPlanCard one record at a time. */
export interface PlanTally {
  total: number;
  unseen: number;
}

/** The plan as it stood when the date was set, so that later days can say ahead or behind. */
export interface PlanAnchor {
  /** When the plan was set (epoch ms); its study day is the pace's first day. */
  since: number;
  /** Cards of the plan not yet seen when that study day began. */
  unseen: number;
}

export interface PlanInput {
  /** When the interview starts (epoch ms); null: no date yet. */
  interviewAt: number | null;
  now: number;
  utcOffset: UtcOffset;
  dayStartHour: number;
  /** The user's daily new-card limit (Settings). */
  newPerDayLimit: number;
  cards: PlanTally;
  /** Cards of the plan first graded since today's study day began (countDoneToday(...).newCards over them). */
  introducedToday: number;
  /** Stored when the date was set (anchorPlan); without it, only today's work counts toward ahead/behind. */
  anchor?: PlanAnchor | null;
}

export type PlanDayMode = 'learn' | 'review-ahead' | 'interview';

export interface PlanDay {
  /** 0 = today. */
  day: number;
  /** When this study day begins and ends (epoch ms), in the local offset of that day. */
  start: number;
  end: number;
  /** New cards to introduce that day. */
  newCards: number;
  mode: PlanDayMode;
}

/** The daily limit is too low to introduce every card by three days before the interview. */
export interface PlanWarning {
  /** New cards a day it would take. */
  neededPerDay: number;
  limit: number;
  /** Cards still to introduce (as of this study day's start). */
  unseen: number;
  /** Study days left for introducing cards, today included. */
  learnDays: number;
  /** Cards left unseen by the last introduction day at the current limit. */
  leftOver: number;
}

/** no-date: study at the daily limit; past: the date has gone; learn: cards are still being added; review-ahead: the last two days; interview-day: today. */
export type PlanStatus = 'no-date' | 'past' | 'learn' | 'review-ahead' | 'interview-day';

export interface InterviewPlan {
  status: PlanStatus;
  /** Study days from today to the interview's (0: the interview is today); null without a future date. */
  daysLeft: number | null;
  /** The instant after which no new card is planned (start of day D-2); null without a future date. */
  introduceBy: number | null;
  /** The daily new-card count that follows (never above the limit). */
  newPerDay: number;
  /** Today up to the interview day, one entry a study day; empty without a future date. */
  days: PlanDay[];
  today: {
    /** Today's share of new cards, fixed for the whole study day. */
    newCards: number;
    introduced: number;
    remaining: number;
    mode: PlanDayMode;
  };
  /** Set exactly when the daily limit makes the date unreachable. */
  warning: PlanWarning | null;
  /** Cards that will not have been introduced by the last introduction day under this plan. */
  notCovered: number;
  /** Cards ahead of (> 0) or behind (< 0) the pace set at the anchor; 0 is on track. */
  vsPace: number;
  total: number;
  seen: number;
  unseen: number;
}

/** An empty tally, to fold cards into with addPlanCard. */
export function emptyPlanTally(): PlanTally {
  return { total: 0, unseen: 0 };
}

/** The tally with one more card; retired and suspended cards do not count. */
export function addPlanCard(tally: PlanTally, card: PlanCard): PlanTally {
  if (card.retired || card.suspended) return tally;
  const unseen = !card.schedule || card.schedule.state === CardState.New;
  return { total: tally.total + 1, unseen: tally.unseen + (unseen ? 1 : 0) };
}

/** Counts the chosen roles' cards for the plan. */
export function tallyPlanCards(cards: Iterable<PlanCard>): PlanTally {
  let tally = emptyPlanTally();
  for (const card of cards) tally = addPlanCard(tally, card);
  return tally;
}

/** The anchor to store with the interview date when it is set (or the roles change). */
export function anchorPlan(cards: PlanTally, introducedToday: number, now: number): PlanAnchor {
  return { since: now, unseen: cards.unseen + introducedToday };
}

/**
 * An even pace of `cards` over `days` days, at most `limit` a day, the odd cards first (so the
 * earliest cards get the most review time). Closed forms, so long horizons cost nothing.
 */
function pace(cards: number, days: number, limit: number) {
  const span = Math.max(0, days);
  const needed = cards === 0 ? 0 : span === 0 ? Infinity : Math.ceil(cards / span);
  const reachable = needed <= limit;
  const base = reachable && span > 0 ? Math.floor(cards / span) : limit;
  const extra = reachable && span > 0 ? cards % span : 0;
  /** New cards on pace day i. */
  const on = (i: number) => (i < 0 || i >= span ? 0 : base + (i < extra ? 1 : 0));
  /** New cards on pace days 0 .. k-1. */
  const before = (k: number) => {
    const n = Math.min(Math.max(k, 0), span);
    return Math.min(cards, n * base + Math.min(n, extra));
  };
  return { needed, reachable, perDay: span === 0 ? 0 : reachable ? needed : limit, on, before };
}

/** The plan toward the interview for today, with its warning and ahead/behind figure. */
export function planInterview(input: PlanInput): InterviewPlan {
  const { interviewAt, now, utcOffset, dayStartHour, cards, introducedToday } = input;
  const limit = Math.max(0, Math.floor(input.newPerDayLimit));
  // Today's share is worked out from the day's start, so studying does not move it.
  const unseenAtDayStart = cards.unseen + introducedToday;
  const counts = { total: cards.total, seen: cards.total - cards.unseen, unseen: cards.unseen };

  const today = studyDayNumber(now, dayStartHour, utcOffset);
  const noPlan = (status: 'no-date' | 'past'): InterviewPlan => {
    const share = Math.min(limit, unseenAtDayStart);
    return {
      status,
      daysLeft: null,
      introduceBy: null,
      newPerDay: limit,
      days: [],
      today: {
        newCards: share,
        introduced: introducedToday,
        remaining: Math.max(0, share - introducedToday),
        mode: 'learn',
      },
      warning: null,
      notCovered: 0,
      vsPace: 0,
      ...counts,
    };
  };
  if (interviewAt === null) return noPlan('no-date');
  if (interviewAt <= now) return noPlan('past');

  const interviewDay = studyDayNumber(interviewAt, dayStartHour, utcOffset);
  const daysLeft = interviewDay - today;
  const lastLearnDay = interviewDay - REVIEW_AHEAD_DAYS - 1;
  const learnDays = Math.max(0, lastLearnDay - today + 1);
  const plan = pace(unseenAtDayStart, learnDays, limit);

  const days: PlanDay[] = [];
  for (let day = 0; day <= daysLeft; day += 1) {
    const mode: PlanDayMode = day === daysLeft ? 'interview' : day < learnDays ? 'learn' : 'review-ahead';
    days.push({
      day,
      start: studyDayNumberStart(today + day, dayStartHour, utcOffset),
      end: studyDayNumberStart(today + day + 1, dayStartHour, utcOffset),
      newCards: plan.on(day),
      mode,
    });
  }
  const share = plan.on(0);
  const warning: PlanWarning | null =
    learnDays > 0 && !plan.reachable
      ? {
          neededPerDay: plan.needed,
          limit,
          unseen: unseenAtDayStart,
          learnDays,
          leftOver: unseenAtDayStart - plan.before(learnDays),
        }
      : null;

  return {
    status: daysLeft === 0 ? 'interview-day' : learnDays > 0 ? 'learn' : 'review-ahead',
    daysLeft,
    introduceBy: studyDayNumberStart(lastLearnDay + 1, dayStartHour, utcOffset),
    newPerDay: plan.perDay,
    days,
    today: {
      newCards: share,
      introduced: introducedToday,
      remaining: Math.max(0, share - introducedToday),
      mode: days[0]!.mode,
    },
    warning,
    notCovered: unseenAtDayStart - plan.before(learnDays),
    vsPace: measurePace(input, today, lastLearnDay, limit, share),
    ...counts,
  };
}

/**
 * Ahead (+) or behind (-) the pace set at the anchor: cards introduced before today against the
 * pace up to yesterday, plus whatever today's work goes beyond today's pace. An unfinished day
 * is never "behind" until it is over.
 */
function measurePace(input: PlanInput, today: number, lastLearnDay: number, limit: number, share: number): number {
  const { anchor, cards, introducedToday, dayStartHour, utcOffset } = input;
  const anchorDay = anchor ? studyDayNumber(anchor.since, dayStartHour, utcOffset) : today;
  if (!anchor || anchorDay >= today) return Math.max(0, introducedToday - share);
  const anchored = pace(anchor.unseen, lastLearnDay - anchorDay + 1, limit);
  const sinceAnchor = Math.max(0, anchor.unseen - cards.unseen);
  const beforeToday = Math.max(0, sinceAnchor - introducedToday);
  const k = today - anchorDay;
  return beforeToday - anchored.before(k) + Math.max(0, introducedToday - anchored.on(k));
}
