/**
 * The database: its schema as one type (so store and index names are checked at compile
 * time) and its upgrades as an append-only ladder. The only module family that imports idb.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CardRecord, DeckRecord, MediaRecord, ReviewRecord, ScheduleRecord, StyleRecord } from '../domain/model';

export const DB_NAME = 'prepdeck';

export interface AppSchema extends DBSchema {
  decks: { key: string; value: DeckRecord };
  /** v3: `by-tag` (multiEntry): a role's cards, read without the rest of the collection. */
  cards: { key: string; value: CardRecord; indexes: { 'by-deck': string; 'by-tag': string } };
  schedules: { key: string; value: ScheduleRecord; indexes: { 'by-deck': string; 'by-due': number } };
  reviews: { key: number; value: ReviewRecord; indexes: { 'by-card': string; 'by-deck': string; 'by-review': number } };
  /** Key-value: 'scheduler' → SchedulerSettings, and small app flags. */
  settings: { key: string; value: unknown };
  /** v2: media files of imported Anki packages. */
  media: { key: string; value: MediaRecord; indexes: { 'by-scope': string } };
  /** v2: note-type stylesheets of imported Anki packages. */
  styles: { key: string; value: StyleRecord };
}

export type AppDb = IDBPDatabase<AppSchema>;

export interface OpenOptions {
  /** Another tab (or a newer version of the app) wants to upgrade: we have closed our connection. */
  onVersionChange?: () => void;
  /** We want to upgrade but an older tab still holds the database open. */
  onBlocked?: () => void;
}

type UpgradeStep = (
  database: IDBPDatabase<AppSchema>,
  tx: IDBPTransaction<AppSchema, StoreNames<AppSchema>[], 'versionchange'>,
) => void;

/**
 * The upgrade ladder, append-only: step i takes a database of version i (with data in it)
 * to version i + 1. Never edit a shipped step; add a new one.
 */
const UPGRADES: UpgradeStep[] = [
  // 0 → 1: decks, cards, scheduling state, review log, settings.
  (database) => {
    database.createObjectStore('decks', { keyPath: 'id' });
    const cards = database.createObjectStore('cards', { keyPath: 'id' });
    cards.createIndex('by-deck', 'deckId');
    const schedules = database.createObjectStore('schedules', { keyPath: 'cardId' });
    schedules.createIndex('by-deck', 'deckId');
    schedules.createIndex('by-due', 'due');
    const reviews = database.createObjectStore('reviews', { keyPath: 'id', autoIncrement: true });
    reviews.createIndex('by-card', 'cardId');
    reviews.createIndex('by-deck', 'deckId');
    reviews.createIndex('by-review', 'review');
    database.createObjectStore('settings');
  },
  // 1 → 2: media files and note-type styles for Anki packages.
  (database) => {
    const media = database.createObjectStore('media', { keyPath: 'id' });
    media.createIndex('by-scope', 'scope');
    database.createObjectStore('styles', { keyPath: 'id' });
  },
  // 2 → 3: cards by tag (multiEntry), so a role's cards are read through an index.
  (_database, tx) => {
    tx.objectStore('cards').createIndex('by-tag', 'tags', { multiEntry: true });
  },
];

export const DB_VERSION = UPGRADES.length;

/** Opens (creating or upgrading) the app's database; `version` is for tests of older versions. */
export async function openAppDb(name = DB_NAME, options: OpenOptions = {}, version = DB_VERSION): Promise<AppDb> {
  const db: AppDb = await openDB<AppSchema>(name, version, {
    upgrade(database, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) UPGRADES[step]!(database, tx);
    },
    blocked() {
      options.onBlocked?.();
    },
    blocking() {
      // Close at once so the other tab's upgrade can proceed; this tab must reload to go on.
      db.close();
      options.onVersionChange?.();
    },
    terminated() {
      options.onVersionChange?.();
    },
  });
  return db;
}
