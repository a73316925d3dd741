import { describe, expect, it } from 'vitest';
import { CardState } from '../../src/domain/model';
import { syncBuiltinDecks } from '../../src/storage/builtin-sync';
import { openAppDb } from '../../src/storage/db';
import { writeGrade } from '../../src/storage/review-writes';
import { makeDeck } from '../helpers/app-fixture';

let n = 0;
const T = Date.UTC(2026, 10, 1);

describe('built-in decks across app versions', () => {
  it('loads the decks on first run', async () => {
    const db = await openAppDb(`sync-${n++}`);
    const report = await syncBuiltinDecks(db, [makeDeck('a', 3), makeDeck('b', 2)], T);
    expect(report.added).toBe(5);
    expect((await db.getAll('decks')).map((d) => d.name).sort()).toEqual(['a', 'b']);
    expect(await db.count('cards')).toBe(5);
  });

  it('an edited deck updates its cards by id, keeps their progress, and retires removed cards with their history', async () => {
    const db = await openAppDb(`sync-${n++}`);
    const v1 = makeDeck('a', 3);
    await syncBuiltinDecks(db, [v1], T);
    const schedule = {
      cardId: 'a/c2',
      deckId: 'a',
      due: T + 1,
      stability: 2,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: CardState.Review,
      lastReview: T,
    };
    await writeGrade(db, schedule, {
      cardId: 'a/c2',
      deckId: 'a',
      rating: 3,
      review: T,
      state: CardState.New,
      due: T + 1,
      stability: 2,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      before: null,
    });
    await writeGrade(
      db,
      { ...schedule, cardId: 'a/c3' },
      {
        cardId: 'a/c3',
        deckId: 'a',
        rating: 3,
        review: T,
        state: CardState.New,
        due: T + 1,
        stability: 2,
        difficulty: 5,
        elapsedDays: 0,
        lastElapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        before: null,
      },
    );

    // Version 2 of the app: card 2 reworded, card 3 removed, card 4 added, card 1 unchanged.
    const v2 = {
      ...v1,
      cards: [
        v1.cards[0]!,
        { ...v1.cards[1]!, back: 'a better answer' },
        { id: 'c4', front: 'new one', back: 'new answer', tags: ['t'] },
      ],
    };
    const report = await syncBuiltinDecks(db, [v2], T + 1000);
    expect(report).toEqual({ added: 1, updated: 1, retired: 1 });
    expect(await db.get('cards', 'a/c2')).toMatchObject({ back: 'a better answer' });
    expect(await db.get('schedules', 'a/c2')).toEqual(schedule);
    expect(await db.get('cards', 'a/c3')).toMatchObject({ retired: true });
    expect(await db.getAllFromIndex('reviews', 'by-card', 'a/c3')).toHaveLength(1);
    expect(await db.get('cards', 'a/c4')).toMatchObject({ front: 'new one' });
  });

  it('an unchanged deck is left alone, and a deck no longer shipped is hidden with its history kept', async () => {
    const db = await openAppDb(`sync-${n++}`);
    await syncBuiltinDecks(db, [makeDeck('a', 2), makeDeck('gone', 2)], T);
    expect(await syncBuiltinDecks(db, [makeDeck('a', 2), makeDeck('gone', 2)], T + 1)).toEqual({
      added: 0,
      updated: 0,
      retired: 0,
    });
    const report = await syncBuiltinDecks(db, [makeDeck('a', 2)], T + 2);
    expect(report.retired).toBe(2);
    expect(await db.get('decks', 'gone')).toMatchObject({ retired: true });
    expect(await db.count('cards')).toBe(4);
  });
});
