/**
 * The rehearsal stores' upgrade step: a database of the version before it, with data in every
 * store it has, upgrades to the latest version keeping every card, schedule, review, setting,
 * media file and style; the new stores and their indexes work. From version 1 too.
 */
import { describe, expect, it } from 'vitest';
import { CardState, type RecordingRecord, type RehearsalAttempt, type StarStory } from '../../src/domain/model';
import { slotFor } from '../../src/domain/queue-slot';
import { DB_VERSION, openAppDb, REHEARSAL_DB_VERSION, type AppDb } from '../../src/storage/db';

let counter = 0;
const freshName = () => `rehearsal-upgrade-${counter++}`;

const schedule = {
  cardId: 'd/1',
  deckId: 'd',
  due: 5,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 1,
  reps: 1,
  lapses: 0,
  state: CardState.Learning,
  lastReview: 4,
};
const review = {
  cardId: 'd/1',
  deckId: 'd',
  rating: 3 as const,
  review: 4,
  state: CardState.New,
  due: 5,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  lastElapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 1,
  before: null,
};
const deck = {
  id: 'd',
  name: 'Deck',
  description: '',
  source: 'import' as const,
  createdAt: 1,
  updatedAt: 1,
  interview: true,
};
const card = {
  id: 'd/1',
  deckId: 'd',
  key: '1',
  front: 'Q',
  back: 'A',
  format: 'text' as const,
  tags: ['t'],
  order: 0,
  points: [{ text: 'A point', keywords: ['point'] }],
  behavioural: true,
};

/** Puts one record into every store the old version has (fails if a store is left empty). */
async function fillEveryStore(db: AppDb): Promise<number> {
  await db.put('decks', deck);
  await db.put('cards', card);
  await db.put('schedules', schedule);
  const reviewId = await db.add('reviews', review);
  await db.put('settings', { newPerDay: 7 }, 'scheduler');
  await db.put('settings', true, 'install-dismissed');
  if (db.objectStoreNames.contains('media'))
    await db.put('media', { id: 's/a.png', scope: 's', name: 'a.png', type: 'image/png', blob: new Blob(['png']) });
  if (db.objectStoreNames.contains('styles')) await db.put('styles', { id: 'st', css: '.card{}' });
  if (db.objectStoreNames.contains('queueSlots')) await db.put('queueSlots', slotFor(card, schedule)!);
  for (const store of db.objectStoreNames) expect(await db.count(store), `records in "${store}"`).toBeGreaterThan(0);
  return reviewId;
}

async function expectAllKept(db: AppDb, reviewId: number, oldVersion: number): Promise<void> {
  expect(db.version).toBe(DB_VERSION);
  expect(await db.get('decks', 'd')).toEqual(deck);
  expect(await db.get('cards', 'd/1')).toEqual(card);
  expect(await db.get('schedules', 'd/1')).toEqual(schedule);
  expect(await db.get('reviews', reviewId)).toEqual({ ...review, id: reviewId });
  expect(await db.get('settings', 'scheduler')).toEqual({ newPerDay: 7 });
  expect(await db.get('settings', 'install-dismissed')).toBe(true);
  expect(await db.getAllFromIndex('cards', 'by-deck', 'd')).toHaveLength(1);
  expect(await db.getAllFromIndex('schedules', 'by-due', 5)).toHaveLength(1);
  expect(await db.getAllFromIndex('reviews', 'by-card', 'd/1')).toHaveLength(1);
  // Every queue slot (made by the upgrade that brought them, or put before ours) is kept.
  expect(await db.get('queueSlots', 'd/1')).toEqual(slotFor(card, schedule));
  if (oldVersion >= 2) {
    expect(await db.count('media')).toBe(1);
    expect(await db.get('styles', 'st')).toEqual({ id: 'st', css: '.card{}' });
  }
}

async function expectRehearsalStoresWork(db: AppDb): Promise<void> {
  const story: StarStory = {
    id: 's1',
    title: 'Backlog',
    situation: 'S',
    task: 'T',
    action: 'A',
    result: 'R',
    resultInNumbers: '-40 %',
    questionIds: ['d/1', 'd/2'],
    createdAt: 1,
    updatedAt: 1,
  };
  await db.put('stories', story);
  expect(await db.getAllFromIndex('stories', 'by-question', 'd/2')).toEqual([story]);
  const attempt: RehearsalAttempt = {
    id: 'a1',
    cardId: 'd/1',
    deckId: 'd',
    at: 10,
    thinkingMs: 0,
    answerMs: 1000,
    overtimeMs: 0,
    answerLimitMs: 120_000,
    rating: 3,
  };
  await db.put('attempts', attempt);
  expect(await db.getAllFromIndex('attempts', 'by-deck', 'd')).toEqual([attempt]);
  const recording: RecordingRecord = {
    id: 'r1',
    cardId: 'd/1',
    attemptId: 'a1',
    at: 10,
    durationMs: 1000,
    mimeType: 'audio/webm',
    size: 3,
    blob: new Blob(['abc'], { type: 'audio/webm' }),
  };
  await db.put('recordings', recording);
  expect((await db.getAllFromIndex('recordings', 'by-card', 'd/1')).map((r) => r.id)).toEqual(['r1']);
}

describe('the rehearsal stores upgrade step', () => {
  it('is a step of the ladder and creates the three stores', async () => {
    expect(REHEARSAL_DB_VERSION).toBeGreaterThan(1);
    const db = await openAppDb(freshName());
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['recordings', 'stories', 'attempts']));
    db.close();
  });

  it.each([REHEARSAL_DB_VERSION - 1, 1])(
    'upgrades a version-%i database with data in every store, keeping every card, schedule, review and setting',
    async (oldVersion) => {
      const name = freshName();
      const old = await openAppDb(name, {}, oldVersion);
      expect([...old.objectStoreNames]).not.toContain('stories');
      const reviewId = await fillEveryStore(old);
      old.close();

      const db = await openAppDb(name);
      await expectAllKept(db, reviewId, oldVersion);
      await expectRehearsalStoresWork(db);
      db.close();
    },
  );
});
