/**
 * The database: its schema as one type (so store and index names are checked at compile
 * time) and its upgrades as an append-only ladder. The only module family that imports idb.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CardRecord, DeckRecord, MediaRecord, ReviewRecord, ScheduleRecord, StyleRecord } from '../domain/model';

export const DB_NAME = 'prepdeck';
export const DB_VERSION = 2;

export interface AppSchema extends DBSchema {
  decks: { key: string; value: DeckRecord };
  cards: { key: string; value: CardRecord; indexes: { 'by-deck': string } };
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

/** Opens (creating or upgrading) the app's database. */
export async function openAppDb(name = DB_NAME, options: OpenOptions = {}, version = DB_VERSION): Promise<AppDb> {
  const db = await openDB<AppSchema>(name, version, {
    upgrade(database, oldVersion, _newVersion, tx) {
      // Append-only ladder: each step takes a database of the previous version with data in it.
      if (oldVersion < 1) {
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
      }
      if (oldVersion < 2) {
        const media = database.createObjectStore('media', { keyPath: 'id' });
        media.createIndex('by-scope', 'scope');
        database.createObjectStore('styles', { keyPath: 'id' });
      }
      void tx;
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
