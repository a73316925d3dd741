/**
 * Issue 10, point 2, through the app layer at fixed instants (UTC+9, study days from 4 a.m.):
 * with a date and roles, the plan's daily new-card count is the limit on the chosen roles' new
 * cards (never above the user's own limit, which still caps all new cards together); the last
 * days review ahead; the anchor is stored with the date, and ahead/behind follows from it.
 */
import { describe, expect, it } from 'vitest';
import { createInterviewForm } from '../../src/app/interview-form';
import { Grade } from '../../src/domain/model';
import { readInterviewProfile } from '../../src/domain/interview-profile';
import { taggedDeck, manualClock, startApp } from '../helpers/app-fixture';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TOKYO = 9 * 60;
/** 1 Dec 2026, 10:00 in Tokyo. */
const T0 = Date.UTC(2026, 11, 1, 1, 0);
/** 24 analyst cards, then 6 for directors only. */
const ROLE_DECK = taggedDeck('roles', [
  ...Array.from({ length: 24 }, () => ['product-data-analyst']),
  ...Array.from({ length: 6 }, () => ['director']),
]);
/** Cards of no role. */
const GENERAL = taggedDeck(
  'general',
  Array.from({ length: 30 }, () => ['general']),
);

async function setUp() {
  const clock = manualClock(T0, TOKYO);
  const started = await startApp([ROLE_DECK, GENERAL], clock);
  const { app, services } = started;
  const newIn = (deckId: string) => app.summaries.value.find((s) => s.deck.id === deckId)!.newCards;
  /** Grades the first `n` cards of a session over `scope` Good. */
  const gradeGood = async (scope: string, n: number) => {
    await started.study.start(scope);
    for (let i = 0; i < n; i++) {
      started.study.reveal();
      await started.study.grade(Grade.Good);
    }
  };
  /** Moves the clock to `days` days after T0 at the same local hour, plus `hours`. */
  const goTo = async (days: number, hours = 0) => {
    clock.set(T0 + days * DAY + hours * HOUR);
    await app.tick();
  };
  return {
    ...started,
    clock,
    guide: services.guide,
    form: createInterviewForm(services),
    newIn,
    studyGood: gradeGood,
    goTo,
  };
}

