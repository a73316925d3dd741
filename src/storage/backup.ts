/**
 * Backup and restore in the database: every record of every store read in one transaction,
 * and a restore that replaces everything in one transaction, so it either fully happens or
 * leaves the current data as it was. The file format is src/import/backup-file.ts.
 */
import type { Backup, BackupContents, BackupCounts } from '../domain/backup-format';
import { mediaFileOf } from '../domain/media-packs';
import type { MediaFile, ReviewRecord } from '../domain/model';
import { slotFor } from '../domain/queue-slot';
import type { AppDb } from './db';
import { putMediaFiles } from './media-writes';
import { runWriteTransaction } from './write-transaction';

const ALL_STORES = [
  'decks',
  'cards',
  'schedules',
  'reviews',
  'settings',
  'media',
  'mediaPacks',
  'styles',
  'stories',
  'attempts',
  'recordings',
] as const;

/**
 * Everything in the database, read in one transaction (a consistent snapshot). Media come as
 * places in their packs: the packs' Blobs are references, not bytes, so nothing large is read here.
 */
export async function loadBackupContents(db: AppDb): Promise<BackupContents> {
  const tx = db.transaction([...ALL_STORES], 'readonly');
  const [
    decks,
    cards,
    schedules,
    reviews,
    settingKeys,
    settingValues,
    styles,
    stored,
    packs,
    stories,
    attempts,
    recordings,
  ] = await Promise.all([
    tx.objectStore('decks').getAll(),
    tx.objectStore('cards').getAll(),
    tx.objectStore('schedules').getAll(),
    tx.objectStore('reviews').getAll(),
    tx.objectStore('settings').getAllKeys(),
    tx.objectStore('settings').getAll(),
    tx.objectStore('styles').getAll(),
    tx.objectStore('media').getAll(),
    tx.objectStore('mediaPacks').getAll(),
    tx.objectStore('stories').getAll(),
    tx.objectStore('attempts').getAll(),
    tx.objectStore('recordings').getAll(),
    tx.done,
  ]);
  const settings = settingKeys.map((key, i) => ({ key, value: settingValues[i] }));
  const packBlobs = new Map(packs.map((p) => [p.id, p.blob]));
  const media = stored.flatMap((record): MediaFile[] => {
    const file = mediaFileOf(record, record.pack ? packBlobs.get(record.pack) : undefined);
    return file ? [file] : [];
  });
  return {
    decks,
    cards,
    schedules,
    reviews: reviews as (ReviewRecord & { id: number })[],
    settings,
    styles,
    media,
    stories,
    attempts,
    recordings,
  };
}

/**
 * Replaces everything in the database with the backup's records: every store cleared and
 * refilled in one transaction. If anything fails, the data from before is left untouched.
 */
export async function restoreBackup(db: AppDb, backup: Backup, mode: 'replace'): Promise<BackupCounts> {
  if (mode !== 'replace') throw new Error(`restoreBackup: unknown mode ${String(mode)}`);
  await runWriteTransaction(db, [...ALL_STORES, 'queueSlots'], async (tx, write) => {
    for (const store of ALL_STORES) await write(tx.objectStore(store).clear());
    // Queue slots are derived, not backed up: rebuilt from the restored cards and schedules.
    await write(tx.objectStore('queueSlots').clear());
    const restoredSchedules = new Map(backup.schedules.map((s) => [s.cardId, s]));
    for (const card of backup.cards) {
      const slot = slotFor(card, restoredSchedules.get(card.id));
      if (slot) await write(tx.objectStore('queueSlots').put(slot));
    }
    for (const deck of backup.decks) await write(tx.objectStore('decks').put(deck));
    for (const card of backup.cards) await write(tx.objectStore('cards').put(card));
    for (const schedule of backup.schedules) await write(tx.objectStore('schedules').put(schedule));
    // With their ids, so undo still finds the newest one; the store's counter moves past them.
    for (const review of backup.reviews) await write(tx.objectStore('reviews').put(review));
    for (const style of backup.styles) await write(tx.objectStore('styles').put(style));
    await putMediaFiles(
      { media: tx.objectStore('media'), mediaPacks: tx.objectStore('mediaPacks') },
      backup.media,
      write,
    );
    for (const story of backup.stories) await write(tx.objectStore('stories').put(story));
    for (const attempt of backup.attempts) await write(tx.objectStore('attempts').put(attempt));
    for (const recording of backup.recordings) await write(tx.objectStore('recordings').put(recording));
    const settings = tx.objectStore('settings');
    for (const { key, value } of backup.settings) await write(settings.put(value, key));
  });
  return backup.counts;
}
