import { describe, expect, it } from 'vitest';
import { CardState, type CardRecord, type ReviewRecord, type ScheduleRecord } from '../../src/domain/model';
import {
  deleteCardsWithHistory,
  removeSchedules,
  restoreCards,
  updateCards,
  writeCardChanges,
} from '../../src/storage/card-writes';
import { openAppDb, type AppDb } from '../../src/storage/db';

let n = 0;
const T = Date.UTC(2026, 5, 10, 12);

const card = (id: string, deckId = 'a'): CardRecord => ({
  id,
  deckId,
  key: id,
  front: `Q ${id}`,
  back: `A ${id}`,
  format: 'text',
  tags: ['t'],
  order: 0,
});
const schedule = (cardId: string, deckId = 'a'): ScheduleRecord => ({
  cardId,
  deckId,
  due: T + 86_400_000,
  stability: 3,
  difficulty: 5,
  elapsedDays: 1,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state: CardState.Review,
  lastReview: T,
});
const review = (cardId: string, at: number, deckId = 'a'): ReviewRecord => ({
  cardId,
  deckId,
  rating: 3,
  review: at,
  state: CardState.New,
  due: at,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  lastElapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  before: { ...schedule(cardId, deckId), state: CardState.Learning },
});

async function studied(): Promise<AppDb> {
  const db = await openAppDb(`writes-${n++}`);
  for (const id of ['x', 'y', 'z']) {
    await db.put('cards', card(id));
    await db.put('schedules', schedule(id));
    await db.add('reviews', review(id, T - 2000));
    await db.add('reviews', review(id, T - 1000));
  }
  return db;
}

async function everything(db: AppDb) {
  return {
    cards: await db.getAll('cards'),
    schedules: await db.getAll('schedules'),
    reviews: await db.getAll('reviews'),
  };
}

describe('card writes', () => {
  it('a delete takes cards with their schedules and history, and its undo brings all of it back as it was', async () => {
    const db = await studied();
    const before = await everything(db);
    const snapshot = await deleteCardsWithHistory(db, ['x', 'z', 'missing']);
    expect(snapshot.cards.map((c) => c.id)).toEqual(['x', 'z']);
    expect(snapshot.reviews).toHaveLength(4);
    expect(await everything(db)).toEqual({
      cards: [card('y')],
      schedules: [schedule('y')],
      reviews: before.reviews.filter((r) => r.cardId === 'y'),
    });
    await restoreCards(db, snapshot);
    expect(await everything(db)).toEqual(before);
  });

  it('a card moved to another deck takes its schedule and history with it', async () => {
    const db = await studied();
    const changed = await updateCards(db, ['x', 'y', 'missing'], (c) => (c.id === 'x' ? { ...c, deckId: 'b' } : null));
    expect(changed).toBe(1);
    expect((await db.get('cards', 'x'))!.deckId).toBe('b');
    expect((await db.get('schedules', 'x'))!.deckId).toBe('b');
    const log = await db.getAllFromIndex('reviews', 'by-card', 'x');
    expect(log.map((r) => [r.deckId, r.before?.deckId])).toEqual([
      ['b', 'b'],
      ['b', 'b'],
    ]);
    expect(await db.countFromIndex('schedules', 'by-deck', 'b')).toBe(1);
    expect((await db.get('schedules', 'y'))!.deckId).toBe('a');
  });

  it('resetting progress removes the schedules, keeps the history, and writing them back undoes it', async () => {
    const db = await studied();
    const removed = await removeSchedules(db, ['x', 'y']);
    expect(removed.map((s) => s.cardId)).toEqual(['x', 'y']);
    expect(await db.count('schedules')).toBe(1);
    expect(await db.count('reviews')).toBe(6);
    await writeCardChanges(db, { schedules: removed });
    expect(await db.getAll('schedules')).toEqual([schedule('x'), schedule('y'), schedule('z')]);
  });
});
