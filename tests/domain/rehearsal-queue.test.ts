import { describe, expect, it } from 'vitest';
import { CardState, type ScheduleRecord } from '../../src/domain/model';
import {
  pickRehearsalQuestions,
  tallyPractice,
  type RehearsalCard,
  type RehearsalQueueInput,
} from '../../src/domain/rehearsal-queue';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 2, 9, 0);

function question(id: string, order: number, tags: string[], deckId = 'questions'): RehearsalCard {
  return { id: `${deckId}/${id}`, deckId, order, tags };
}

function schedule(cardId: string, due: number, state: CardState = CardState.Review): ScheduleRecord {
  return {
    cardId,
    deckId: cardId.split('/')[0]!,
    due,
    stability: 5,
    difficulty: 5,
    elapsedDays: 1,
    scheduledDays: 5,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state,
    lastReview: due - 5 * DAY,
  };
}

const cards: RehearsalCard[] = [
  question('q1', 1, ['specialist']),
  question('q2', 2, ['specialist', 'director']),
  question('q3', 3, ['director']),
  question('q4', 4, []), // a general question: fits every role
  question('q5', 5, ['product-data-analyst']),
  question('q6', 6, ['specialist']),
  question('q7', 7, ['specialist']),
  question('q8', 8, ['specialist']),
  { ...question('retired', 9, ['specialist']), retired: true },
  { ...question('suspended', 10, ['specialist']), suspended: true },
  question('plain', 1, ['specialist'], 'concepts'), // not an interview deck, no answer points
  { ...question('pointed', 2, ['specialist'], 'imported'), points: [{ text: 'Impact', keywords: ['impact'] }] },
];

function input(over: Partial<RehearsalQueueInput> = {}): RehearsalQueueInput {
  return {
    cards,
    schedules: new Map(),
    interviewDeckIds: new Set(['questions']),
    practice: new Map(),
    role: 'all',
    now: NOW,
    ...over,
  };
}

const ids = (q: ReturnType<typeof pickRehearsalQuestions>) => q.questions.map((x) => x.card.id.split('/')[1]);

describe('pickRehearsalQuestions', () => {
  it('asks 5 questions by default, from interview decks and cards with answer points, in deck order when nothing else differs', () => {
    const queue = pickRehearsalQuestions(input());
    expect(ids(queue)).toEqual(['pointed', 'q1', 'q2', 'q3', 'q4']);
    expect(queue.available).toBe(9);
    expect(pickRehearsalQuestions(input({ count: 2 })).questions).toHaveLength(2);
  });

  it('puts questions due for review first, soonest due first', () => {
    const schedules = new Map([
      ['questions/q7', schedule('questions/q7', NOW - 2 * DAY)],
      ['questions/q5', schedule('questions/q5', NOW - 3 * DAY)],
      ['questions/q1', schedule('questions/q1', NOW + 3 * DAY)], // not due
      ['questions/q2', schedule('questions/q2', NOW - DAY, CardState.New)], // reset to new: not due
    ]);
    const queue = pickRehearsalQuestions(input({ schedules }));
    expect(ids(queue)).toEqual(['q5', 'q7', 'pointed', 'q1', 'q2']);
    expect(queue.questions.map((q) => q.due)).toEqual([true, true, false, false, false]);
  });

  it('counts a review due later today as due when given the study day end', () => {
    const schedules = new Map([['questions/q8', schedule('questions/q8', NOW + 5 * 3_600_000)]]);
    expect(ids(pickRehearsalQuestions(input({ schedules })))[0]).not.toBe('q8');
    expect(ids(pickRehearsalQuestions(input({ schedules, dueBy: NOW + 12 * 3_600_000 })))[0]).toBe('q8');
  });

  it('then the least practised: fewest attempts, then the longest since the last one', () => {
    const practice = tallyPractice([
      { cardId: 'imported/pointed', at: NOW - DAY },
      { cardId: 'questions/q1', at: NOW - 5 * DAY },
      { cardId: 'questions/q1', at: NOW - 4 * DAY },
      { cardId: 'questions/q2', at: NOW - 2 * DAY },
      { cardId: 'questions/q3', at: NOW - 9 * DAY },
      { cardId: 'questions/q4', at: NOW - DAY },
      { cardId: 'questions/q5', at: NOW - DAY },
    ]);
    expect(practice.get('questions/q1')).toEqual({ count: 2, lastAt: NOW - 4 * DAY });
    const queue = pickRehearsalQuestions(input({ practice, count: 9 }));
    expect(ids(queue)).toEqual(['q6', 'q7', 'q8', 'q3', 'q2', 'pointed', 'q4', 'q5', 'q1']);
    expect(queue.questions.map((q) => q.attempts)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 2]);
  });

  it("keeps to the role's questions and the general ones", () => {
    expect(ids(pickRehearsalQuestions(input({ role: 'director' })))).toEqual(['q2', 'q3', 'q4']);
    expect(pickRehearsalQuestions(input({ role: 'director' })).available).toBe(3);
    expect(ids(pickRehearsalQuestions(input({ role: 'analyst' })))).toEqual(['q4', 'q5']);
    expect(ids(pickRehearsalQuestions(input({ role: 'specialist', count: 10 })))).toEqual([
      'pointed',
      'q1',
      'q2',
      'q4',
      'q6',
      'q7',
      'q8',
    ]);
  });

  it('gives the same questions whatever order the cards come in', () => {
    const forward = pickRehearsalQuestions(input({ count: 9 }));
    const backward = pickRehearsalQuestions(input({ cards: [...cards].reverse(), count: 9 }));
    expect(ids(backward)).toEqual(ids(forward));
  });

  it('with no interview questions, asks nothing', () => {
    const queue = pickRehearsalQuestions(input({ interviewDeckIds: new Set(), cards: cards.slice(0, 8) }));
    expect(queue).toEqual({ questions: [], available: 0 });
  });
});
