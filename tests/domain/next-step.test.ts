import { describe, expect, it } from 'vitest';
import { chooseNextStep, REHEARSE_PER_DAY, type NextStepInput } from '../../src/domain/next-step';

const NOW = Date.UTC(2026, 11, 1, 1, 0);
const DAY_END = Date.UTC(2026, 11, 1, 19, 0);
const input = (over: Partial<NextStepInput>): NextStepInput => ({
  ready: true,
  decks: 5,
  dueNow: 0,
  gradedToday: 0,
  nextDue: null,
  dayEnd: DAY_END,
  interviewQuestions: 0,
  rehearsedToday: false,
  ...over,
});

describe('the next step', () => {
  it('is today\'s cards while there are any, "continue" once started', () => {
    expect(chooseNextStep(input({ dueNow: 12, interviewQuestions: 40 }))).toEqual({
      kind: 'study',
      cards: 12,
      started: false,
    });
    expect(chooseNextStep(input({ dueNow: 4, gradedToday: 8 }))).toEqual({ kind: 'study', cards: 4, started: true });
  });

  it('then a short rehearsal, once a day', () => {
    expect(chooseNextStep(input({ interviewQuestions: 40 }))).toEqual({
      kind: 'rehearse',
      questions: REHEARSE_PER_DAY,
    });
    expect(chooseNextStep(input({ interviewQuestions: 2 }))).toEqual({ kind: 'rehearse', questions: 2 });
    expect(chooseNextStep(input({ interviewQuestions: 40, rehearsedToday: true, nextDue: DAY_END }))).toMatchObject({
      kind: 'done',
    });
  });

  it('then all done, saying whether the next card comes later today or after today', () => {
    expect(chooseNextStep(input({ nextDue: NOW + 600_000 }))).toEqual({
      kind: 'done',
      nextDue: NOW + 600_000,
      later: false,
    });
    expect(chooseNextStep(input({ nextDue: DAY_END + 5 * 3_600_000 }))).toEqual({
      kind: 'done',
      nextDue: DAY_END + 5 * 3_600_000,
      later: true,
    });
    expect(chooseNextStep(input({ nextDue: null }))).toEqual({ kind: 'done', nextDue: null, later: true });
  });

  it('waits for the data, and sends a user without decks to Import', () => {
    expect(chooseNextStep(input({ ready: false, dueNow: 3 }))).toEqual({ kind: 'loading' });
    expect(chooseNextStep(input({ decks: 0 }))).toEqual({ kind: 'import' });
  });
});
