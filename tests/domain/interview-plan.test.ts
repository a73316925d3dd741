import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchorPlan,
  planInterview,
  tallyPlanCards,
  type PlanInput,
  type PlanTally,
} from '../../src/domain/interview-plan';
import { CardState, type ScheduleRecord } from '../../src/domain/model';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The instant of a local wall-clock time at a fixed offset (minutes east of UTC). */
const local = (offset: number, y: number, m: number, d: number, h = 0, min = 0) =>
  Date.UTC(y, m - 1, d, h, min) - offset * 60_000;

function input(over: Partial<PlanInput> & { cards: PlanTally }): PlanInput {
  return {
    interviewAt: null,
    now: local(0, 2026, 11, 2, 10),
    utcOffset: 0,
    dayStartHour: 4,
    newPerDayLimit: 20,
    introducedToday: 0,
    ...over,
  };
}

const unseen = (n: number, total = n): PlanTally => ({ total, unseen: n });

describe('planInterview: spreading new cards toward the date', () => {
  it('introduces every card by three days before the interview and warns exactly when the limit cannot make it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 3, max: 90 }),
        fc.integer({ min: 0, max: 150 }),
        fc.constantFrom(-300, 0, 60, 540),
        fc.integer({ min: 0, max: 23 }),
        (n, d, limit, offset, hour) => {
          const now = local(offset, 2026, 5, 10, hour, 17);
          // The interview at 10:00 local, D study days after today's.
          const todayDate = hour < 4 ? 9 : 10;
          const interviewAt = local(offset, 2026, 5, todayDate + d, 10);
          const plan = planInterview(
            input({ now, interviewAt, utcOffset: offset, newPerDayLimit: limit, cards: unseen(n) }),
          );

          expect(plan.daysLeft).toBe(d);
          expect(plan.days).toHaveLength(d + 1);
          const needed = n === 0 ? 0 : Math.ceil(n / (d - 2));
          expect(plan.warning !== null).toBe(needed > limit);
          const introduced = plan.days.reduce((sum, day) => sum + day.newCards, 0);
          for (const day of plan.days) {
            expect(day.newCards).toBeLessThanOrEqual(limit);
            if (day.newCards > 0) expect(day.day).toBeLessThanOrEqual(d - 3);
          }
          if (plan.warning) {
            expect(plan.warning).toMatchObject({ neededPerDay: needed, limit, unseen: n, learnDays: d - 2 });
            expect(introduced).toBe(limit * (d - 2));
            expect(plan.warning.leftOver).toBe(n - introduced);
            expect(plan.notCovered).toBe(plan.warning.leftOver);
          } else {
            expect(introduced).toBe(n);
            expect(plan.newPerDay).toBe(needed);
            expect(plan.notCovered).toBe(0);
          }
        },
      ),
    );
  });

  it('300 cards, interview in 23 days: 15 a day within a limit of 20; a limit of 10 says it would take 15', () => {
    const now = local(0, 2026, 11, 2, 10);
    const interviewAt = local(0, 2026, 11, 25, 9);
    const easy = planInterview(input({ now, interviewAt, cards: unseen(300) }));
    expect(easy).toMatchObject({ status: 'learn', daysLeft: 23, newPerDay: 15, warning: null, notCovered: 0 });
    expect(easy.today).toEqual({ newCards: 15, introduced: 0, remaining: 15, mode: 'learn' });

    const tight = planInterview(input({ now, interviewAt, newPerDayLimit: 10, cards: unseen(300) }));
    expect(tight.warning).toEqual({ neededPerDay: 15, limit: 10, unseen: 300, learnDays: 21, leftOver: 90 });
    expect(tight.newPerDay).toBe(10);
    expect(tight.today.newCards).toBe(10);
  });

  it('leaves the last two days before the interview for review ahead, so each card is seen at least twice more', () => {
    const now = local(0, 2026, 11, 2, 10);
    const plan = planInterview(input({ now, interviewAt: local(0, 2026, 11, 12, 9), cards: unseen(80) }));
    const modes = plan.days.map((d) => d.mode);
    expect(modes.slice(0, 8)).toEqual(Array(8).fill('learn'));
    expect(modes.slice(8)).toEqual(['review-ahead', 'review-ahead', 'interview']);
    expect(plan.days.slice(8).every((d) => d.newCards === 0)).toBe(true);
    // The last new card comes before the two review-ahead days begin (9 Nov 04:00).
    expect(plan.introduceBy).toBe(local(0, 2026, 11, 10, 4));
    expect(plan.introduceBy).toBe(plan.days[8]!.start);
    // The odd cards come first: 80 over 8 days is exactly 10 a day.
    expect(plan.days.slice(0, 8).map((d) => d.newCards)).toEqual(Array(8).fill(10));
    const uneven = planInterview(input({ now, interviewAt: local(0, 2026, 11, 12, 9), cards: unseen(83) }));
    expect(uneven.days.slice(0, 8).map((d) => d.newCards)).toEqual([11, 11, 11, 10, 10, 10, 10, 10]);
  });

  it("keeps today's share fixed while the candidate studies, and counts down what is left of it", () => {
    const now = local(0, 2026, 11, 2, 10);
    const interviewAt = local(0, 2026, 11, 25, 9);
    const morning = planInterview(input({ now, interviewAt, cards: unseen(300) }));
    const later = planInterview(
      input({ now: now + 5 * HOUR, interviewAt, cards: unseen(293, 300), introducedToday: 7 }),
    );
    expect(later.today).toEqual({ newCards: morning.today.newCards, introduced: 7, remaining: 8, mode: 'learn' });
    const overDone = planInterview(input({ now, interviewAt, cards: unseen(280, 300), introducedToday: 20 }));
    expect(overDone.today.remaining).toBe(0);
    expect(overDone.vsPace).toBe(5);
    expect(overDone).toMatchObject({ total: 300, seen: 20, unseen: 280 });
  });

  it('counts the cards of the chosen roles: unseen when never studied or reset, retired and suspended left out', () => {
    const seen = { state: CardState.Review } as ScheduleRecord;
    const reset = { state: CardState.New } as ScheduleRecord;
    const tally = tallyPlanCards([
      { schedule: null },
      { schedule: undefined },
      { schedule: reset },
      { schedule: seen },
      { schedule: seen, suspended: true },
      { schedule: null, retired: true },
    ]);
    expect(tally).toEqual({ total: 4, unseen: 3 });
  });
});

