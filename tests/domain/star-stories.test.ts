import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/import-error';
import { analyzeAnswer } from '../../src/domain/answer-analysis';
import { Grade, type StarStory } from '../../src/domain/model';
import { createAttempt, readRehearsalAttempt } from '../../src/domain/rehearsal-attempt';
import { startTimer, stopTimer } from '../../src/domain/rehearsal-timer';
import {
  behaviouralWithoutStory,
  createStory,
  emptyStoryDraft,
  indexStoriesByCard,
  linkStory,
  questionsCoveredBy,
  readStarStory,
  reviseStory,
  storiesForCard,
  validateStoryDraft,
  type StoryDraft,
} from '../../src/domain/star-stories';

const T0 = Date.UTC(2026, 10, 2, 9, 0);
const fail = (location: string, reason: string): never => {
  throw new ImportError('backup.json', location, reason);
};

const draft = (over: Partial<StoryDraft> = {}): StoryDraft => ({
  ...emptyStoryDraft(),
  title: 'Cutting the support backlog',
  situation: 'Support had 1,200 open tickets.',
  task: 'Bring it under 300 in a quarter.',
  action: 'Triage rota, macros, a weekly review with product.',
  result: 'Backlog down to 250; CSAT up.',
  resultInNumbers: 'Backlog -79 % in 10 weeks',
  questionIds: ['q/conflict', 'q/impact'],
  ...over,
});

describe('the STAR story form', () => {
  it('accepts a complete story', () => {
    expect(validateStoryDraft(draft())).toEqual([]);
  });

  it('asks for a title and for at least one section', () => {
    expect(validateStoryDraft(draft({ title: '   ' }))).toEqual([
      { field: 'title', message: 'Give the story a title, e.g. "Cutting the support backlog".' },
    ]);
    const titleOnly = { ...emptyStoryDraft(), title: 'Backlog' };
    expect(validateStoryDraft(titleOnly)).toEqual([
      { field: 'situation', message: 'Write at least one of Situation, Task, Action or Result.' },
    ]);
  });

  it('says how long is too long, with the numbers', () => {
    expect(validateStoryDraft(draft({ title: 'x'.repeat(130) }))).toEqual([
      { field: 'title', message: 'Keep the title to 120 characters (it has 130).' },
    ]);
    expect(validateStoryDraft(draft({ action: 'y'.repeat(3500) }))[0]).toEqual({
      field: 'action',
      message: 'Keep the Action to 3,000 characters (it has 3,500): an answer runs about two minutes.',
    });
  });

  it('keeps the result in numbers to one line', () => {
    expect(validateStoryDraft(draft({ resultInNumbers: '-79 %\nin 10 weeks' }))).toEqual([
      { field: 'resultInNumbers', message: 'The result in numbers is one line: remove the line breaks.' },
    ]);
    expect(validateStoryDraft(draft({ resultInNumbers: 'n'.repeat(161) }))[0]!.field).toBe('resultInNumbers');
  });

  it('stores the story trimmed, each question linked once', () => {
    const story = createStory(draft({ title: '  Backlog ', questionIds: ['q/a', 'q/a', 'q/b', ''] }), 'story-1', T0);
    expect(story).toMatchObject({
      id: 'story-1',
      title: 'Backlog',
      questionIds: ['q/a', 'q/b'],
      createdAt: T0,
      updatedAt: T0,
    });
    const revised = reviseStory(story, draft({ title: 'Backlog, revised' }), T0 + 1000);
    expect(revised).toMatchObject({ id: 'story-1', title: 'Backlog, revised', createdAt: T0, updatedAt: T0 + 1000 });
  });

  it('links and unlinks one question', () => {
    const story = createStory(draft({ questionIds: ['q/a'] }), 's', T0);
    const linked = linkStory(story, 'q/b', true, T0 + 5);
    expect(linked.questionIds).toEqual(['q/a', 'q/b']);
    expect(linkStory(linked, 'q/b', true, T0 + 6)).toBe(linked);
    expect(linkStory(linked, 'q/a', false, T0 + 7)).toMatchObject({ questionIds: ['q/b'], updatedAt: T0 + 7 });
  });
});

