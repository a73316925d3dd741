import { describe, expect, it } from 'vitest';
import { CardState } from '../../src/domain/model';
import { DB_VERSION, openAppDb } from '../../src/storage/db';

let counter = 0;
const freshName = () => `upgrade-test-${counter++}`;

describe('database upgrade ladder', () => {
  it('creates the latest schema on first open', async () => {
    const db = await openAppDb(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'cards',
      'decks',
      'media',
      'reviews',
      'schedules',
      'settings',
      'styles',
    ]);
    db.close();
  });

  it('upgrades a version-1 database holding progress to version 2 without losing anything', async () => {
    const name = freshName();
    const v1 = await openAppDb(name, {}, 1);
    expect([...v1.objectStoreNames]).not.toContain('media');
    await v1.put('decks', { id: 'd', name: 'Deck', description: '', source: 'import', createdAt: 1, updatedAt: 1 });
    await v1.put('cards', {
      id: 'd/1',
      deckId: 'd',
      key: '1',
      front: 'Q',
      back: 'A',
      format: 'text',
      tags: ['t'],
      order: 0,
    });
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
    await v1.put('schedules', schedule);
    const reviewId = await v1.add('reviews', {
      cardId: 'd/1',
      deckId: 'd',
      rating: 3,
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
    });
    await v1.put('settings', { newPerDay: 7 }, 'scheduler');
    v1.close();

    const v2 = await openAppDb(name, {}, 2);
    expect(v2.version).toBe(2);
    expect(await v2.get('cards', 'd/1')).toMatchObject({ front: 'Q', back: 'A', tags: ['t'] });
    expect(await v2.get('schedules', 'd/1')).toEqual(schedule);
    expect(await v2.get('reviews', reviewId)).toMatchObject({ cardId: 'd/1', rating: 3 });
    expect(await v2.get('settings', 'scheduler')).toEqual({ newPerDay: 7 });
    expect(await v2.getAllFromIndex('reviews', 'by-card', 'd/1')).toHaveLength(1);
    // The new stores work.
    await v2.put('media', { id: 's/a.png', scope: 's', name: 'a.png', type: 'image/png', blob: new Blob(['x']) });
    expect(await v2.countFromIndex('media', 'by-scope', 's')).toBe(1);
    v2.close();
  });

  it("upgrades a version-2 database holding cards to version 3: a role's cards are found by tag, nothing lost", async () => {
    const name = freshName();
    const v2 = await openAppDb(name, {}, 2);
    const card = (id: string, tags: string[]) => ({
      id,
      deckId: 'd',
      key: id,
      front: `Q ${id}`,
      back: 'A',
      format: 'text' as const,
      tags,
      order: 0,
    });
    await v2.put('cards', card('d/1', ['specialist', 'director']));
    await v2.put('cards', card('d/2', ['director']));
    await v2.put('cards', card('d/3', []));
    await v2.put('settings', { newPerDay: 7 }, 'scheduler');
    v2.close();

    const v3 = await openAppDb(name, {}, 3);
    expect(v3.version).toBe(3);
    expect((await v3.getAll('cards')).map((c) => c.id)).toEqual(['d/1', 'd/2', 'd/3']);
    expect(await v3.getAllKeysFromIndex('cards', 'by-tag', 'director')).toEqual(['d/1', 'd/2']);
    expect(await v3.getAllKeysFromIndex('cards', 'by-tag', 'specialist')).toEqual(['d/1']);
    expect(await v3.get('settings', 'scheduler')).toEqual({ newPerDay: 7 });
    // Cards written after the upgrade are indexed too.
    await v3.put('cards', card('d/4', ['specialist']));
    expect(await v3.getAllKeysFromIndex('cards', 'by-tag', 'specialist')).toEqual(['d/1', 'd/4']);
    v3.close();
  });

  it('tells an open tab that a newer version wants the database, and the upgrade goes through', async () => {
    const name = freshName();
    let told = 0;
    const old = await openAppDb(name, { onVersionChange: () => (told += 1) }, 1);
    const upgraded = await openAppDb(name);
    expect(told).toBe(1);
    expect(upgraded.version).toBe(DB_VERSION);
    upgraded.close();
    void old;
  });
});
