import { describe, expect, it } from 'vitest';
import { planInterview } from '../../src/domain/interview-plan';
import { countdownText, paceText, rolesText, todayShareText, warningText } from '../../src/domain/plan-summary';
import { questionExcerpt, toPercent } from '../../src/domain/readiness-view';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 1, 10, 0);
const plan = (days: number, unseen: number, limit: number, introducedToday = 0) =>
  planInterview({
    interviewAt: NOW + days * 24 * HOUR,
    now: NOW,
    utcOffset: 0,
    dayStartHour: 4,
    newPerDayLimit: limit,
    cards: { total: unseen + 10, unseen },
    introducedToday,
  });

describe('the plan in words', () => {
  it('counts down to the interview', () => {
    expect(countdownText(12)).toBe('12 days to your interview');
    expect(countdownText(1)).toBe('Your interview is tomorrow');
    expect(countdownText(0)).toBe('Your interview is today');
  });

  it("says today's share, what is left of it, and the review-ahead days", () => {
    expect(todayShareText(plan(12, 45, 20))).toBe("Today's share: 5 new cards.");
    expect(todayShareText(plan(12, 43, 20, 2))).toBe("Today's share: 3 of 5 new cards still to start.");
    expect(todayShareText(plan(12, 40, 20, 5))).toBe("Today's 5 cards of the plan: done.");
    expect(todayShareText(plan(2, 40, 20))).toBe(
      'No new cards today: the last days before the interview are for review.',
    );
    expect(todayShareText(plan(12, 0, 20))).toBe('Every card of the plan is started: today is for review.');
    expect(todayShareText({ ...plan(12, 0, 20), total: 0 })).toBe(
      "No card carries your roles' tags yet: there is nothing to plan.",
    );
  });

  it('says ahead or behind by how many cards', () => {
    expect(paceText(3)).toBe('3 cards ahead of plan');
    expect(paceText(-1)).toBe('1 card behind plan');
    expect(paceText(0)).toBe('On plan');
  });

  it('warns with the numbers only when the limit cannot make it', () => {
    expect(warningText(plan(12, 45, 5))).toBeNull();
    expect(warningText(plan(12, 90, 5))).toBe(
      'At 5 new cards a day, 40 cards of 90 will not have been seen three days before the interview. Seeing them all in time takes 9 a day.',
    );
  });

  it('names the roles the plan covers', () => {
    expect(rolesText(['analyst'])).toBe('Product data analyst');
    expect(rolesText(['specialist', 'director'])).toBe(
      'Product operations specialist and Director of product operations',
    );
    expect(rolesText(['specialist', 'analyst', 'manager', 'director'])).toBe('all four roles');
  });
});

describe('readiness in words', () => {
  it('percentages: rounded, and 100 % only for certainty', () => {
    expect(toPercent(0.734)).toBe(73);
    expect(toPercent(0.996)).toBe(99);
    expect(toPercent(1)).toBe(100);
    expect(toPercent(0)).toBe(0);
  });

  it('a question as one line of plain text, HTML and entities removed, cut at a word', () => {
    expect(questionExcerpt('<b>What</b> is&nbsp;a <i>funnel</i>?<br>Explain &amp; draw', 'html')).toBe(
      'What is a funnel? Explain & draw',
    );
    expect(questionExcerpt('<script>alert(1)</script>Plain', 'html')).toBe('Plain');
    expect(questionExcerpt('Keeps <b> as text', 'text')).toBe('Keeps <b> as text');
    const long = questionExcerpt(`${'word '.repeat(40)}end`, 'text');
    expect(long.endsWith('word…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(141);
  });
});
