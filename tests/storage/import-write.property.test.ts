import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardIdFor } from '../../src/domain/deck-records';
import { ImportError } from '../../src/domain/import-error';
import type { ImportBundle, ImportedCard, ImportedDeck } from '../../src/domain/import-bundle';
import { syncBuiltinDecks } from '../../src/storage/builtin-sync';
import { openAppDb } from '../../src/storage/db';
import { writeImport } from '../../src/storage/import-write';
import { writeGrade } from '../../src/storage/review-writes';
import { makeDeck } from '../helpers/app-fixture';
import { ankiReview, ankiSchedule, appProgress, failingWrites, snapshot, T } from './import-fixtures';
import { wholeBlob } from '../helpers/media-bytes';

let n = 0;

// Small pools, so that bundles often meet cards and decks already stored, and sometimes collide.
const card: fc.Arbitrary<ImportedCard> = fc.record(
  {
    key: fc.constantFrom('k1', 'k2', 'k3', 'k4'),
    id: fc.constantFrom('anki-guid:a', 'anki-guid:b', 'anki-guid:c', 'anki:d:0', 'anki:d:1'),
    front: fc.string({ maxLength: 12 }),
    back: fc.string({ maxLength: 12 }),
    format: fc.constantFrom('text' as const, 'html' as const),
    tags: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }),
    suspended: fc.boolean(),
    schedule: fc.integer({ min: 0, max: 2 }).map((days) => ({ ...ankiSchedule(), lastReview: T - days * 86_400_000 })),
    reviews: fc.array(
      fc.integer({ min: 0, max: 3 }).map((i) => ankiReview(T - i * 1e7)),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['key', 'front', 'back', 'format', 'tags'] },
);

const deck: fc.Arbitrary<ImportedDeck> = fc.record(
  {
    // Rarely the id of a built-in deck, which an import must refuse.
    id: fc.oneof(
      { arbitrary: fc.constantFrom('d1', 'd2'), weight: 6 },
      { arbitrary: fc.constant('builtin'), weight: 1 },
    ),
    name: fc.constantFrom('A', 'B', 'A::B'),
    description: fc.constant(''),
    cards: fc.uniqueArray(card, { selector: (c) => c.key, maxLength: 4 }),
  },
  { requiredKeys: ['name', 'description', 'cards'] },
);

const media = fc.record({
  scope: fc.constantFrom('s1', 's2'),
  name: fc.constantFrom('a.png', 'b.mp3'),
  type: fc.constant('image/png'),
  data: fc.uint8Array({ maxLength: 8 }).map((bytes) => wholeBlob(new Blob([bytes]))),
});

const rawBundle: fc.Arbitrary<ImportBundle> = fc.record({
  fileName: fc.constant('file.apkg'),
  kind: fc.constant('apkg' as const),
  decks: fc.array(deck, { minLength: 1, maxLength: 3 }),
  warnings: fc.constant([]),
  media: fc.array(media, { maxLength: 2 }),
  styles: fc.array(fc.record({ id: fc.constantFrom('st1', 'st2'), css: fc.string({ maxLength: 8 }) }), {
    maxLength: 2,
  }),
});

/** Mostly bundles whose identities are unique, as a correct parser makes them; sometimes not. */
const bundle: fc.Arbitrary<ImportBundle> = fc.tuple(rawBundle, fc.nat(4)).map(([raw, chance]) => {
  if (chance === 0) return raw;
  const deckIds = new Set<string>();
  const cardIds = new Set<string>();
  const decks = raw.decks.map((d) => {
    const id = d.id !== undefined && !deckIds.has(d.id) ? d.id : undefined;
    if (id !== undefined) deckIds.add(id);
    const cards = d.cards.filter((c) => {
      const identity = c.id ?? (id !== undefined ? cardIdFor(id, c.key) : undefined);
      if (identity === undefined) return true;
      if (cardIds.has(identity)) return false;
      cardIds.add(identity);
      return true;
    });
    const { id: _, ...rest } = d;
    return { ...rest, ...(id !== undefined ? { id } : {}), cards };
  });
  return { ...raw, decks };
});

