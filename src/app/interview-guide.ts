/**
 * The candidate's interview and the plan toward it: the roles and date (first visit, Settings),
 * the plan for today (domain/interview-plan.ts) and its effect on studying: with a date ahead,
 * today's share of the plan is the limit on the chosen roles' new cards, which come before other
 * new cards (never above the user's own limit, which still applies to all new cards together).
 * The queue takes them as a lane of their own (PlanLane, domain/queue-window.ts), counted and
 * picked apart from the queue-slot index.
 *
 * The roles' cards are read from storage (the cards' tag index) with every reload, on a new
 * study day and when the roles change; in between, the plan follows the review log the shared
 * state keeps, so a grade or an undo moves it at once without another read.
 */
import { batch, computed, signal } from '@preact/signals';
import { countDoneToday } from '../domain/day-counts';
import { CardState, type ReviewRecord, type SchedulerSettings } from '../domain/model';
import { anchorPlan, planInterview, tallyPlanCards, type InterviewPlan } from '../domain/interview-plan';
import { EMPTY_PROFILE, movesPlan, planRoles, type InterviewProfile } from '../domain/interview-profile';
import { chooseNextStep } from '../domain/next-step';
import { compareSlots, Lane, type QueueSlot } from '../domain/queue-slot';
import type { PlanLane } from '../domain/queue-window';
import { roleTag } from '../domain/roles';
import { repairSettings } from '../domain/settings-check';
import { nextStudyDayStart, studyDayStart } from '../domain/study-day';
import type { AppDb } from '../storage/db';
import { loadInterviewProfile, saveInterviewProfile } from '../storage/interview-profile-store';
import { loadPlanCards } from '../storage/role-cards';
import { loadStoredSettings } from '../storage/settings-store';
import type { AppState } from './app-state';
import type { Clock } from './clock';

/** The plan's cards as read at some instant: the day's changes are derived from the review log. */
interface PlanBase {
  cardIds: ReadonlySet<string>;
  /** The plan's cards that were new at the read, as queue slots in queue order (with `buriedUntil`). */
  fresh: QueueSlot[];
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
    const data = await loadPlanCards(db, planRoles(roles).map(roleTag), since);
    const tally = tallyPlanCards(
      data.cards.map(({ card, schedule }) => ({ schedule, retired: card.retired, suspended: card.suspended })),
    );
    const fresh = data.cards
      .filter(
        ({ card, schedule }) => !card.retired && !card.suspended && (!schedule || schedule.state === CardState.New),
      )
      .map(({ card }) => ({
        cardId: card.id,
        deckId: card.deckId,
        lane: Lane.New,
        due: 0,
        order: card.order,
        ...(card.buriedUntil === undefined ? {} : { buriedUntil: card.buriedUntil }),
      }))
      .sort(compareSlots);
    return {
      cardIds: new Set(data.cards.map(({ card }) => card.id)),
      fresh,
      total: tally.total,
      unseenAtStart: tally.unseen + countDoneToday(data.reviews).newCards,
      since,
    };
  }

  /** The plan's first grades (new cards started) since `since` in a review log. */
  function startedSince(since: number, cardIds: ReadonlySet<string>, reviews: readonly ReviewRecord[]) {
    return reviews.filter(
      (r) =>
        r.review >= since &&
        cardIds.has(r.cardId) &&
        r.origin !== 'anki' &&
        (!r.before || r.before.state === CardState.New),
    );
  }

  /** The plan at an instant, given the review log and the settings; null until the plan's cards have been read. */
  function planAt(
    at: number,
    reviews: readonly ReviewRecord[] = app.todaysReviews.value,
    settings: SchedulerSettings = app.settings.value,
  ): InterviewPlan | null {
    const b = base.value;
    if (!b) return null;
    const p = profile.value;
    const dayStart = studyDayStart(at, settings.dayStartHour, offset(at));
    return planInterview({
      interviewAt: p.interviewAt,
      now: at,
      utcOffset: offset,
      dayStartHour: settings.dayStartHour,
      newPerDayLimit: settings.newPerDay,
      cards: {
        total: b.total,
        unseen: Math.max(0, b.unseenAtStart - startedSince(b.since, b.cardIds, reviews).length),
      },
      introducedToday: startedSince(dayStart, b.cardIds, reviews).length,
      anchor: p.anchor,
    });
  }

  const plan = computed(() => planAt(app.now.value));

  /** With a date ahead: the plan's cards still new, started first, up to today's share of the plan. */
  app.planLane.value = (at, reviews, settings): PlanLane | null => {
    const b = base.value;
    const interviewAt = profile.value.interviewAt;
    if (!b || interviewAt === null || interviewAt <= at || b.fresh.length === 0) return null;
    const today = planAt(at, reviews, settings);
    if (!today) return null;
    const started = new Set(startedSince(b.since, b.cardIds, reviews).map((r) => r.cardId));
    // Retired cards (a retired deck's too) were left out when read; buried ones wait for their day.
    const slots = b.fresh.filter(
      (slot) => !started.has(slot.cardId) && (slot.buriedUntil === undefined || slot.buriedUntil <= at),
    );
    return { room: today.today.remaining, slots, ids: new Set(slots.map((slot) => slot.cardId)) };
  };

  // A new study day: the plan's cards are read again (the review log in memory covers a day or two).
  app.follow(async (at) => {
    const b = base.value;
    if (!b || dayStartAt(at) === b.since) return;
    base.value = await readBase(profile.value, at, app.settings.value.dayStartHour);
    await app.refreshCounts();
  });

  app.alsoOnReload(async (at) => {
    const [saved, stored] = await Promise.all([loadInterviewProfile(db), loadStoredSettings(db)]);
    // The same repair the app state applies to what it reads beside this.
    const read = await readBase(saved, at, repairSettings(stored ?? {}).settings.dayStartHour);
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
    const reviews = app.todaysReviews.value;
    const introducedToday = startedSince(dayStartAt(at), read.cardIds, reviews).length;
    const unseen = Math.max(0, read.unseenAtStart - startedSince(read.since, read.cardIds, reviews).length);
    const anchor = next.interviewAt === null ? null : anchorPlan({ total: read.total, unseen }, introducedToday, at);
    await store({ ...next, anchor }, read);
    // The plan's lane changed with the date or the roles: the counts follow.
    await app.refreshCounts();
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
