import { describe, expect, it } from 'vitest';
import { syncBuiltinDecks } from '../../src/storage/builtin-sync';
import { openAppDb } from '../../src/storage/db';
import { deleteDeck } from '../../src/storage/deck-delete';
import { writeImport } from '../../src/storage/import-write';
import { loadMedia } from '../../src/storage/media-store';
import { writeGrade } from '../../src/storage/review-writes';
import { makeDeck } from '../helpers/app-fixture';
import { ankiCard, ankiDeck, appProgress, T } from './import-fixtures';
import { wholeBlob } from '../helpers/media-bytes';

const png = (scope: string, name: string) => ({ scope, name, type: 'image/png', data: wholeBlob(new Blob([name])) });

describe('deleting an imported deck', () => {
  it('removes its cards, progress, review log and the media only it used, and nothing else', async () => {
    const db = await openAppDb('deck-delete-1');
    await syncBuiltinDecks(db, [makeDeck('builtin', 2)], T);
    const plan = await writeImport(
      db,
      {
        fileName: 'two.apkg',
        kind: 'apkg',
        warnings: [],
        decks: [
          ankiDeck('Pack', [ankiCard('g1', 'a', { mediaScope: 'shared' }), ankiCard('g2', 'b', { mediaScope: 'own' })]),
          ankiDeck('Pack::Sub', [ankiCard('g3', 'c', { mediaScope: 'shared' })]),
        ],
        media: [png('shared', 'x.png'), png('own', 'y.png')],
      },
      T,
    );
    const [pack, sub] = plan.decks;
    const { schedule, review } = appProgress('anki-guid:g1', pack!.id);
    await writeGrade(db, schedule, review);

    expect(await deleteDeck(db, pack!.id)).toEqual({ cards: 2, reviews: 1, media: 1 });
    expect(await db.get('decks', pack!.id)).toBeUndefined();
    expect(await db.count('schedules')).toBe(0);
    expect(await db.count('reviews')).toBe(0);
    // The subdeck and the file it still uses stay; the built-in deck is untouched.
    expect(await db.get('decks', sub!.id)).toBeDefined();
    expect(await db.get('media', 'shared/x.png')).toBeDefined();
    expect(await db.get('media', 'own/y.png')).toBeUndefined();
    // Its pack went with it; the shared file's pack stays, and the file still reads.
    expect((await db.getAll('mediaPacks')).map((p) => p.scope)).toEqual(['shared']);
    expect(await (await loadMedia(db, 'shared', 'x.png'))!.blob.text()).toBe('x.png');
    expect(await db.countFromIndex('cards', 'by-deck', 'builtin')).toBe(2);
  });

  it('refuses a built-in deck and writes nothing', async () => {
    const db = await openAppDb('deck-delete-2');
    await syncBuiltinDecks(db, [makeDeck('builtin', 2)], T);
    await expect(deleteDeck(db, 'builtin')).rejects.toThrow(/comes with the app/);
    expect(await db.count('cards')).toBe(2);
  });
});
