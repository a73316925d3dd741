import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BackupContents } from '../../src/domain/backup-format';
import { damagedBackup, looksLikeBackup as isBackupZip, readBackupFile } from '../../src/import/backup-file';
import { encodeBackup } from '../../src/import/backup-write';
import { bytesOfMedia, wholeBlob } from '../helpers/media-bytes';
import { createImportHandler } from '../../src/import/import-handler';
import type { ImportResponse } from '../../src/import/import-messages';
import { runBackupRead } from '../../src/import/run-import';

const T = Date.UTC(2026, 11, 2, 10);

/** A backup of one deck with `mediaFiles` 64 KB media files (stored, not compressed, as the app does). */
async function backupFile(mediaFiles: number): Promise<Blob> {
  const contents: BackupContents = {
    decks: [{ id: 'd', name: 'D', description: '', source: 'import', createdAt: T, updatedAt: T }],
    cards: [{ id: 'd/1', deckId: 'd', key: '1', front: 'Q', back: 'A', format: 'text', tags: [], order: 0 }],
    schedules: [],
    reviews: [],
    settings: [],
    styles: [],
    media: Array.from({ length: mediaFiles }, (_, i) => ({
      id: `s/${i}.bin`,
      scope: 's',
      name: `${i}.bin`,
      type: 'application/octet-stream',
      data: wholeBlob(new Blob([new Uint8Array(64 * 1024).fill(i % 251)])),
    })),
    stories: [],
    attempts: [],
    recordings: [],
  };
  return new Blob([(await encodeBackup(contents, T)) as Uint8Array<ArrayBuffer>]);
}

/** A Blob that records how many bytes were read from it. */
function counting(blob: Blob): Blob & { bytesRead: number } {
  const wrapped = {
    bytesRead: 0,
    size: blob.size,
    type: blob.type,
    slice(start?: number, end?: number) {
      const part = blob.slice(start, end);
      wrapped.bytesRead += part.size;
      return part;
    },
  };
  return wrapped as unknown as Blob & { bytesRead: number };
}

describe('telling a backup from an Anki package', () => {
  it('reads only the zip directory, not the file', async () => {
    const file = counting(await backupFile(40));
    expect(await isBackupZip(file)).toBe(true);
    expect(file.bytesRead).toBeLessThan(70 * 1024);
    expect(file.size).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('an Anki package, a zip without a backup.json, and text are not backups', async () => {
    const zip = (files: Record<string, Uint8Array>) => new Blob([zipSync(files) as Uint8Array<ArrayBuffer>]);
    expect(await isBackupZip(zip({ 'collection.anki21': strToU8('x'), media: strToU8('{}') }))).toBe(false);
    expect(await isBackupZip(new Blob(['Front,Back\nQ,A\n']))).toBe(false);
    expect(await isBackupZip(new Blob([]))).toBe(false);
  });
});

describe('reading a backup in the import worker', () => {
  it('posts progress in bytes up to the whole file, then the backup with its media', async () => {
    const file = await backupFile(80);
    const posted: ImportResponse[] = [];
    await createImportHandler((m) => posted.push(m))({ type: 'backup', fileName: 'b.zip', file });
    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ done: file.size, total: file.size });
    const result = posted.at(-1);
    expect(result?.type).toBe('result');
    const backup = result?.type === 'result' ? result.backup! : undefined;
    expect(backup?.counts).toMatchObject({ decks: 1, cards: 1, media: 80 });
    expect((await bytesOfMedia(backup!.media[7]!.data))[0]).toBe(7);
  });

  it('a cancel stops the read: no backup, an AbortError', async () => {
    const run = runBackupRead('b.zip', await backupFile(80));
    run.cancel();
    await expect(run.promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('a damaged file is refused by name', async () => {
    const file = await backupFile(2);
    await expect(readBackupFile(file.slice(0, file.size / 2), 'half.zip')).rejects.toThrow(damagedBackup('half.zip'));
  });
});