describe('planInterview: ahead or behind the pace set with the date', () => {
  const since = local(0, 2026, 11, 2, 10);
  const interviewAt = local(0, 2026, 11, 25, 9);
  // Set on 2 Nov with 300 unseen: 21 days to introduce them, 15 a day for 6 days then 14.
  const anchor = anchorPlan(unseen(300), 0, since);
  const threeDaysLater = since + 3 * DAY;

  it('on track after doing each day its share', () => {
    const plan = planInterview(input({ now: threeDaysLater, interviewAt, anchor, cards: unseen(255, 300) }));
    expect(plan.vsPace).toBe(0);
  });

  it('behind by the cards missed on earlier days; today unfinished is not yet behind', () => {
    const plan = planInterview(input({ now: threeDaysLater, interviewAt, anchor, cards: unseen(270, 300) }));
    expect(plan.vsPace).toBe(-15);
    // The plan catches up over the days left: 270 over 18 days.
    expect(plan.today.newCards).toBe(15);
    const halfDone = planInterview(
      input({ now: threeDaysLater, interviewAt, anchor, cards: unseen(262, 300), introducedToday: 8 }),
    );
    expect(halfDone.vsPace).toBe(-15);
  });

  it('ahead by what was done beyond the pace, today included', () => {
    const plan = planInterview(
      input({ now: threeDaysLater, interviewAt, anchor, cards: unseen(230, 300), introducedToday: 20 }),
    );
    // 50 before today against 45, and 20 today against 15.
    expect(plan.vsPace).toBe(10);
  });

  it('without an anchor only today counts', () => {
    const plan = planInterview(input({ now: threeDaysLater, interviewAt, cards: unseen(270, 300) }));
    expect(plan.vsPace).toBe(0);
  });
});

describe('planInterview: days and time zones', () => {
  it('counts study days across the spring DST change (Paris, 29 March 2026: UTC+1 to UTC+2)', () => {
    const change = Date.UTC(2026, 2, 29, 1);
    const paris = (at: number) => (at < change ? 60 : 120);
    const now = local(60, 2026, 3, 20, 10);
    const interviewAt = local(120, 2026, 4, 2, 9); // 07:00 UTC: less than 13 x 24 h after now
    expect(interviewAt - now).toBeLessThan(13 * DAY);
    const plan = planInterview(input({ now, interviewAt, utcOffset: paris, cards: unseen(110) }));
    expect(plan.daysLeft).toBe(13);
    expect(plan.newPerDay).toBe(10); // 110 over the 11 days up to 30 March
    const byDate = new Map(plan.days.map((d) => [new Date(d.start + paris(d.start) * 60_000).toISOString(), d]));
    // Every day starts at 04:00 local, whichever offset is in force that day.
    for (const key of byDate.keys()) expect(key.slice(11, 16)).toBe('04:00');
    const saturday = byDate.get('2026-03-28T04:00:00.000Z')!;
    expect(saturday.end - saturday.start).toBe(23 * HOUR);
    expect(plan.days.at(-1)!.start).toBe(local(120, 2026, 4, 2, 4));
    expect(plan.days.at(-3)!.mode).toBe('review-ahead');
  });

  it('counts study days across the autumn DST change (Paris, 25 October 2026: UTC+2 to UTC+1)', () => {
    const change = Date.UTC(2026, 9, 25, 1);
    const paris = (at: number) => (at < change ? 120 : 60);
    // Day starts at midnight; the interview late on the 29th must not slip into the 30th.
    const now = local(120, 2026, 10, 20, 12);
    const interviewAt = local(60, 2026, 10, 29, 23, 30);
    const plan = planInterview(input({ now, interviewAt, utcOffset: paris, dayStartHour: 0, cards: unseen(70) }));
    expect(plan.daysLeft).toBe(9);
    const sunday = plan.days[5]!;
    expect(sunday.start).toBe(local(120, 2026, 10, 25, 0));
    expect(sunday.end - sunday.start).toBe(25 * HOUR);
    expect(plan.days.filter((d) => d.mode === 'learn')).toHaveLength(7);
  });

  it('in UTC+9 a study at 02:30 still counts for the day before', () => {
    const now = local(540, 2026, 11, 3, 2, 30);
    const plan = planInterview(
      input({ now, interviewAt: local(540, 2026, 11, 12, 10), utcOffset: 540, cards: unseen(80) }),
    );
    expect(plan.daysLeft).toBe(10); // from the study day of 2 Nov to 12 Nov
    expect(plan.days[0]!.start).toBe(local(540, 2026, 11, 2, 4));
    expect(plan.days[0]!.end).toBe(local(540, 2026, 11, 3, 4));
    expect(plan.newPerDay).toBe(10);
  });

  it('in UTC-5 the evening belongs to the local day, not the UTC one', () => {
    const now = local(-300, 2026, 11, 2, 23); // 04:00 UTC on 3 Nov
    const plan = planInterview(
      input({ now, interviewAt: local(-300, 2026, 11, 12, 9), utcOffset: -300, cards: unseen(80) }),
    );
    expect(plan.daysLeft).toBe(10);
    expect(plan.days[0]!.start).toBe(local(-300, 2026, 11, 2, 4));
    expect(plan.today.newCards).toBe(10);
  });
});

