import { CardState, type ReviewRecord, type ScheduleRecord } from '../../src/domain/model';
import type { ImportBundle, ImportedCard, ImportedDeck } from '../../src/domain/import-bundle';
import type { AppDb } from '../../src/storage/db';
import { loadMedia } from '../../src/storage/media-store';

export const T = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;

/** A JSON-style deck (deck id, card keys, no global card ids). */
export function jsonBundle(deckId: string, cards: [key: string, front: string][], name = deckId): ImportBundle {
  const deck: ImportedDeck = {
    id: deckId,
    name,
    description: '',
    cards: cards.map(([key, front]) => ({ key, front, back: `${front}?`, format: 'text', tags: [] })),
  };
  return { fileName: `${deckId}.json`, kind: 'json', decks: [deck], warnings: [] };
}

/** An Anki-style deck: no deck id, cards with global ids. */
export function ankiDeck(name: string, cards: ImportedCard[]): ImportedDeck {
  return { name, description: '', cards };
}

export function ankiCard(guid: string, front: string, extra: Partial<ImportedCard> = {}): ImportedCard {
  return { key: guid, id: `anki-guid:${guid}`, front, back: `${front} back`, format: 'html', tags: ['anki'], ...extra };
}

export function ankiSchedule(due = T + 10 * DAY): NonNullable<ImportedCard['schedule']> {
  return {
    due,
    stability: 12,
    difficulty: 4,
    elapsedDays: 3,
    scheduledDays: 10,
    learningSteps: 0,
    reps: 4,
    lapses: 1,
    state: CardState.Review,
    lastReview: T - DAY,
  };
}

export function ankiReview(at: number): NonNullable<ImportedCard['reviews']>[number] {
  return {
    rating: 3,
    review: at,
    state: CardState.Review,
    due: at + 5 * DAY,
    stability: 10,
    difficulty: 4,
    elapsedDays: 2,
    lastElapsedDays: 1,
    scheduledDays: 5,
    learningSteps: 0,
    before: null,
  };
}

export function appProgress(cardId: string, deckId: string): { schedule: ScheduleRecord; review: ReviewRecord } {
  const schedule: ScheduleRecord = {
    cardId,
    deckId,
    due: T + 3 * DAY,
    stability: 3,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 3,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: CardState.Review,
    lastReview: T,
  };
  return {
    schedule,
    review: {
      cardId,
      deckId,
      rating: 3,
      review: T,
      state: CardState.New,
      due: T + 3 * DAY,
      stability: 3,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 3,
      learningSteps: 0,
      before: null,
    },
  };
}

const STORES = ['decks', 'cards', 'schedules', 'reviews', 'settings', 'media', 'styles'] as const;

/**
 * Every record of every store, to compare a database before and after. Media files appear as
 * what a card sees (name, type, bytes), wherever their bytes are kept; with `packs`, the packs'
 * ids and sizes too (same database only: pack ids are fresh on every write).
 */
export async function snapshot(db: AppDb, { packs = true } = {}): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const store of STORES) {
    const keys = await db.getAllKeys(store);
    const values = await db.getAll(store);
    out[store] = await Promise.all(
      values.map(async (value, i) => {
        if (store !== 'media') return { key: keys[i], value };
        const { scope, name } = value as { scope: string; name: string };
        const media = await loadMedia(db, scope, name);
        return {
          key: keys[i],
          value: {
            id: media?.id,
            scope,
            name,
            type: media?.type,
            blob: media && { type: media.blob.type, bytes: [...new Uint8Array(await media.blob.arrayBuffer())] },
          },
        };
      }),
    );
  }
  if (packs)
    out.mediaPacks = (await db.getAll('mediaPacks')).map((p) => ({ id: p.id, scope: p.scope, size: p.blob.size }));
  return out;
}

/**
 * The database, except that the `after`+1-th put or add on `store` throws the way a browser
 * does when it cannot store a value (e.g. a Blob in a private window): a failure mid-write.
 * `failure` makes the error (a full disk: a QuotaExceededError).
 */
export function failingWrites(
  db: AppDb,
  store: string,
  after: number,
  failure = () => new DOMException('The object could not be cloned.', 'DataCloneError'),
): AppDb {
  let writes = 0;
  const bound = (target: object, prop: string | symbol) => {
    const value = Reflect.get(target, prop) as unknown;
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const wrapStore = (s: object) =>
    new Proxy(s, {
      get(target, prop) {
        if (prop !== 'put' && prop !== 'add') return bound(target, prop);
        return (...args: unknown[]) => {
          if (++writes > after) throw failure();
          return (Reflect.get(target, prop) as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  const wrapTx = (tx: object) =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop !== 'objectStore') return bound(target, prop);
        return (name: string) => {
          const s = (target as { objectStore(n: string): object }).objectStore(name);
          return name === store ? wrapStore(s) : s;
        };
      },
    });
  return new Proxy(db, {
    get(target, prop) {
      if (prop !== 'transaction') return bound(target, prop);
      return (...args: unknown[]) => wrapTx((target.transaction as (...a: unknown[]) => object)(...args));
    },
  });
}