describe('story queries', () => {
  const backlog = createStory(draft({ title: 'Backlog', questionIds: ['q/conflict', 'q/impact'] }), 's1', T0);
  const launch = createStory(draft({ title: 'a launch that slipped', questionIds: ['q/impact', 'q/gone'] }), 's2', T0);
  const stories: StarStory[] = [backlog, launch];

  it('finds the stories linked to a card, by title', () => {
    expect(storiesForCard(stories, 'q/impact').map((s) => s.id)).toEqual(['s2', 's1']);
    expect(storiesForCard(stories, 'q/conflict').map((s) => s.id)).toEqual(['s1']);
    expect(storiesForCard(stories, 'q/none')).toEqual([]);
    const index = indexStoriesByCard(stories);
    expect(index.get('q/impact')!.map((s) => s.id)).toEqual(['s2', 's1']);
  });

  it('lists the questions a story covers that still exist', () => {
    const cards = new Map([
      ['q/impact', { id: 'q/impact', front: 'Tell me about impact' }],
      ['q/conflict', { id: 'q/conflict', front: 'Tell me about a conflict', retired: true }],
    ]);
    expect(questionsCoveredBy(launch, cards).map((c) => c.id)).toEqual(['q/impact']);
    expect(questionsCoveredBy(backlog, cards).map((c) => c.id)).toEqual(['q/impact']);
  });

  it('lists the behavioural questions with no story yet', () => {
    const cards = [
      { id: 'q/conflict', behavioural: true },
      { id: 'q/failure', behavioural: true },
      { id: 'q/why-us' },
      { id: 'q/old', behavioural: true, retired: true },
      { id: 'q/hidden', behavioural: true, suspended: true },
      { id: 'q/impact', behavioural: true },
    ];
    expect(behaviouralWithoutStory(cards, stories).map((c) => c.id)).toEqual(['q/failure']);
    expect(behaviouralWithoutStory(cards, []).map((c) => c.id)).toEqual(['q/conflict', 'q/failure', 'q/impact']);
  });
});

describe('story and attempt records from a backup', () => {
  it('reads a story back whole', () => {
    const story = createStory(draft(), 's1', T0);
    expect(readStarStory(JSON.parse(JSON.stringify(story)), 'stories[0]', fail)).toEqual(story);
  });

  it('names the record and the field that is wrong', () => {
    const story = createStory(draft(), 's1', T0);
    expect(() => readStarStory({ ...story, title: '' }, 'stories[3]', fail)).toThrow(
      'backup.json, stories[3]: field "title": expected a non-empty text, but found an empty text',
    );
    expect(() => readStarStory({ ...story, questionIds: 'q/a' }, 'stories[0]', fail)).toThrow(
      'field "questionIds": expected a list of texts, but found a text',
    );
    expect(() => readStarStory({ ...story, updatedAt: T0 - 1 }, 'stories[0]', fail)).toThrow(
      'field "updatedAt": earlier than "createdAt"',
    );
  });

  it('builds an attempt from the stopped timer and the rating, and reads it back whole', () => {
    const timer = stopTimer(startTimer(T0, { thinkingMs: 20_000, answerMs: 120_000 }), T0 + 150_000);
    const card = {
      id: 'q/impact',
      deckId: 'q',
      points: [
        { text: 'a', keywords: ['a'] },
        { text: 'b', keywords: ['b'] },
      ],
    };
    const attempt = createAttempt({
      id: 'att-1',
      card,
      timer,
      rating: Grade.Good,
      transcript: '  ',
      checkedPoints: [1, 1, 7, -1],
      recordingId: 'rec-1',
    });
    expect(attempt).toEqual({
      id: 'att-1',
      cardId: 'q/impact',
      deckId: 'q',
      at: T0,
      thinkingMs: 20_000,
      answerMs: 130_000,
      overtimeMs: 10_000,
      answerLimitMs: 120_000,
      rating: Grade.Good,
      checkedPoints: [1],
      recordingId: 'rec-1',
    });
    expect(readRehearsalAttempt(JSON.parse(JSON.stringify(attempt)), 'attempts[0]', fail)).toEqual(attempt);
    expect(() => readRehearsalAttempt({ ...attempt, rating: 5 }, 'attempts[2]', fail)).toThrow(
      'backup.json, attempts[2]: field "rating": expected a grade (1 to 4), but found a number',
    );
    expect(() => readRehearsalAttempt({ ...attempt, answerMs: -1 }, 'attempts[0]', fail)).toThrow(
      'field "answerMs": a duration cannot be negative',
    );

    const analysis = analyzeAnswer('We cut the backlog, um, by half.', 130_000, card.points);
    const spoken = createAttempt({
      id: 'att-2',
      card,
      timer,
      rating: Grade.Hard,
      transcript: ' We cut the backlog, um, by half. ',
      analysis,
    });
    expect(spoken).toMatchObject({ transcript: 'We cut the backlog, um, by half.', analysis });
    expect(readRehearsalAttempt(JSON.parse(JSON.stringify(spoken)), 'attempts[1]', fail)).toEqual(spoken);
  });
});