describe('planInterview: no date, a past date, the last days', () => {
  const now = local(0, 2026, 11, 2, 10);

  it('with no date: the daily limit, no countdown, no warning', () => {
    const plan = planInterview(input({ now, cards: unseen(300), introducedToday: 4 }));
    expect(plan).toMatchObject({ status: 'no-date', daysLeft: null, days: [], warning: null, newPerDay: 20 });
    expect(plan.today).toEqual({ newCards: 20, introduced: 4, remaining: 16, mode: 'learn' });
    expect(planInterview(input({ now, cards: unseen(6) })).today.newCards).toBe(6);
  });

  it('with a date in the past (or an interview already over today): studies as without a date', () => {
    const yesterday = planInterview(input({ now, interviewAt: now - DAY, cards: unseen(300) }));
    expect(yesterday).toMatchObject({ status: 'past', daysLeft: null, warning: null, notCovered: 0 });
    expect(yesterday.today.newCards).toBe(20);
    expect(planInterview(input({ now, interviewAt: now - HOUR, cards: unseen(3) })).status).toBe('past');
  });

  it('on the interview day: no new cards, the unseen ones are reported as not covered', () => {
    const plan = planInterview(input({ now, interviewAt: now + 4 * HOUR, cards: unseen(12, 100) }));
    expect(plan).toMatchObject({ status: 'interview-day', daysLeft: 0, notCovered: 12, warning: null });
    expect(plan.today).toEqual({ newCards: 0, introduced: 0, remaining: 0, mode: 'interview' });
    expect(plan.days).toHaveLength(1);
  });

  it('one or two days before: review ahead only; the limit is not what stands in the way, so no warning', () => {
    for (const d of [1, 2]) {
      const plan = planInterview(input({ now, interviewAt: local(0, 2026, 11, 2 + d, 9), cards: unseen(40) }));
      expect(plan).toMatchObject({ status: 'review-ahead', daysLeft: d, newPerDay: 0, notCovered: 40, warning: null });
      expect(plan.today.mode).toBe('review-ahead');
      expect(plan.days.every((day) => day.newCards === 0)).toBe(true);
    }
  });

  it('three days before: today is the last day for new cards', () => {
    const plan = planInterview(input({ now, interviewAt: local(0, 2026, 11, 5, 9), cards: unseen(15) }));
    expect(plan).toMatchObject({ status: 'learn', daysLeft: 3, warning: null });
    expect(plan.today.newCards).toBe(15);
    const over = planInterview(input({ now, interviewAt: local(0, 2026, 11, 5, 9), cards: unseen(25) }));
    expect(over.warning).toMatchObject({ neededPerDay: 25, limit: 20, leftOver: 5 });
  });

  it('a limit of 0 warns as soon as there is a card to introduce; nothing left to introduce never warns', () => {
    const interviewAt = local(0, 2026, 11, 20, 9);
    expect(planInterview(input({ now, interviewAt, newPerDayLimit: 0, cards: unseen(1) })).warning).not.toBeNull();
    const done = planInterview(input({ now, interviewAt, newPerDayLimit: 0, cards: unseen(0, 50) }));
    expect(done).toMatchObject({ warning: null, newPerDay: 0, notCovered: 0, seen: 50 });
  });
});
