/**
 * The candidate's interview and the plan toward it: the roles and date (first visit, Settings),
 * the plan for today (domain/interview-plan.ts) and its effect on studying: with a date ahead,
 * today's share of the plan is the limit on the chosen roles' new cards, which come first (never
 * above the user's own limit, which still applies to all new cards together).
 *
 * The roles' cards are read from storage (the cards' tag index) with every reload and when the
 * roles change; during the day the plan follows the review log the shared state keeps, so a
 * grade or an undo moves it at once without another read.
 */
import { batch, computed, signal } from '@preact/signals';
import { countDoneToday } from '../domain/day-counts';
import { anchorPlan, planInterview, tallyPlanCards, type InterviewPlan } from '../domain/interview-plan';
import { EMPTY_PROFILE, movesPlan, planRoles, type InterviewProfile } from '../domain/interview-profile';
import { chooseNextStep } from '../domain/next-step';
import type { NewCardCap } from '../domain/queue';
import { roleTag } from '../domain/roles';
import { nextStudyDayStart, studyDayStart } from '../domain/study-day';
import type { AppDb } from '../storage/db';
import { loadInterviewProfile, saveInterviewProfile } from '../storage/interview-profile-store';
import { loadPlanCards } from '../storage/role-cards';
import { loadSettings } from '../storage/settings-store';
import type { AppState } from './app-state';
import type { Clock } from './clock';

/** The plan's cards as read at some instant: the day's changes are derived from the review log. */
interface PlanBase {
  tags: ReadonlySet<string>;
  cardIds: ReadonlySet<string>;
  total: number;
  /** Cards of the plan not yet seen when the study day of `since` began. */
  unseenAtStart: number;
  /** The start of the study day the read was made in. */
  since: number;
}

export type InterviewGuide = ReturnType<typeof createInterviewGuide>;

/** The answers the first visit and Settings save. */
export type InterviewChoice = Pick<InterviewProfile, 'roles' | 'notSure' | 'interviewAt' | 'noDate'>;

/** Builds the interview guide over the shared state; it joins every reload and sets the plan's cap. */
export function createInterviewGuide(app: AppState, { db, clock }: { db: AppDb; clock: Clock }) {
  const profile = signal<InterviewProfile>(EMPTY_PROFILE);
  const base = signal<PlanBase | null>(null);
  const offset = (at: number) => clock.utcOffsetMinutes(at);
  const dayStartAt = (at: number, hour = app.settings.value.dayStartHour) => studyDayStart(at, hour, offset(at));

  async function readBase(roles: InterviewProfile, at: number, dayStartHour: number): Promise<PlanBase> {
    const since = dayStartAt(at, dayStartHour);
    const tags = planRoles(roles).map(roleTag);
    const data = await loadPlanCards(db, tags, since);
    const tally = tallyPlanCards(
      data.cards.map(({ card, schedule }) => ({ schedule, retired: card.retired, suspended: card.suspended })),
    );
    return {
      tags: new Set(tags),
      cardIds: new Set(data.cards.map(({ card }) => card.id)),
      total: tally.total,
      unseenAtStart: tally.unseen + countDoneToday(data.reviews).newCards,
      since,
    };
  }

  /** New cards of the plan started since `since`, from the review log in memory. */
  function introducedSince(since: number, cardIds: ReadonlySet<string>): number {
    return countDoneToday(app.todaysReviews.value.filter((r) => r.review >= since && cardIds.has(r.cardId))).newCards;
  }

  /** The plan at an instant; null until the plan's decks have been read. */
  function planAt(at: number): InterviewPlan | null {
    const b = base.value;
    if (!b) return null;
    const p = profile.value;
    return planInterview({
      interviewAt: p.interviewAt,
      now: at,
      utcOffset: offset,
      dayStartHour: app.settings.value.dayStartHour,
      newPerDayLimit: app.settings.value.newPerDay,
      cards: { total: b.total, unseen: Math.max(0, b.unseenAtStart - introducedSince(b.since, b.cardIds)) },
      introducedToday: introducedSince(dayStartAt(at), b.cardIds),
      anchor: p.anchor,
    });
  }

  const plan = computed(() => planAt(app.now.value));

  /** With a date ahead, the chosen roles' new cards stop at today's share of the plan. */
  function capAt(at: number): NewCardCap | null {
    const b = base.value;
    const interviewAt = profile.value.interviewAt;
    if (!b || interviewAt === null || interviewAt <= at || b.cardIds.size === 0) return null;
    const today = at === app.now.value ? plan.value : planAt(at);
    return today ? { tags: b.tags, room: today.today.remaining } : null;
  }
  app.newCardCap.value = capAt;

  app.alsoOnReload(async (at) => {
    const [saved, settings] = await Promise.all([loadInterviewProfile(db), loadSettings(db)]);
    const read = await readBase(saved, at, settings.dayStartHour);
    return () => {
      profile.value = saved;
      base.value = read;
    };
  });

  async function store(next: InterviewProfile, nextBase = base.value): Promise<void> {
    await saveInterviewProfile(db, next);
    batch(() => {
      profile.value = next;
      base.value = nextBase;
    });
  }

  /**
   * Saves the roles and the date. A new date or other roles set the plan again from now (its
   * anchor, against which ahead/behind is counted); the same answers keep it.
   */
  async function save(choice: InterviewChoice): Promise<void> {
    const at = clock.now();
    const before = profile.value;
    const next: InterviewProfile = { ...before, ...choice, answeredAt: at };
    if (!movesPlan(before, next)) return store(next);
    const read = await readBase(next, at, app.settings.value.dayStartHour);
    const introducedToday = introducedSince(dayStartAt(at), read.cardIds);
    const unseen = Math.max(0, read.unseenAtStart - introducedSince(read.since, read.cardIds));
    const anchor = next.interviewAt === null ? null : anchorPlan({ total: read.total, unseen }, introducedToday, at);
    return store({ ...next, anchor }, read);
  }

  return {
    profile,
    plan,
    save,
    /** The roles the plan covers (those chosen, or all four). */
    planRoles: computed(() => planRoles(profile.value)),
    /** The first visit shows until its questions are answered or skipped. */
    firstVisit: computed(() => app.ready.value && profile.value.answeredAt === null),

    /** The first visit's questions are skipped: they stay unanswered, and Settings can answer them later. */
    skip(): Promise<void> {
      return store({ ...profile.value, answeredAt: profile.value.answeredAt ?? clock.now() });
    },

    /** A rehearsal was started (Home then stops offering one today). */
    noteRehearsal(): Promise<void> {
      return store({ ...profile.value, rehearsedAt: clock.now() });
    },

    /** The one next step Home leads with. */
    nextStep: computed(() => {
      const at = app.now.value;
      const interviewDecks = new Set(app.decks.value.filter((d) => d.interview && !d.retired).map((d) => d.id));
      return chooseNextStep({
        ready: app.ready.value,
        decks: app.summaries.value.length,
        dueNow: app.allDueCount.value,
        gradedToday: app.gradedToday.value,
        nextDue: app.allCounts.value.nextDue,
        dayEnd: nextStudyDayStart(at, app.settings.value.dayStartHour, offset(at)),
        interviewQuestions: app.summaries.value.reduce((n, s) => n + (interviewDecks.has(s.deck.id) ? s.total : 0), 0),
        rehearsedToday: (profile.value.rehearsedAt ?? -Infinity) >= app.dayStart.value,
      });
    }),
  };
}
