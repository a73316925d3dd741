/** Issue 10, point 5, the pure part: the recap of a session's answers and the deck to continue with. */
import { describe, expect, it } from 'vitest';
import { Grade } from '../../src/domain/model';
import {
  formatSpent,
  MAX_ANSWER_MS,
  nextDeckWithWork,
  recapSession,
  withoutAnswer,
  type SessionAnswer,
} from '../../src/domain/session-recap';

const T = Date.UTC(2026, 2, 1, 9);
let id = 0;
const answer = (cardId: string, grade: Grade, shownAt: number, seconds: number): SessionAnswer => ({
  reviewId: ++id,
  cardId,
  deckId: 'd',
  grade,
  shownAt,
  at: shownAt + seconds * 1000,
});

describe('the recap of a session', () => {
  it('counts cards once however often answered, Again cards once, in the order first missed', () => {
    const answers = [
      answer('a', Grade.Again, T, 10),
      answer('b', Grade.Good, T + 10_000, 20),
      answer('c', Grade.Again, T + 30_000, 5),
      answer('a', Grade.Again, T + 35_000, 5),
      answer('a', Grade.Good, T + 40_000, 5),
      answer('d', Grade.Hard, T + 45_000, 15),
    ];
    // Five cards, six answers: the issue saw "6 cards" here.
    expect(recapSession(answers)).toEqual({ cards: 4, answers: 6, again: 2, missed: ['a', 'c'], timeMs: 60_000 });
  });

  it('caps the time of a card left on screen, and never counts time backwards', () => {
    const answers = [answer('a', Grade.Good, T, 3600), answer('b', Grade.Good, T, -5)];
    expect(recapSession(answers).timeMs).toBe(MAX_ANSWER_MS);
  });

  it('an undo takes its answer back: an undone Again is no longer missed', () => {
    const first = answer('a', Grade.Again, T, 10);
    const second = answer('b', Grade.Again, T, 10);
    const left = withoutAnswer([first, second], second.reviewId);
    expect(recapSession(left)).toMatchObject({ cards: 1, again: 1, missed: ['a'] });
    expect(recapSession([])).toEqual({ cards: 0, answers: 0, again: 0, missed: [], timeMs: 0 });
  });

  it('says the time as a person would', () => {
    expect(formatSpent(44_600)).toBe('45 s');
    expect(formatSpent(150_000)).toBe('3 min');
    expect(formatSpent(65 * 60_000)).toBe('1 h 05 min');
  });
});

describe('the deck to continue with', () => {
  const rows = [
    { id: 'a', name: 'A', work: 3 },
    { id: 'ab', name: 'A::B', work: 2 },
    { id: 'c', name: 'C', work: 0 },
    { id: 'd', name: 'D', work: 4 },
  ];

  it('is the next deck with work after the one studied, leaving out its subdecks', () => {
    expect(nextDeckWithWork(rows, { id: 'a', name: 'A' })?.id).toBe('d');
    // A subdeck's parent still has its own cards: it comes round after the end of the list.
    expect(nextDeckWithWork(rows, { id: 'd', name: 'D' })?.id).toBe('a');
    expect(nextDeckWithWork(rows, { id: 'ab', name: 'A::B' })?.id).toBe('d');
  });

  it('from the top after every deck or a list, and none when no deck has work', () => {
    expect(nextDeckWithWork(rows, null)?.id).toBe('a');
    expect(nextDeckWithWork([{ id: 'a', name: 'A', work: 5 }], { id: 'a', name: 'A' })).toBeNull();
    expect(nextDeckWithWork([], null)).toBeNull();
  });
});
