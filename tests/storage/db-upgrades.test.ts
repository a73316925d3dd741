import { describe, expect, it } from 'vitest';
import { CardState, type CardRecord, type ScheduleRecord } from '../../src/domain/model';
import { Lane } from '../../src/domain/queue-slot';
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
      'attempts',
      'cards',
      'decks',
      'media',
      'mediaPacks',
      'queueSlots',
      'recordings',
      'reviews',
      'schedules',
      'settings',
      'stories',
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

  it('upgrades a version-2 database holding cards and progress: every card gets its queue slot', async () => {
    const name = freshName();
    const v2 = await openAppDb(name, {}, 2);
    const card = (key: string, extra: Partial<CardRecord> = {}): CardRecord => ({
      id: `d/${key}`,
      deckId: 'd',
      key,
      front: `Q ${key}`,
      back: 'A',
      format: 'text',
      tags: ['role-analyst', 'metrics'],
      order: Number(key.replace(/\D/g, '')) || 0,
      ...extra,
    });
    const schedule = (key: string, state: CardState, due: number): ScheduleRecord => ({
      cardId: `d/${key}`,
      deckId: 'd',
      due,
      stability: 3,
      difficulty: 5,
      elapsedDays: 1,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 2,
      lapses: 0,
      state,
      lastReview: due - 1000,
    });
    await v2.put('decks', { id: 'd', name: 'Deck', description: '', source: 'import', createdAt: 1, updatedAt: 1 });
    // More cards than one upgrade batch, so the step's paging is exercised too.
    const cards = Array.from({ length: 4_100 }, (_, i) =>
      card(`n${i}`, { tags: i % 2 ? ['other'] : ['role-analyst'] }),
    );
    cards.push(card('l1'), card('r1'), card('s1', { suspended: true }), card('x1', { retired: true }));
    const tx = v2.transaction(['cards', 'schedules'], 'readwrite');
    for (const c of cards) void tx.objectStore('cards').put(c);
    void tx.objectStore('schedules').put(schedule('l1', CardState.Relearning, 500));
    void tx.objectStore('schedules').put(schedule('r1', CardState.Review, 9_000));
    await tx.done;
    v2.close();

    const db = await openAppDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('cards')).toBe(cards.length);
    // Retired cards have no slot; the others each have one.
    expect(await db.count('queueSlots')).toBe(cards.length - 1);
    expect(await db.get('queueSlots', 'd/l1')).toEqual({
      cardId: 'd/l1',
      deckId: 'd',
      lane: Lane.Learning,
      due: 500,
      order: 1,
    });
    expect(await db.get('queueSlots', 'd/r1')).toMatchObject({ lane: Lane.Review, due: 9_000 });
    expect(await db.get('queueSlots', 'd/n4099')).toEqual({
      cardId: 'd/n4099',
      deckId: 'd',
      lane: Lane.New,
      due: 0,
      order: 4099,
    });
    expect((await db.get('queueSlots', 'd/s1'))?.lane).toBeUndefined();
    expect(await db.get('queueSlots', 'd/x1')).toBeUndefined();
    // The lane index holds exactly the cards to study: 4,100 new, one learning, one review.
    const lanes = db.transaction('queueSlots').store.index('by-lane');
    expect(await lanes.count(IDBKeyRange.bound([Lane.New], [Lane.New, []]))).toBe(4_100);
    expect(await lanes.count(IDBKeyRange.bound([Lane.Learning], [Lane.Review, []]))).toBe(2);
    // A role's cards by tag, without reading the collection.
    expect(await db.countFromIndex('cards', 'by-tag', 'role-analyst')).toBe(2_050 + 4);
    db.close();
  });

  it('upgrades a version-2 database with data in every store to the latest: cards indexed by tag and by flag', async () => {
    const name = freshName();
    const v2 = await openAppDb(name, {}, 2);
    await v2.put('decks', { id: 'd', name: 'Deck', description: '', source: 'import', createdAt: 1, updatedAt: 1 });
    const card = (id: string, tags: string[], flag?: number) => ({
      id,
      deckId: 'd',
      key: id,
      front: `Q ${id}`,
      back: `A ${id}`,
      format: 'text' as const,
      tags,
      order: 0,
      ...(flag !== undefined ? { flag } : {}),
    });
    await v2.put('cards', card('d/1', ['ops', 'director'], 1));
    await v2.put('cards', card('d/2', ['ops']));
    await v2.put('cards', card('d/3', [], 3));
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
    await v2.put('schedules', schedule);
    const reviewId = await v2.add('reviews', {
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
    await v2.put('settings', { newPerDay: 7 }, 'scheduler');
    await v2.put('media', { id: 's/a.png', scope: 's', name: 'a.png', type: 'image/png', blob: new Blob(['x']) });
    await v2.put('styles', { id: 'style-1', css: '.card { color: red; }' });
    v2.close();

    const v3 = await openAppDb(name);
    expect(v3.version).toBe(DB_VERSION);
    expect(await v3.count('decks')).toBe(1);
    expect(await v3.get('cards', 'd/1')).toEqual(card('d/1', ['ops', 'director'], 1));
    expect(await v3.get('schedules', 'd/1')).toEqual(schedule);
    expect(await v3.get('reviews', reviewId)).toMatchObject({ cardId: 'd/1', rating: 3 });
    expect(await v3.get('settings', 'scheduler')).toEqual({ newPerDay: 7 });
    expect(await v3.get('media', 's/a.png')).toMatchObject({ scope: 's', name: 'a.png' });
    expect(await v3.get('styles', 'style-1')).toEqual({ id: 'style-1', css: '.card { color: red; }' });
    // The cards already there are in the new indexes.
    expect(await v3.getAllKeysFromIndex('cards', 'by-tag', 'ops')).toEqual(['d/1', 'd/2']);
    expect(await v3.getAllKeysFromIndex('cards', 'by-tag', 'director')).toEqual(['d/1']);
    expect(await v3.getAllKeysFromIndex('cards', 'by-flag', 1)).toEqual(['d/1']);
    expect(await v3.countFromIndex('cards', 'by-flag')).toBe(2);
    // And cards written later are too.
    await v3.put('cards', card('d/4', ['ops'], 1));
    expect(await v3.getAllKeysFromIndex('cards', 'by-tag', 'ops')).toEqual(['d/1', 'd/2', 'd/4']);
    expect(await v3.getAllKeysFromIndex('cards', 'by-flag', 1)).toEqual(['d/1', 'd/4']);
    v3.close();
  });

  it('upgrades a version-5 database with media (each file its own Blob) to packs, the old files still shown', async () => {
    const name = freshName();
    const v5 = await openAppDb(name, {}, 5);
    const legacy = { id: 's/a.png', scope: 's', name: 'a.png', type: 'image/png', blob: new Blob(['old bytes']) };
    await v5.put('media', legacy);
    v5.close();

    const v6 = await openAppDb(name, {}, 6);
    expect([...v6.objectStoreNames]).toContain('mediaPacks');
    const old = await loadMedia(v6, 's', 'a.png');
    expect(await old!.blob.text()).toBe('old bytes');
    // A newer version of the package replaces the file in place; its bytes then live in a pack.
    await writeImport(
      v6,
      {
        fileName: 'p.apkg',
        kind: 'apkg',
        decks: [{ name: 'D', description: '', cards: [{ key: 'k', front: 'f', back: 'b', format: 'text', tags: [] }] }],
        warnings: [],
        media: [{ scope: 's', name: 'a.png', type: 'image/png', data: wholeBlob(new Blob(['new bytes'])) }],
      },
      1,
    );
    expect(await (await loadMedia(v6, 's', 'a.png'))!.blob.text()).toBe('new bytes');
    expect(await v6.count('mediaPacks')).toBe(1);
    v6.close();
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
