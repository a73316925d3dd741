import { describe, expect, it } from 'vitest';
import { exportRehearsalJson, rehearsalExportFileName } from '../../src/domain/export-rehearsal';
import { readRehearsalAttempt } from '../../src/domain/rehearsal-attempt';
import { readStarStory } from '../../src/domain/star-stories';
import type { RehearsalAttempt, StarStory } from '../../src/domain/model';

const T = Date.UTC(2026, 10, 2, 9);
const story = (id: string, title: string): StarStory => ({
  id,
  title,
  situation: 'S',
  task: 'T',
  action: 'A',
  result: 'R',
  resultInNumbers: '+12 %',
  questionIds: ['iq/q1', 'gone/x'],
  createdAt: T,
  updatedAt: T,
});
const attempt: RehearsalAttempt = {
  id: 'a1',
  cardId: 'iq/q1',
  deckId: 'iq',
  at: T,
  thinkingMs: 3000,
  answerMs: 95_000,
  overtimeMs: 0,
  answerLimitMs: 120_000,
  rating: 3,
  transcript: 'I cut the backlog',
  checkedPoints: [0],
};

describe('the stories and rehearsals export', () => {
  it('holds every field of each story and attempt, with the question in words, and reads back through the record checks', () => {
    const text = exportRehearsalJson({
      stories: [story('s2', 'Zeta'), story('s1', 'alpha')],
      attempts: [attempt],
      cardsById: new Map([['iq/q1', { front: 'Tell me about a time…' }]]),
      now: T,
    });
    const data = JSON.parse(text) as {
      format: string;
      stories: Array<StarStory & { questions: Array<string | null> }>;
      attempts: Array<RehearsalAttempt & { question: string }>;
    };
    expect(data.format).toBe('prepdeck-stories-and-rehearsals');
    expect(data.stories.map((s) => s.title)).toEqual(['alpha', 'Zeta']);
    expect(data.stories[0]!.questions).toEqual(['Tell me about a time…', null]);
    expect(data.attempts[0]!.question).toBe('Tell me about a time…');
    const fail = (where: string, why: string): never => {
      throw new Error(`${where}: ${why}`);
    };
    expect(readStarStory(data.stories[1], 'stories[1]', fail)).toEqual(story('s2', 'Zeta'));
    expect(readRehearsalAttempt(data.attempts[0], 'attempts[0]', fail)).toEqual(attempt);
    expect(rehearsalExportFileName(T)).toBe('prepdeck-stories-2026-11-02.json');
  });
});
