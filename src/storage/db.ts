/**
 * The database: its schema as one type (so store and index names are checked at compile
 * time) and its upgrades as an append-only ladder. The only module family that imports idb.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { MediaPackRecord, StoredMedia } from '../domain/media-packs';
import type {
  CardRecord,
  DeckRecord,
  RecordingRecord,
  RehearsalAttempt,
  ReviewRecord,
  ScheduleRecord,
  StarStory,
  StyleRecord,
} from '../domain/model';
import type { QueueSlot } from '../domain/queue-slot';
import { addQueueSlots } from './queue-slots-upgrade';

export const DB_NAME = 'prepdeck';

export interface AppSchema extends DBSchema {
  decks: { key: string; value: DeckRecord };
  cards: {
    key: string;
    value: CardRecord;
    /** 'by-tag' (v3: one entry per tag, as written) and 'by-flag' (v5: flagged cards; absent flag: not indexed). */
    indexes: { 'by-deck': string; 'by-tag': string; 'by-flag': number };
  };
  schedules: { key: string; value: ScheduleRecord; indexes: { 'by-deck': string; 'by-due': number } };
  reviews: { key: number; value: ReviewRecord; indexes: { 'by-card': string; 'by-deck': string; 'by-review': number } };
  /** Key-value: 'scheduler' → SchedulerSettings, and small app flags. */
  settings: { key: string; value: unknown };
  /** v2: media files of imported Anki packages (since v3 a place in a pack; before, with their own Blob). */
  media: { key: string; value: StoredMedia; indexes: { 'by-scope': string } };
  /** v2: note-type stylesheets of imported Anki packages. */
  styles: { key: string; value: StyleRecord };
  /** v3: each card's place in the study queue (see domain/queue-slot.ts), kept with every card and schedule write. */
  queueSlots: {
    key: string;
    value: QueueSlot;
    indexes: {
      'by-deck': string;
      'by-deck-lane': [string, number, number, number];
      'by-lane': [number, number, string, number];
      'by-buried': number;
    };
  };
  /** Rehearsal (addRehearsalStores): answers recorded on the device, as the browser encoded them. */
  recordings: { key: string; value: RecordingRecord; indexes: { 'by-card': string; 'by-at': number } };
  /** Rehearsal: the candidate's STAR stories; `by-question` lists each linked question (multiEntry). */
  stories: { key: string; value: StarStory; indexes: { 'by-question': string } };
  /** Rehearsal: one record per answer rehearsed aloud (its review is in `reviews`). */
  attempts: { key: string; value: RehearsalAttempt; indexes: { 'by-card': string; 'by-deck': string } };
  /** v6: the Blobs that hold media files, a few megabytes each, one scope each (issue 15). */
  mediaPacks: { key: string; value: MediaPackRecord; indexes: { 'by-scope': string } };
}

export type AppDb = IDBPDatabase<AppSchema>;

export interface OpenOptions {
  /** Another tab (or a newer version of the app) wants to upgrade: we have closed our connection. */
  onVersionChange?: () => void;
  /** We want to upgrade but an older tab still holds the database open. */
  onBlocked?: () => void;
  /** The database was deleted under us (by the user, or by the browser after a storage error). */
  onDeleted?: () => void;
  /** The browser closed the connection without being asked (a storage error, or the data was cleared). */
  onClosedUnexpectedly?: () => void;
  /** The database did not exist and was just created: a first visit, or the app's data is gone. */
  onCreated?: () => void;
  /** Open only a database that exists (the backup worker): a missing one is not created, and the open fails. */
  mustExist?: boolean;
}

type UpgradeTx = IDBPTransaction<AppSchema, StoreNames<AppSchema>[], 'versionchange'>;
/** A step may move data: it then returns the promise of that work (only idb requests are awaited in it). */
type UpgradeStep = (database: IDBPDatabase<AppSchema>, tx: UpgradeTx) => void | Promise<void>;

/**
 * Rehearsing the interview (issue 9): recordings (Blobs), STAR stories and rehearsal attempts.
 * New stores only: nothing that exists is touched, so every card, schedule, review and setting
 * is kept as it was. Kept in a function of its own so the ladder can be reordered on merge.
 */
function addRehearsalStores(database: IDBPDatabase<AppSchema>): void {
  const recordings = database.createObjectStore('recordings', { keyPath: 'id' });
  recordings.createIndex('by-card', 'cardId');
  recordings.createIndex('by-at', 'at');
  const stories = database.createObjectStore('stories', { keyPath: 'id' });
  stories.createIndex('by-question', 'questionIds', { multiEntry: true });
  const attempts = database.createObjectStore('attempts', { keyPath: 'id' });
  attempts.createIndex('by-card', 'cardId');
  attempts.createIndex('by-deck', 'deckId');
}

/**
 * 4 → 5 (issue 11, Browse): flagged cards by flag, so `flag:N` reads only those cards. Cards with
 * no flag are not indexed. The cards' tags were indexed by the queue-slots step (2 → 3).
 */
function addFlagIndex(_database: IDBPDatabase<AppSchema>, tx: UpgradeTx): void {
  tx.objectStore('cards').createIndex('by-flag', 'flag');
}

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
  // 2 → 3: queue slots (the study queue and counts from indexes) and cards by tag; moves existing data.
  addQueueSlots,
  // 3 → 4: rehearsal's recordings, stories and attempts.
  addRehearsalStores,
  // 4 → 5: flagged cards by flag (Browse's flag:N).
  addFlagIndex,
  // 5 → 6 (issue 15, media at any count): media bytes move into packs, so one transaction
  // writes a few Blobs however many files it holds (at 20,000 Blobs the browser ran out of file
  // handles). Existing media records keep their own Blob and stay readable as they are; only
  // new writes use packs, so no data moves here.
  (database) => {
    const packs = database.createObjectStore('mediaPacks', { keyPath: 'id' });
    packs.createIndex('by-scope', 'scope');
  },
];

export const DB_VERSION = UPGRADES.length;

/** The first version with the rehearsal stores (its upgrade test starts one below). */
export const REHEARSAL_DB_VERSION = UPGRADES.indexOf(addRehearsalStores) + 1;

/** Opens (creating or upgrading) the app's database; `version` is for tests of older versions. */
export async function openAppDb(name = DB_NAME, options: OpenOptions = {}, version = DB_VERSION): Promise<AppDb> {
  const db: AppDb = await openDB<AppSchema>(name, version, {
    async upgrade(database, oldVersion, newVersion, tx) {
      if (oldVersion === 0 && options.mustExist) {
        // Aborting the creating transaction leaves no database behind; the open rejects.
        tx.done.catch(() => undefined);
        tx.abort();
        return;
      }
      if (oldVersion === 0) options.onCreated?.();
      // Each step's data moves finish before the next step runs (it may build on them).
      for (let step = oldVersion; step < (newVersion ?? version); step++) await UPGRADES[step]!(database, tx);
    },
    blocked() {
      options.onBlocked?.();
    },
    blocking(_current, blockedVersion) {
      // Close at once so the other tab's upgrade (or the deletion) can proceed.
      db.close();
      // A null version is a deletion, not an upgrade: the data is going away, not being kept.
      if (blockedVersion === null) (options.onDeleted ?? options.onVersionChange)?.();
      else options.onVersionChange?.();
    },
    terminated() {
      // Chromium closes connections this way after an I/O error, and may then delete the data.
      (options.onClosedUnexpectedly ?? options.onVersionChange)?.();
    },
  });
  return db;
}
