import { describe, expect, it } from 'vitest';
import { cardIdFor } from '../../src/domain/deck-records';
import { ImportError } from '../../src/domain/import-error';
import type { ImportBundle } from '../../src/domain/import-bundle';
import { syncBuiltinDecks } from '../../src/storage/builtin-sync';
import { openAppDb } from '../../src/storage/db';
import { planImport, writeImport } from '../../src/storage/import-write';
import { loadMedia, loadStyle } from '../../src/storage/media-store';
import { loadCardReviews, writeGrade } from '../../src/storage/review-writes';
import { makeDeck } from '../helpers/app-fixture';
import {
  ankiCard,
  ankiDeck,
  ankiReview,
  ankiSchedule,
  appProgress,
  failingWrites,
  jsonBundle,
  snapshot,
  T,
} from './import-fixtures';
import { wholeBlob } from '../helpers/media-bytes';

let n = 0;
const freshDb = () => openAppDb(`import-write-${n++}`);

function ankiBundle(...decks: ReturnType<typeof ankiDeck>[]): ImportBundle {
  return { fileName: 'export.txt', kind: 'anki-text', decks, warnings: [] };
}

describe('importing a JSON deck', () => {
  it('creates the deck with its cards in file order, from the import', async () => {
    const db = await freshDb();
    const summary = await writeImport(
      db,
      jsonBundle(
        'ops',
        [
          ['a', 'First'],
          ['b', 'Second'],
        ],
        'Product Ops',
      ),
      T,
    );
    expect(summary.decks).toEqual([
      expect.objectContaining({ id: 'ops', name: 'Product Ops', created: true, newCards: 2, updatedCards: 0 }),
    ]);
    expect(await db.get('decks', 'ops')).toMatchObject({ source: 'import', createdAt: T, updatedAt: T });
    const cards = await db.getAllFromIndex('cards', 'by-deck', 'ops');
    expect(cards.sort((x, y) => x.order - y.order).map((c) => [c.id, c.front, c.order])).toEqual([
      ['ops/a', 'First', 0],
      ['ops/b', 'Second', 1],
    ]);
  });

  it('re-importing the same deck id updates the text and keeps progress, without duplicates', async () => {
    const db = await freshDb();
    await writeImport(
      db,
      jsonBundle('ops', [
        ['a', 'First'],
        ['b', 'Second'],
        ['c', 'Third'],
      ]),
      T,
    );
    const { schedule, review } = appProgress('ops/a', 'ops');
    await writeGrade(db, schedule, review);

    const again = jsonBundle('ops', [
      ['a', 'First, reworded'],
      ['b', 'Second'],
      ['d', 'Fourth'],
    ]);
    const plan = await planImport(db, again);
    expect(plan.decks[0]).toMatchObject({
      id: 'ops',
      created: false,
      newCards: 1,
      updatedCards: 1,
      unchangedCards: 1,
      keptCards: 1,
    });
    const summary = await writeImport(db, again, T + 1000);
    expect(summary.decks[0]).toMatchObject({ created: false, newCards: 1, updatedCards: 1 });

    expect(await db.count('decks')).toBe(1);
    // "c" is not in the new file: it stays (the user's data is never deleted by an import).
    expect((await db.getAll('cards')).map((c) => c.id).sort()).toEqual(['ops/a', 'ops/b', 'ops/c', 'ops/d']);
    expect(await db.get('cards', 'ops/a')).toMatchObject({ front: 'First, reworded' });
    expect(await db.get('schedules', 'ops/a')).toEqual(schedule);
    expect(await loadCardReviews(db, 'ops/a')).toHaveLength(1);
    expect(await db.get('decks', 'ops')).toMatchObject({ createdAt: T, updatedAt: T + 1000 });
  });

  it('the preview writes nothing', async () => {
    const db = await freshDb();
    const plan = await planImport(db, jsonBundle('ops', [['a', 'First']]));
    expect(plan.decks[0]).toMatchObject({ created: true, newCards: 1 });
    expect(await db.count('decks')).toBe(0);
    expect(await db.count('cards')).toBe(0);
  });

  it('refuses a deck whose id is a built-in deck, and writes nothing', async () => {
    const db = await freshDb();
    await syncBuiltinDecks(db, [makeDeck('questions', 2, 'Questions to ask')], T);
    const before = await snapshot(db);
    const bundle = jsonBundle('questions', [['c1', 'Edited']]);
    await expect(planImport(db, bundle)).rejects.toThrow(/built-in deck "Questions to ask"/);
    await expect(writeImport(db, bundle, T)).rejects.toBeInstanceOf(ImportError);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('importing decks without an id (Anki text, CSV, packages)', () => {
  it('a different deck with the same name becomes a second deck', async () => {
    const db = await freshDb();
    const first = await writeImport(db, ankiBundle(ankiDeck('Spanish', [ankiCard('g1', 'hola')])), T);
    const second = await writeImport(db, ankiBundle(ankiDeck('Spanish', [ankiCard('x1', 'adiós')])), T);
    expect(first.decks[0]!.created && second.decks[0]!.created).toBe(true);
    expect(first.decks[0]!.id).not.toBe(second.decks[0]!.id);
    expect(first.decks[0]!.id).toMatch(/^imported-/);
    expect((await db.getAll('decks')).map((d) => d.name)).toEqual(['Spanish', 'Spanish']);
  });

  it('a deck of keyed rows without ids (CSV) is a new deck on every import', async () => {
    const db = await freshDb();
    const rows: ImportBundle = {
      fileName: 'words.csv',
      kind: 'csv',
      decks: [
        { name: 'Words', description: '', cards: [{ key: 'row 1', front: 'a', back: 'b', format: 'text', tags: [] }] },
      ],
      warnings: [],
    };
    await writeImport(db, rows, T);
    await writeImport(db, rows, T);
    expect(await db.count('decks')).toBe(2);
    expect(await db.count('cards')).toBe(2);
  });

  it('re-importing an export with guids updates the same deck and cards, keeping their progress', async () => {
    const db = await freshDb();
    const first = await writeImport(
      db,
      ankiBundle(ankiDeck('Spanish', [ankiCard('g1', 'hola'), ankiCard('g2', 'gracias')])),
      T,
    );
    const deckId = first.decks[0]!.id;
    const { schedule, review } = appProgress('anki-guid:g1', deckId);
    await writeGrade(db, schedule, review);

    const summary = await writeImport(
      db,
      ankiBundle(
        ankiDeck('Spanish', [ankiCard('g1', 'hola!'), ankiCard('g2', 'gracias'), ankiCard('g3', 'por favor')]),
      ),
      T + 1,
    );
    expect(summary.decks[0]).toMatchObject({
      id: deckId,
      created: false,
      newCards: 1,
      updatedCards: 1,
      unchangedCards: 1,
    });
    expect(await db.count('decks')).toBe(1);
    expect(await db.count('cards')).toBe(3);
    expect(await db.get('cards', 'anki-guid:g1')).toMatchObject({ front: 'hola!', deckId });
    expect(await db.get('schedules', 'anki-guid:g1')).toEqual(schedule);
  });

  it('a card that moved to another deck in Anki moves here too, with its progress', async () => {
    const db = await freshDb();
    const first = await writeImport(
      db,
      ankiBundle(ankiDeck('Spanish', [ankiCard('g1', 'hola'), ankiCard('g2', 'perro')])),
      T,
    );
    const oldDeck = first.decks[0]!.id;
    const { schedule, review } = appProgress('anki-guid:g2', oldDeck);
    await writeGrade(db, schedule, review);

    const summary = await writeImport(
      db,
      ankiBundle(
        ankiDeck('Spanish', [ankiCard('g1', 'hola')]),
        ankiDeck('Spanish::Animals', [ankiCard('g2', 'perro')]),
      ),
      T + 1,
    );
    const animals = summary.decks[1]!;
    expect(animals).toMatchObject({ name: 'Spanish::Animals', created: true, movedCards: 1, updatedCards: 1 });
    expect(summary.decks[0]).toMatchObject({ id: oldDeck, created: false, unchangedCards: 1 });
    expect(await db.count('cards')).toBe(2);
    expect(await db.get('cards', 'anki-guid:g2')).toMatchObject({ deckId: animals.id });
    expect(await db.get('schedules', 'anki-guid:g2')).toEqual({ ...schedule, deckId: animals.id });
    expect((await loadCardReviews(db, 'anki-guid:g2')).map((r) => r.deckId)).toEqual([animals.id]);
  });

  it('suspended cards arrive suspended', async () => {
    const db = await freshDb();
    await writeImport(
      db,
      ankiBundle(ankiDeck('D', [ankiCard('g1', 'a', { suspended: true }), ankiCard('g2', 'b')])),
      T,
    );
    expect(await db.get('cards', 'anki-guid:g1')).toMatchObject({ suspended: true });
    expect((await db.get('cards', 'anki-guid:g2'))?.suspended).toBeUndefined();
  });
});

describe('progress brought by an Anki package', () => {
  it('is written on new cards, as history that cannot be undone', async () => {
    const db = await freshDb();
    const summary = await writeImport(
      db,
      ankiBundle(
        ankiDeck('D', [
          ankiCard('g1', 'a', { schedule: ankiSchedule(), reviews: [ankiReview(T - 5e8), ankiReview(T - 1e8)] }),
          ankiCard('g2', 'b'),
        ]),
      ),
      T,
    );
    const deckId = summary.decks[0]!.id;
    expect(summary.decks[0]).toMatchObject({ cardsWithProgress: 1, progressKept: 0 });
    expect(summary.reviews).toBe(2);
    expect(await db.get('schedules', 'anki-guid:g1')).toEqual({ ...ankiSchedule(), cardId: 'anki-guid:g1', deckId });
    expect(await db.get('schedules', 'anki-guid:g2')).toBeUndefined();
    const log = await loadCardReviews(db, 'anki-guid:g1');
    expect(log.map((r) => [r.review, r.origin, r.deckId])).toEqual([
      [T - 5e8, 'anki', deckId],
      [T - 1e8, 'anki', deckId],
    ]);
  });

  it('does not replace the progress made in the app, and re-importing does not duplicate history', async () => {
    const db = await freshDb();
    const withProgress = (schedule = ankiSchedule()) =>
      ankiBundle(ankiDeck('D', [ankiCard('g1', 'a', { schedule, reviews: [ankiReview(T - 1e8)] })]));
    const first = await writeImport(db, withProgress(), T);
    const deckId = first.decks[0]!.id;
    const { schedule, review } = appProgress('anki-guid:g1', deckId);
    await writeGrade(db, schedule, { ...review, review: T + 5 });

    const again = await writeImport(db, withProgress(ankiSchedule(T + 99e8)), T + 10);
    expect(again.decks[0]).toMatchObject({ id: deckId, progressKept: 1 });
    expect(again.reviews).toBe(0);
    expect(await db.get('schedules', 'anki-guid:g1')).toEqual(schedule);
    expect((await loadCardReviews(db, 'anki-guid:g1')).map((r) => r.origin ?? 'app')).toEqual(['anki', 'app']);
  });
});

describe('progress brought by an Anki package, imported again after studying on in Anki', () => {
  it('replaces progress that came from the earlier import, never progress made here', async () => {
    const db = await freshDb();
    const bundle = (lastReview: number) =>
      ankiBundle(
        ankiDeck(
          'D',
          ['g1', 'g2'].map((g) =>
            ankiCard(g, g, {
              schedule: { ...ankiSchedule(lastReview + 9e8), lastReview },
              reviews: [ankiReview(lastReview)],
            }),
          ),
        ),
      );
    const first = await writeImport(db, bundle(T - 1e9), T);
    const deckId = first.decks[0]!.id;
    const { schedule, review } = appProgress('anki-guid:g2', deckId);
    await writeGrade(db, schedule, { ...review, review: T + 5 });

    const later = await writeImport(db, bundle(T + 1e8), T + 2e8);
    expect(later.decks[0]).toMatchObject({ progressUpdated: 1, progressKept: 1 });
    expect(await db.get('schedules', 'anki-guid:g1')).toMatchObject({ lastReview: T + 1e8 });
    expect(await db.get('schedules', 'anki-guid:g2')).toEqual(schedule);
    // An older file does not turn imported progress back.
    await writeImport(db, bundle(T - 2e9), T + 3e8);
    expect(await db.get('schedules', 'anki-guid:g1')).toMatchObject({ lastReview: T + 1e8 });
    expect((await loadCardReviews(db, 'anki-guid:g1')).map((r) => r.review)).toEqual([T - 2e9, T - 1e9, T + 1e8]);
  });
});

describe('media and styles', () => {
  it('are written, a media file of the same name overwritten', async () => {
    const db = await freshDb();
    const png = (bytes: number[]) => new Blob([new Uint8Array(bytes)], { type: 'image/png' });
    const bundle = (bytes: number[]): ImportBundle => ({
      ...ankiBundle(ankiDeck('D', [ankiCard('g1', '<img src="cat.png">', { styleId: 'nt-1', mediaScope: 'pkg-1' })])),
      kind: 'apkg',
      media: [{ scope: 'pkg-1', name: 'cat.png', type: 'image/png', data: wholeBlob(png(bytes)) }],
      styles: [{ id: 'nt-1', css: '.card { color: red }' }],
    });
    expect((await writeImport(db, bundle([1, 2, 3]), T)).media).toBe(1);
    await writeImport(db, bundle([9, 9]), T);
    const media = await loadMedia(db, 'pkg-1', 'cat.png');
    expect(media).toMatchObject({ id: 'pkg-1/cat.png', type: 'image/png' });
    expect([...new Uint8Array(await media!.blob.arrayBuffer())]).toEqual([9, 9]);
    expect(await db.count('media')).toBe(1);
    // The first version's pack went with it: nothing refers to it any more.
    expect(await db.count('mediaPacks')).toBe(1);
    expect(await loadStyle(db, 'nt-1')).toEqual({ id: 'nt-1', css: '.card { color: red }' });
  });
});

describe('all or nothing', () => {
  async function filledDb() {
    const db = await freshDb();
    await writeImport(db, jsonBundle('ops', [['a', 'First']]), T);
    const { schedule, review } = appProgress('ops/a', 'ops');
    await writeGrade(db, schedule, review);
    return db;
  }
  const bigBundle = (): ImportBundle => ({
    ...ankiBundle(
      ankiDeck('D', [ankiCard('g1', 'a', { schedule: ankiSchedule(), reviews: [ankiReview(T)] }), ankiCard('g2', 'b')]),
      ankiDeck('E', [ankiCard('g3', 'c')]),
    ),
    media: [{ scope: 's', name: 'a.png', type: 'image/png', data: wholeBlob(new Blob([new Uint8Array([1])])) }],
    styles: [{ id: 'st', css: '' }],
  });

  it('a failure in the middle of the write (a record the browser cannot store) writes nothing', async () => {
    for (const [store, after] of [
      ['media', 0],
      ['cards', 2],
      ['reviews', 0],
      ['styles', 0],
    ] as const) {
      const db = await filledDb();
      const before = await snapshot(db);
      await expect(writeImport(failingWrites(db, store, after), bigBundle(), T)).rejects.toThrow(/could not be cloned/);
      expect(await snapshot(db)).toEqual(before);
      // And the database is still usable afterwards.
      await writeImport(db, bigBundle(), T);
      expect(await db.count('cards')).toBe(4);
    }
  });

  it('a large import is written in batches yet stays one transaction: a failure late in it writes nothing', async () => {
    const rows = Array.from({ length: 1_600 }, (_, i): [string, string] => [`k${i}`, `question ${i}`]);
    const db = await freshDb();
    const before = await snapshot(db);
    await expect(writeImport(failingWrites(db, 'cards', 1_500), jsonBundle('big', rows), T)).rejects.toThrow(
      /could not be cloned/,
    );
    expect(await snapshot(db)).toEqual(before);
    await writeImport(db, jsonBundle('big', rows), T);
    expect(await db.count('cards')).toBe(1_600);
  });

  it('a bundle whose card identities collide is refused before anything is written', async () => {
    const db = await filledDb();
    const before = await snapshot(db);
    const clash = ankiBundle(ankiDeck('D', [ankiCard('g1', 'a')]), ankiDeck('E', [ankiCard('g1', 'b')]));
    await expect(writeImport(db, clash, T)).rejects.toThrow(
      'export.txt, deck "E", card 1 (key "g1"): the card identity "anki-guid:g1" is also used by deck "D", card 1 (key "g1")',
    );
    const sameKey = jsonBundle('ops', [
      ['a', 'x'],
      ['a', 'y'],
    ]);
    await expect(writeImport(db, sameKey, T)).rejects.toThrow(/card 2 \(key "a"\): the key "a" is also used by card 1/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a card with no key, or a malformed schedule, is refused naming the record', async () => {
    const db = await freshDb();
    const noKey = jsonBundle('ops', [['', 'x']]);
    await expect(writeImport(db, noKey, T)).rejects.toThrow(
      'ops.json, deck "ops", card 1 (key ""): field "key": expected a non-empty text, but found an empty text',
    );
    const badSchedule = ankiBundle(
      ankiDeck('D', [ankiCard('g1', 'a', { schedule: { ...ankiSchedule(), due: Number.NaN } })]),
    );
    await expect(writeImport(db, badSchedule, T)).rejects.toThrow(
      'card 1 (key "g1"), schedule: field "due": expected a number, but found NaN',
    );
    expect(await db.count('decks')).toBe(0);
    expect(await db.count('cards')).toBe(0);
  });
});

describe('a file that names a deck by id and has a deck without one', () => {
  it('never lets the deck without an id take over the named deck, whichever comes first', async () => {
    const db = await openAppDb('import-claim-order');
    const card = (key: string, id: string) => ({ key, id, front: key, back: key, format: 'text' as const, tags: [] });
    await writeImport(
      db,
      {
        fileName: 'file.apkg',
        kind: 'apkg',
        warnings: [],
        decks: [{ id: 'd1', name: 'A', description: '', cards: [card('k1', 'anki-guid:a')] }],
      },
      1,
    );
    // The deck without an id has the same name and the same cards as d1, but the file also renames d1 itself.
    const plan = await writeImport(
      db,
      {
        fileName: 'file.apkg',
        kind: 'apkg',
        warnings: [],
        decks: [
          { name: 'A', description: '', cards: [card('k1', 'anki-guid:a')] },
          { id: 'd1', name: 'A::B', description: '', cards: [card('k2', 'anki-guid:b')] },
        ],
      },
      2,
    );
    expect(plan.decks[0]!.id).not.toBe('d1');
    expect(await db.get('decks', 'd1')).toMatchObject({ name: 'A::B' });
    expect(await db.get('decks', plan.decks[0]!.id)).toMatchObject({ name: 'A' });
  });
});

describe('suspension on re-import', () => {
  it('a card unsuspended in Anki is unsuspended here; a text re-import leaves it as it was', async () => {
    const db = await openAppDb('import-suspension');
    await writeImport(db, ankiBundle(ankiDeck('D', [ankiCard('g1', 'a', { suspended: true })])), T);
    expect(await db.get('cards', 'anki-guid:g1')).toMatchObject({ suspended: true });
    const { suspended: _, ...textCard } = ankiCard('g1', 'a');
    await writeImport(db, ankiBundle(ankiDeck('D', [textCard])), T + 1);
    expect(await db.get('cards', 'anki-guid:g1')).toMatchObject({ suspended: true });
    await writeImport(db, ankiBundle(ankiDeck('D', [ankiCard('g1', 'a', { suspended: false })])), T + 2);
    expect((await db.get('cards', 'anki-guid:g1'))?.suspended).toBeUndefined();
  });
});

describe('a write the database refuses early in a large import', () => {
  it('reports the real cause, not the aborts that follow it, and leaves no rejection unhandled', async () => {
    const db = await freshDb();
    const rows = Array.from({ length: 1_200 }, (_, i): [string, string] => [`k${i}`, `q${i}`]);
    await writeImport(db, jsonBundle('many', rows.slice(0, 20)), T);
    const before = await snapshot(db);
    const clash = cardIdFor('many', 'k10');
    const bound = (target: object, prop: string | symbol) => {
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    };
    // The database refuses the 11th card asynchronously, as a full disk would: it is sent as an
    // add of a key the store holds, so IndexedDB fails it with a ConstraintError and aborts.
    const refusing = new Proxy(db, {
      get(target, prop) {
        if (prop !== 'transaction') return bound(target, prop);
        return (...args: unknown[]) => {
          const tx = (target.transaction as (...a: unknown[]) => { objectStore(n: string): object })(...args);
          return new Proxy(tx, {
            get(t, p) {
              if (p !== 'objectStore') return bound(t, p);
              return (name: string) => {
                const store = t.objectStore(name) as { add(v: object): unknown; put(v: object): unknown };
                if (name !== 'cards') return store;
                return new Proxy(store, {
                  get: (st, q) =>
                    q === 'put' ? (v: { id: string }) => (v.id === clash ? st.add(v) : st.put(v)) : bound(st, q),
                });
              };
            },
          });
        };
      },
    });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const edited = rows.map(([key, front]): [string, string] => [key, `${front} (edited)`]);
      const error = await writeImport(refusing as typeof db, jsonBundle('many', edited), T + 1).catch(
        (e: unknown) => e,
      );
      expect((error as Error).name, String(error)).toBe('ConstraintError');
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });
});