describe("the plan toward the date sets the roles' daily new cards", () => {
  it("caps the chosen roles' new cards at the plan's share, leaves other cards to the user's limit, and stores the anchor", async () => {
    const { app, db, guide, form, newIn, study } = await setUp();
    // No date yet: the user's limit (20) everywhere.
    expect(newIn('roles')).toBe(20);
    expect(app.allCounts.value.newCards).toBe(20);

    // Interview on 15 Dec: 14 study days away, new cards until 12 Dec (12 days): 24 / 12 = 2 a day.
    expect(await form.submit({ roles: ['analyst'], notSure: false, date: '2026-12-15', noDate: false })).toBeNull();
    expect(guide.plan.value).toMatchObject({ status: 'learn', daysLeft: 14, newPerDay: 2, total: 24, unseen: 24 });
    expect(guide.plan.value!.today).toMatchObject({ newCards: 2, remaining: 2 });
    // The roles deck: 2 analyst cards, then its director cards from what the shared limit leaves.
    await study.start('roles');
    expect(study.session.value!.remaining).toBe(2 + 6);
    // Study all: the plan's 2 first, then the others, 20 in all (the user's limit still holds).
    await study.start('all');
    expect(app.allCounts.value.newCards).toBe(20);
    expect(study.session.value!.current!.card.tags).toEqual(['product-data-analyst']);
    expect(newIn('general')).toBe(20);

    // The anchor is stored with the date: the plan as it stood now.
    const stored = readInterviewProfile(await db.get('settings', 'interview'));
    expect(stored).toMatchObject({ roles: ['analyst'], interviewAt: Date.UTC(2026, 11, 15, 0, 0) });
    expect(stored.anchor).toEqual({ since: T0, unseen: 24 });
  });

  it("follows the day: today's share done means no more analyst cards until tomorrow; behind after a missed day, by how many", async () => {
    const { app, guide, form, newIn, studyGood, goTo, clock } = await setUp();
    await form.submit({ roles: ['analyst'], notSure: false, date: '2026-12-15', noDate: false });
    await studyGood('roles', 2);
    expect(guide.plan.value!.today).toMatchObject({ newCards: 2, introduced: 2, remaining: 0 });
    expect(guide.plan.value!.vsPace).toBe(0);
    // Only the director cards are left to start in that deck today.
    expect(newIn('roles')).toBe(6);

    // 3:30 the next night is still 1 Dec's study day (it starts at 4:00 local).
    clock.set(Date.UTC(2026, 11, 1, 18, 30));
    await app.tick();
    expect(guide.plan.value!.today.remaining).toBe(0);
    // 4:00: a new study day, a new share.
    await goTo(1, -6);
    expect(guide.plan.value!.today).toMatchObject({ newCards: 2, introduced: 0 });
    expect(newIn('roles')).toBe(8);

    // 2 Dec goes by without study: on 3 Dec the candidate is 2 cards behind the pace set on 1 Dec.
    await goTo(2);
    expect(guide.plan.value!.vsPace).toBe(-2);
    // 22 cards over the 10 days left: 3 today (the odd cards first), so catching up starts at once.
    expect(guide.plan.value!.today.newCards).toBe(3);
    expect(newIn('roles') - 6).toBe(3);
    // Day 1's two cards come back first (learning), then today's 3 new ones.
    await studyGood('roles', 5);
    expect(guide.plan.value!.today).toMatchObject({ introduced: 3, remaining: 0 });
    expect(guide.plan.value!.vsPace).toBe(-1);
  });

  it("never goes above the user's own limit, and warns with the numbers when that limit makes the date unreachable", async () => {
    const { app, guide, form, newIn } = await setUp();
    await form.submit({ roles: ['analyst'], notSure: false, date: '2026-12-15', noDate: false });
    await app.saveSettings({ ...app.settings.value, newPerDay: 1 });
    expect(newIn('roles')).toBe(1);
    expect(guide.plan.value!.warning).toEqual({ neededPerDay: 2, limit: 1, unseen: 24, learnDays: 12, leftOver: 12 });
    await app.saveSettings({ ...app.settings.value, newPerDay: 2 });
    expect(guide.plan.value!.warning).toBeNull();
  });

  it('adds no analyst cards in the last two days, leaves other decks alone, and lets go once the date has passed', async () => {
    const { guide, form, newIn, goTo } = await setUp();
    await form.submit({ roles: ['analyst'], notSure: false, date: '2026-12-15', noDate: false });
    // 13 Dec: review ahead.
    await goTo(12);
    expect(guide.plan.value!.status).toBe('review-ahead');
    expect(newIn('roles')).toBe(6);
    expect(newIn('general')).toBe(20);
    // The interview day.
    await goTo(14, -2);
    expect(guide.plan.value!.status).toBe('interview-day');
    expect(newIn('roles')).toBe(6);
    // After the interview: the user's limit again.
    await goTo(15);
    expect(guide.plan.value!.status).toBe('past');
    expect(newIn('roles')).toBe(20);
  });

  it('"not sure" plans over all four roles\' cards; no date, no cap', async () => {
    const { guide, form, newIn } = await setUp();
    await form.submit({ roles: [], notSure: true, date: '2026-12-15', noDate: false });
    // 30 role cards over 12 days: 3 a day (6 odd cards first).
    expect(guide.plan.value).toMatchObject({ total: 30, newPerDay: 3 });
    expect(newIn('roles')).toBe(3);
    await form.submit({ roles: [], notSure: true, date: '', noDate: true });
    expect(guide.plan.value!.status).toBe('no-date');
    expect(newIn('roles')).toBe(20);
  });

  it("keeps the plan after a reload: the profile and the roles' cards are read with the app's data, before it is ready", async () => {
    const { form, studyGood, clock, dbName } = await setUp();
    await form.submit({ roles: ['analyst'], notSure: false, date: '2026-12-15', noDate: false });
    await studyGood('roles', 1);
    const again = await startApp([ROLE_DECK, GENERAL], clock, dbName);
    expect(again.services.guide.plan.value).toMatchObject({ total: 24, unseen: 23 });
    expect(again.services.guide.plan.value!.today).toMatchObject({ newCards: 2, introduced: 1, remaining: 1 });
    expect(again.app.summaries.value.find((s) => s.deck.id === 'roles')!.newCards).toBe(1 + 6);
  });
});