/** Bad records a buggy parser could produce, put at a random card. */
const corruptions: ((c: Record<string, unknown>) => void)[] = [
  (c) => (c.front = 42),
  (c) => (c.key = ''),
  (c) => (c.format = 'markdown'),
  (c) => (c.tags = 'x y'),
  (c) => (c.schedule = { ...ankiSchedule(), due: Number.NaN }),
  (c) => (c.reviews = [{ ...ankiReview(T), rating: 0 }]),
  (c) => (c.id = ''),
];

/** What can go wrong: nothing, a bad record, or a write the browser refuses halfway. */
const fault = fc.oneof(
  { arbitrary: fc.constant({ kind: 'none' as const }), weight: 3 },
  fc.record({ kind: fc.constant('corrupt' as const), which: fc.nat(corruptions.length - 1), at: fc.nat() }),
  fc.record({
    kind: fc.constant('refused-write' as const),
    store: fc.constantFrom('decks', 'cards', 'schedules', 'reviews', 'media', 'mediaPacks'),
    after: fc.nat(4),
  }),
);

describe('writeImport, for any bundle', () => {
  it('either writes everything in it, or changes nothing and says why', async () => {
    await fc.assert(
      fc.asyncProperty(bundle, bundle, fault, async (earlier, incoming, problem) => {
        const db = await openAppDb(`import-property-${n++}`);
        await syncBuiltinDecks(db, [makeDeck('builtin', 2)], T);
        await writeImport(db, earlier, T).catch(() => undefined);
        const studied = (await db.getAll('cards')).find((c) => c.deckId !== 'builtin');
        if (studied) {
          const { schedule, review } = appProgress(studied.id, studied.deckId);
          await writeGrade(db, schedule, review);
        }
        const before = await snapshot(db);
        const studiedBefore = studied ? await db.get('schedules', studied.id) : undefined;

        const all = incoming.decks.flatMap((d) => d.cards);
        if (problem.kind === 'corrupt' && all.length > 0)
          corruptions[problem.which]!(all[problem.at % all.length] as unknown as Record<string, unknown>);
        const target = problem.kind === 'refused-write' ? failingWrites(db, problem.store, problem.after) : db;

        let summary;
        try {
          summary = await writeImport(target, incoming, T + 1);
        } catch (error) {
          const refused = error instanceof DOMException && error.name === 'DataCloneError';
          expect(error instanceof ImportError || refused, String(error)).toBe(true);
          if (error instanceof ImportError) expect(error.message.startsWith('file.apkg')).toBe(true);
          expect(await snapshot(db)).toEqual(before);
          db.close();
          return;
        }

        // Everything in the file is there, in the deck the summary names.
        const placed = incoming.decks.filter((d) => d.cards.length > 0);
        expect(summary.decks.map((d) => d.name)).toEqual(placed.map((d) => d.name));
        for (const [i, d] of placed.entries()) {
          const deckId = summary.decks[i]!.id;
          expect(await db.get('decks', deckId)).toMatchObject({ name: d.name, source: 'import' });
          for (const c of d.cards) {
            expect(await db.get('cards', c.id ?? cardIdFor(deckId, c.key))).toMatchObject({
              front: c.front,
              back: c.back,
              deckId,
            });
          }
        }
        for (const m of incoming.media ?? []) expect(await db.get('media', `${m.scope}/${m.name}`)).toBeDefined();
        for (const s of incoming.styles ?? []) expect(await db.get('styles', s.id)).toBeDefined();
        // Nothing the user had is gone, and progress made in the app is never replaced.
        for (const [store, records] of Object.entries(before)) {
          // A re-imported package's packs are replaced by design; its files (in "media") stay.
          if (store === 'mediaPacks') continue;
          const keys = new Set(await db.getAllKeys(store as 'cards'));
          for (const { key } of records as { key: string }[]) expect(keys.has(key)).toBe(true);
        }
        if (studiedBefore) {
          const { deckId: _, ...progress } = (await db.get('schedules', studiedBefore.cardId))!;
          const { deckId: __, ...old } = studiedBefore;
          expect(progress).toEqual(old);
        }
        db.close();
      }),
      { numRuns: 120 },
    );
    // A generous limit: 120 databases take a few seconds when the machine is busy.
  }, 60_000);
});
