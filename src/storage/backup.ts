/**
 * Backup and restore: one zip file with every record of every store and the media files'
 * bytes (format in domain/backup-format.ts). A restore replaces everything in one
 * transaction, so it either fully happens or leaves the current data as it was.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import {
  BACKUP_FORMAT,
  BACKUP_MANIFEST,
  BACKUP_VERSION,
  mediaMemberName,
  validateBackupManifest,
  type BackupCounts,
  type BackupManifest,
} from '../domain/backup-format';
import { ImportError } from '../domain/import-error';
import type { MediaRecord, ReviewRecord } from '../domain/model';
import type { AppDb } from './db';
import { runWriteTransaction } from './write-transaction';

/** A backup read and validated, ready to restore: the manifest's records, with the media files themselves. */
export type Backup = Omit<BackupManifest, 'format' | 'version' | 'media'> & { fileName: string; media: MediaRecord[] };

const ALL_STORES = ['decks', 'cards', 'schedules', 'reviews', 'settings', 'media', 'styles'] as const;

/** Everything in the database as one zip file (backup.json + media/<index>). */
export async function createBackup(db: AppDb, now: number): Promise<Uint8Array> {
  const tx = db.transaction([...ALL_STORES], 'readonly');
  const [decks, cards, schedules, reviews, settingKeys, settingValues, styles, media] = await Promise.all([
    tx.objectStore('decks').getAll(),
    tx.objectStore('cards').getAll(),
    tx.objectStore('schedules').getAll(),
    tx.objectStore('reviews').getAll(),
    tx.objectStore('settings').getAllKeys(),
    tx.objectStore('settings').getAll(),
    tx.objectStore('styles').getAll(),
    tx.objectStore('media').getAll(),
    tx.done,
  ]);
  // Blob bytes are read after the transaction has finished: reading them is not an idb request.
  const mediaBytes = await Promise.all(media.map(async (m) => new Uint8Array(await m.blob.arrayBuffer())));
  const settings = settingKeys.map((key, i) => ({ key, value: settingValues[i] }));
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now,
    counts: {
      decks: decks.length,
      cards: cards.length,
      schedules: schedules.length,
      reviews: reviews.length,
      settings: settings.length,
      styles: styles.length,
      media: media.length,
    },
    decks,
    cards,
    schedules,
    reviews: reviews as (ReviewRecord & { id: number })[],
    settings,
    styles,
    media: media.map((m, i) => ({
      id: m.id,
      scope: m.scope,
      name: m.name,
      type: m.type,
      file: mediaMemberName(i),
      size: mediaBytes[i]!.length,
    })),
  };
  const files: Zippable = { [BACKUP_MANIFEST]: [strToU8(JSON.stringify(manifest)), { level: 6 }] };
  // Images and audio are already compressed: store them as they are.
  mediaBytes.forEach((bytes, i) => (files[mediaMemberName(i)] = [bytes, { level: 0 }]));
  return zipSync(files, { mtime: new Date(now) });
}

/** Whether `bytes` is a zip with a backup.json (a backup, not an Anki package), without unpacking it. */
export function isBackupFile(bytes: Uint8Array): boolean {
  let found = false;
  try {
    unzipSync(bytes, {
      filter: (member) => {
        if (member.name === BACKUP_MANIFEST) found = true;
        return false;
      },
    });
  } catch {
    return false;
  }
  return found;
}

/** Reads and validates a backup file; throws ImportError naming the file and the damaged part. Writes nothing. */
export function readBackup(bytes: Uint8Array, fileName: string): Backup {
  let members: Record<string, Uint8Array>;
  try {
    members = unzipSync(bytes);
  } catch {
    throw new ImportError(fileName, null, 'not a readable backup: the file is damaged, incomplete, or not a zip file');
  }
  const json = members[BACKUP_MANIFEST];
  if (!json) throw new ImportError(fileName, BACKUP_MANIFEST, 'missing: this is not a PrepDeck backup');
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(json));
  } catch {
    throw new ImportError(fileName, BACKUP_MANIFEST, 'not valid JSON: the file is damaged');
  }
  const manifest = validateBackupManifest(data, fileName);
  const media = manifest.media.map((entry, i): MediaRecord => {
    const content = members[entry.file];
    if (!content)
      throw new ImportError(
        fileName,
        entry.file,
        `missing (the media file "${entry.name}", media[${i}] in ${BACKUP_MANIFEST})`,
      );
    if (content.length !== entry.size)
      throw new ImportError(
        fileName,
        entry.file,
        `has ${content.length} bytes, expected ${entry.size}: the file is damaged`,
      );
    // fflate allocates plain ArrayBuffers, never shared ones.
    const blob = new Blob([content as Uint8Array<ArrayBuffer>], { type: entry.type });
    return { id: entry.id, scope: entry.scope, name: entry.name, type: entry.type, blob };
  });
  const { createdAt, counts, decks, cards, schedules, reviews, settings, styles } = manifest;
  return { fileName, createdAt, counts, decks, cards, schedules, reviews, settings, styles, media };
}

/**
 * Replaces everything in the database with the backup's records: every store cleared and
 * refilled in one transaction. If anything fails, the data from before is left untouched.
 */
export async function restoreBackup(db: AppDb, backup: Backup, mode: 'replace'): Promise<BackupCounts> {
  if (mode !== 'replace') throw new Error(`restoreBackup: unknown mode ${String(mode)}`);
  await runWriteTransaction(db, [...ALL_STORES], async (tx, write) => {
    for (const store of ALL_STORES) await write(tx.objectStore(store).clear());
    for (const deck of backup.decks) await write(tx.objectStore('decks').put(deck));
    for (const card of backup.cards) await write(tx.objectStore('cards').put(card));
    for (const schedule of backup.schedules) await write(tx.objectStore('schedules').put(schedule));
    // With their ids, so undo still finds the newest one; the store's counter moves past them.
    for (const review of backup.reviews) await write(tx.objectStore('reviews').put(review));
    for (const style of backup.styles) await write(tx.objectStore('styles').put(style));
    for (const media of backup.media) await write(tx.objectStore('media').put(media));
    const settings = tx.objectStore('settings');
    for (const { key, value } of backup.settings) await write(settings.put(value, key));
  });
  return backup.counts;
}
