/**
 * Making one backup: read the whole database in one transaction, stream it into a file in the
 * backup folder (or, with no folder, into a Blob to download), then let the rolling set keep
 * only its newest files. Runs in the backup worker (its own connection to the database), so a
 * large collection never holds up the page; tests run it here.
 */
import {
  autoBackupName,
  backupsToRemove,
  hasDataWorthKeeping,
  parseAutoBackupName,
  type AutoBackupInfo,
  type AutoBackupKind,
} from '../domain/auto-backups';
import type { BackupCounts } from '../domain/backup-format';
import type { RehearsalCounts } from '../domain/backup-rehearsal';
import { withoutRecordings } from '../domain/backup-size';
import { writeBackup, type WriteHooks } from '../import/backup-write';
import { concatBytes } from '../import/concat-bytes';
import { loadBackupContents } from '../storage/backup';
import type { BackupFolder } from '../storage/backup-folder';
import type { AppDb } from '../storage/db';

export interface BackupJobRequest {
  kind: AutoBackupKind;
  /** Epoch ms, from the page (the one place that reads the clock). */
  now: number;
  /** "Back up everything" can leave the recordings out (they may be most of the file). */
  withoutRecordings?: boolean;
}

export type BackupJobResult =
  | { outcome: 'saved'; backup: AutoBackupInfo; counts: BackupCounts & RehearsalCounts }
  /** No folder (the browser has no private file system): the file itself, to download. */
  | { outcome: 'blob'; blob: Blob; name: string; counts: BackupCounts & RehearsalCounts }
  /** Nothing but the app's own decks, untouched: a backup would only push a real one out. */
  | { outcome: 'nothing-to-keep' }
  | { outcome: 'no-folder' };

export interface BackupJobDeps {
  /** Opens the app's database (never creating it). */
  openDb(): Promise<AppDb>;
  folder: BackupFolder | null;
}

/** Chunks are gathered to about this size before each write to the file. */
const WRITE_BYTES = 1 << 20;

function bufferedSink(write: (chunk: Uint8Array) => Promise<void> | void) {
  let parts: Uint8Array[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const out = concatBytes(parts, size);
    parts = [];
    size = 0;
    await write(out);
  };
  return {
    async push(chunk: Uint8Array) {
      parts.push(chunk);
      size += chunk.length;
      if (size >= WRITE_BYTES) await flush();
    },
    flush,
  };
}

/** The rolling set after a new backup: incomplete files (a write cut off) and the oldest of each group go. */
async function rotate(folder: BackupFolder, keep: string): Promise<void> {
  const files = await folder.list();
  const infos: AutoBackupInfo[] = [];
  for (const file of files) {
    const parsed = parseAutoBackupName(file.name);
    if (!parsed) continue;
    if (!file.complete && file.name !== keep) await folder.remove(file.name);
    else infos.push({ name: file.name, size: file.size, ...parsed });
  }
  for (const name of backupsToRemove(infos)) await folder.remove(name);
}

/** Makes a backup of `kind`; resolves with where it went, or why none was made. */
export async function runBackupJob(
  request: BackupJobRequest,
  deps: BackupJobDeps,
  hooks: WriteHooks = {},
): Promise<BackupJobResult> {
  const db = await deps.openDb();
  let contents;
  try {
    contents = await loadBackupContents(db);
  } finally {
    db.close();
  }
  if (request.withoutRecordings) contents = withoutRecordings(contents);
  const worth = hasDataWorthKeeping({
    schedules: contents.schedules.length,
    reviews: contents.reviews.length,
    importedDecks: contents.decks.filter((d) => d.source === 'import').length,
  });
  if (!worth && request.kind !== 'manual') return { outcome: 'nothing-to-keep' };
  const name = autoBackupName(request.kind, request.now);

  if (!deps.folder) {
    if (request.kind !== 'manual') return { outcome: 'no-folder' };
    // Parts become Blobs as they fill, so the page's memory holds one part at a time.
    const blobs: Blob[] = [];
    const sink = bufferedSink((chunk) => void blobs.push(new Blob([chunk as Uint8Array<ArrayBuffer>])));
    const written = await writeBackup(contents, request.now, (chunk) => sink.push(chunk), hooks);
    await sink.flush();
    return { outcome: 'blob', blob: new Blob(blobs, { type: 'application/zip' }), name, counts: written.counts };
  }

  const folder = deps.folder;
  const writer = await folder.create(name);
  const sink = bufferedSink((chunk) => writer.write(chunk));
  let written;
  try {
    written = await writeBackup(contents, request.now, (chunk) => sink.push(chunk), hooks);
    await sink.flush();
    await writer.close();
  } catch (error) {
    await writer.close().catch(() => undefined);
    await folder.remove(name);
    throw error;
  }
  await rotate(folder, name);
  return {
    outcome: 'saved',
    backup: { name, kind: request.kind, createdAt: request.now, size: written.bytes },
    counts: written.counts,
  };
}
