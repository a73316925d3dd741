import { describe, expect, it } from 'vitest';
import { CardState } from '../../src/domain/model';
import { DB_VERSION, openAppDb } from '../../src/storage/db';
import { writeImport } from '../../src/storage/import-write';
import { loadMedia } from '../../src/storage/media-store';
import { wholeBlob } from '../helpers/media-bytes';

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
      'mediaPacks',
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

  it('upgrades a version-2 database with media (each file its own Blob) to packs, the old files still shown', async () => {
    const name = freshName();
    const v2 = await openAppDb(name, {}, 2);
    const legacy = { id: 's/a.png', scope: 's', name: 'a.png', type: 'image/png', blob: new Blob(['old bytes']) };
    await v2.put('media', legacy);
    v2.close();

    const v3 = await openAppDb(name, {}, 3);
    expect([...v3.objectStoreNames]).toContain('mediaPacks');
    const old = await loadMedia(v3, 's', 'a.png');
    expect(await old!.blob.text()).toBe('old bytes');
    // A newer version of the package replaces the file in place; its bytes then live in a pack.
    await writeImport(
      v3,
      {
        fileName: 'p.apkg',
        kind: 'apkg',
        decks: [{ name: 'D', description: '', cards: [{ key: 'k', front: 'f', back: 'b', format: 'text', tags: [] }] }],
        warnings: [],
        media: [{ scope: 's', name: 'a.png', type: 'image/png', data: wholeBlob(new Blob(['new bytes'])) }],
      },
      1,
    );
    expect(await (await loadMedia(v3, 's', 'a.png'))!.blob.text()).toBe('new bytes');
    expect(await v3.count('mediaPacks')).toBe(1);
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
