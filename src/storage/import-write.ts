/**
 * Writing an import: every deck, card, schedule, review, media file and style of a bundle in
 * one transaction, all or nothing. Identity rules are in import-plan.ts.
 */
import type { IDBPTransaction } from 'idb';
import type { ImportBundle } from '../domain/import-bundle';
import type { AppDb, AppSchema } from './db';
import { computeImport, knownCardIds, resolveDeckIds, type ExistingData, type ImportPlan } from '../domain/import-plan';
import { validateBundle } from '../domain/import-validate';
import { slotsForImport } from '../domain/import-slots';
import { putMediaFiles } from './media-writes';
import { runWriteTransaction } from './write-transaction';

export type { DeckImportPlan, ImportPlan } from '../domain/import-plan';

/** The stores an import reads and writes. */
type ImportStores = ['decks', 'cards', 'schedules', 'reviews', 'media', 'mediaPacks', 'styles', 'queueSlots'];
/** A readonly (preview) or readwrite (import) transaction over the import's stores. */
type ImportTx =
  IDBPTransaction<AppSchema, ImportStores, 'readonly'> | IDBPTransaction<AppSchema, ImportStores, 'readwrite'>;
const IMPORT_STORES: ImportStores = [
  'decks',
  'cards',
  'schedules',
  'reviews',
  'media',
  'mediaPacks',
  'styles',
  'queueSlots',
];

/** A fresh id for an imported deck without one. randomUUID exists only in secure contexts (https, localhost). */
export function newImportDeckId(now: number): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return `imported-${uuid ?? `${now.toString(36)}-${Math.random().toString(36).slice(2, 12)}`}`;
}

/** Reads what the import touches; only idb requests, so it can run inside the write transaction. */
async function readExisting(tx: ImportTx, bundle: ImportBundle, now: number) {
  const ids = knownCardIds(bundle);
  const cardsStore = tx.objectStore('cards');
  const [deckList, found] = await Promise.all([
    tx.objectStore('decks').getAll(),
    Promise.all(ids.map((id) => cardsStore.get(id))),
  ]);
  const decks = new Map(deckList.map((d) => [d.id, d]));
  const cards = new Map(found.flatMap((c) => (c ? [[c.id, c] as const] : [])));
  const deckIds = resolveDeckIds(bundle, decks, cards, () => newImportDeckId(now));

  const existingCardIds = [...cards.keys()];
  const touchedDecks = [...new Set(deckIds.filter((id): id is string => id !== null && decks.has(id)))];
  const schedulesStore = tx.objectStore('schedules');
  const reviewsByCard = tx.objectStore('reviews').index('by-card');
  const cardsByDeck = cardsStore.index('by-deck');
  const [schedules, logs, deckCards] = await Promise.all([
    Promise.all(existingCardIds.map((id) => schedulesStore.get(id))),
    Promise.all(existingCardIds.map((id) => reviewsByCard.getAll(id))),
    Promise.all(touchedDecks.map((id) => cardsByDeck.getAllKeys(id))),
  ]);
  const existing: ExistingData = {
    decks,
    cards,
    schedules: new Map(schedules.flatMap((s) => (s ? [[s.cardId, s] as const] : []))),
    reviews: new Map(existingCardIds.map((id, i) => [id, logs[i]!])),
    deckCardIds: new Map(touchedDecks.map((id, i) => [id, deckCards[i]!])),
  };
  return { existing, deckIds };
}

/**
 * What importing `bundle` would do, for the preview: new or updated decks and the counts of
 * new, updated and unchanged cards. Reads only. Throws ImportError for a bundle that cannot be imported.
 */
export async function planImport(db: AppDb, bundle: ImportBundle): Promise<ImportPlan> {
  validateBundle(bundle);
  const tx = db.transaction(IMPORT_STORES, 'readonly');
  const [{ existing, deckIds }] = await Promise.all([readExisting(tx, bundle, 0), tx.done]);
  // Planned with a placeholder time: only the counts and the deck choices matter for a preview.
  return computeImport(bundle, existing, deckIds, 0).plan;
}

/**
 * Imports `bundle`: validates it, then reads what it touches and writes all its decks, cards,
 * schedules, reviews, media and styles in ONE transaction, resolving once it has committed.
 * Any failure writes nothing. Returns what was done, in the shape of the preview.
 */
export async function writeImport(db: AppDb, bundle: ImportBundle, now: number): Promise<ImportPlan> {
  validateBundle(bundle);
  return runWriteTransaction(db, IMPORT_STORES, async (tx, write) => {
    // Reading inside the write transaction means another tab cannot change the data between
    // the decision (new or existing card) and the write.
    const { existing, deckIds } = await readExisting(tx, bundle, now);
    const { plan, writes } = computeImport(bundle, existing, deckIds, now);
    const stores = {
      decks: tx.objectStore('decks'),
      cards: tx.objectStore('cards'),
      schedules: tx.objectStore('schedules'),
      reviews: tx.objectStore('reviews'),
      styles: tx.objectStore('styles'),
      queueSlots: tx.objectStore('queueSlots'),
    };
    for (const deck of writes.decks) await write(stores.decks.put(deck));
    for (const card of writes.cards) await write(stores.cards.put(card));
    for (const schedule of writes.schedules) await write(stores.schedules.put(schedule));
    for (const review of writes.movedReviews) await write(stores.reviews.put(review));
    for (const review of writes.newReviews) await write(stores.reviews.add(review));
    await putMediaFiles(
      { media: tx.objectStore('media'), mediaPacks: tx.objectStore('mediaPacks') },
      writes.media,
      write,
    );
    for (const style of writes.styles) await write(stores.styles.put(style));
    // Each written card and schedule keeps its queue slot in step (the study queue reads those).
    const slots = slotsForImport(writes, existing);
    for (const slot of slots.put) await write(stores.queueSlots.put(slot));
    for (const id of slots.remove) await write(stores.queueSlots.delete(id));
    return plan;
  });
}
