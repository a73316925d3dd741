import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../src/domain/backup-format';
import { ImportError } from '../../src/domain/import-error';
import { DEFAULT_SETTINGS } from '../../src/domain/model';
import { looksLikeBackup, readBackupFile } from '../../src/import/backup-file';
import { encodeBackup } from '../../src/import/backup-write';
import { loadBackupContents, restoreBackup } from '../../src/storage/backup';
import { syncBuiltinDecks } from '../../src/storage/builtin-sync';
import { openAppDb, type AppDb } from '../../src/storage/db';
import { loadDeckForExport } from '../../src/storage/deck-export';
import { writeImport } from '../../src/storage/import-write';
import { findLastAppReview, writeGrade } from '../../src/storage/review-writes';
import { saveSettings } from '../../src/storage/settings-store';
import { makeDeck } from '../helpers/app-fixture';
import {
  ankiCard,
  ankiDeck,
  ankiReview,
  ankiSchedule,
  appProgress,
  failingWrites,
  snapshot,
  T,
} from './import-fixtures';
import { wholeBlob } from '../helpers/media-bytes';

/** The backup file of everything in `db`, as the app makes it. */
const createBackup = async (db: AppDb, now: number) => encodeBackup(await loadBackupContents(db), now);
const readBackup = (bytes: Uint8Array, fileName: string) =>
  readBackupFile(new Blob([bytes as Uint8Array<ArrayBuffer>]), fileName);
const isBackupFile = (bytes: Uint8Array) => looksLikeBackup(new Blob([bytes as Uint8Array<ArrayBuffer>]));

let n = 0;
const freshDb = () => openAppDb(`backup-${n++}`);

/** A database with something in every store, including a binary media file and an app flag. */
async function filledDb(): Promise<AppDb> {
  const db = await freshDb();
  await syncBuiltinDecks(db, [makeDeck('questions', 3, 'Questions to ask')], T);
  await writeImport(
    db,
    {
      fileName: 'spanish.apkg',
      kind: 'apkg',
      decks: [
        ankiDeck('Spanish::Animals', [
          ankiCard('g1', '<img src="perro.jpg">', {
            mediaScope: 'pkg',
            styleId: 'nt',
            schedule: ankiSchedule(),
            reviews: [ankiReview(T - 1e8)],
          }),
        ]),
      ],
      warnings: [],
      media: [
        {
          scope: 'pkg',
          name: 'perro.jpg',
          type: 'image/jpeg',
          data: wholeBlob(new Blob([new Uint8Array([0xff, 0xd8, 0, 1, 2, 250])], { type: 'image/jpeg' })),
        },
      ],
      styles: [{ id: 'nt', css: '.card { font-family: serif }' }],
    },
    T,
  );
  const { schedule, review } = appProgress('questions/c1', 'questions');
  await writeGrade(db, schedule, review);
  await saveSettings(db, { ...DEFAULT_SETTINGS, newPerDay: 7, learningSteps: ['2m'] });
  await db.put('settings', true, 'persist-asked');
  return db;
}

describe('backup and restore', () => {
  it('round trip: every store comes back equal, media bytes and type included', async () => {
    const db = await filledDb();
    const before = await snapshot(db, { packs: false });
    const file = await createBackup(db, T + 5);

    expect(await isBackupFile(file)).toBe(true);
    expect(await isBackupFile(zipSync({ 'collection.anki21': new Uint8Array([1]) }))).toBe(false);
    expect(backupFileName(T + 5)).toBe('prepdeck-backup-2026-11-01.zip');
    const backup = await readBackup(file, backupFileName(T + 5));
    expect(backup.counts).toEqual({ decks: 2, cards: 4, schedules: 2, reviews: 2, settings: 2, styles: 1, media: 1 });
    expect(backup.createdAt).toBe(T + 5);

    const empty = await freshDb();
    await restoreBackup(empty, backup, 'replace');
    expect(await snapshot(empty, { packs: false })).toEqual(before);
    // Undo after a restore still finds the last grade given in the app.
    expect(await findLastAppReview(empty)).toMatchObject({ cardId: 'questions/c1' });
  });

  it('restoring over current data replaces it entirely, and new reviews get fresh ids', async () => {
    const db = await filledDb();
    const before = await snapshot(db, { packs: false });
    const backup = await readBackup(await createBackup(db, T), 'b.zip');
    await writeImport(
      db,
      {
        fileName: 'x.json',
        kind: 'json',
        decks: [
          {
            id: 'later',
            name: 'Later',
            description: '',
            cards: [{ key: 'k', front: 'f', back: 'b', format: 'text', tags: [] }],
          },
        ],
        warnings: [],
      },
      T,
    );
    await saveSettings(db, { ...DEFAULT_SETTINGS, newPerDay: 99 });

    await restoreBackup(db, backup, 'replace');
    expect(await snapshot(db, { packs: false })).toEqual(before);
    const { schedule, review } = appProgress('questions/c2', 'questions');
    const id = await writeGrade(db, schedule, review);
    expect(backup.reviews.map((r) => r.id)).not.toContain(id);
  });

  it('media names are never used as paths in the zip', async () => {
    const db = await freshDb();
    await writeImport(
      db,
      {
        fileName: 'p.apkg',
        kind: 'apkg',
        decks: [ankiDeck('D', [ankiCard('g', 'x')])],
        warnings: [],
        media: [
          { scope: 's', name: '../../evil.png', type: 'image/png', data: wholeBlob(new Blob([new Uint8Array([1])])) },
        ],
      },
      T,
    );
    const members = Object.keys(unzipSync(await createBackup(db, T)));
    expect(members.sort()).toEqual(['backup.json', 'media/0']);
  });

  it('a failure while restoring leaves the current data as it was', async () => {
    const db = await filledDb();
    const backup = await readBackup(await createBackup(db, T), 'b.zip');
    const other = await freshDb();
    await writeImport(
      other,
      {
        fileName: 'x.json',
        kind: 'json',
        decks: [
          {
            id: 'mine',
            name: 'Mine',
            description: '',
            cards: [{ key: 'k', front: 'f', back: 'b', format: 'text', tags: [] }],
          },
        ],
        warnings: [],
      },
      T,
    );
    const before = await snapshot(other);
    await expect(restoreBackup(failingWrites(other, 'media', 0), backup, 'replace')).rejects.toThrow(
      /could not be cloned/,
    );
    expect(await snapshot(other)).toEqual(before);
  });
});

describe('a damaged or foreign backup is refused, naming the part, and writes nothing', () => {
  async function goodBackup() {
    const db = await filledDb();
    return unzipSync(await createBackup(db, T));
  }
  function withManifest(
    members: Record<string, Uint8Array>,
    edit: (json: Record<string, unknown>) => void,
  ): Uint8Array {
    const json = JSON.parse(strFromU8(members['backup.json']!)) as Record<string, unknown>;
    edit(json);
    return zipSync({ ...members, 'backup.json': strToU8(JSON.stringify(json)) });
  }
  async function refusal(bytes: Uint8Array): Promise<ImportError> {
    try {
      await readBackup(bytes, 'my-backup.zip');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return error as ImportError;
    }
    throw new Error('the backup was accepted');
  }

  it('a truncated file', async () => {
    const db = await filledDb();
    const file = await createBackup(db, T);
    expect((await refusal(file.slice(0, Math.floor(file.length * 0.7)))).message).toBe(
      'my-backup.zip: this backup is damaged: the file is incomplete (cut off before its end) or was changed after it was made, so it cannot be restored. Try another copy of the backup.',
    );
    // Cut short, it is still known as a backup (by its first member), so the Import screen sends it to restore.
    expect(await isBackupFile(file.slice(0, Math.floor(file.length * 0.7)))).toBe(true);
    expect((await refusal(strToU8('hello'))).message).toBe(
      'my-backup.zip: not a PrepDeck backup: the file is not a zip file',
    );
  });

  it('a zip that is not a backup, or whose backup.json is not JSON', async () => {
    expect((await refusal(zipSync({ 'notes.txt': strToU8('hi') }))).message).toBe(
      'my-backup.zip, backup.json: missing: this is not a PrepDeck backup',
    );
    expect((await refusal(zipSync({ 'backup.json': strToU8('{"format": "prepdeck-backup", ') }))).message).toBe(
      'my-backup.zip, backup.json: not valid JSON: the file is damaged',
    );
    expect((await refusal(zipSync({ 'backup.json': strToU8('{"format": "other"}') }))).message).toMatch(
      /backup.json: this is not a PrepDeck backup/,
    );
  });

  it('a newer version', async () => {
    const members = await goodBackup();
    expect((await refusal(withManifest(members, (j) => (j.version = 3)))).message).toBe(
      'my-backup.zip, backup.json: made by a newer version of the app (backup version 3); update the app to restore it',
    );
  });

  it('a record with a wrong field, a record pointing at nothing, counts that do not add up', async () => {
    const members = await goodBackup();
    const wrongField = await refusal(
      withManifest(members, (j) => ((j.cards as Record<string, unknown>[])[2]!.deckId = 12)),
    );
    expect(wrongField.message).toBe(
      'my-backup.zip, backup.json, cards[2]: field "deckId": expected a non-empty text, but found a number',
    );
    expect(wrongField.location).toBe('backup.json, cards[2]');
    expect(
      (await refusal(withManifest(members, (j) => ((j.reviews as Record<string, unknown>[])[0]!.rating = 7)))).message,
    ).toMatch(/reviews\[0\]: field "rating": expected a grade/);
    expect(
      (await refusal(withManifest(members, (j) => ((j.schedules as Record<string, unknown>[])[0]!.cardId = 'gone'))))
        .message,
    ).toMatch(/schedules\[0\]: field "cardId": the card "gone" is not in the backup/);
    expect((await refusal(withManifest(members, (j) => (j.cards as unknown[]).pop()))).message).toMatch(
      /counts: says 4 cards but the file holds 3/,
    );
  });

  it('a missing or damaged media file', async () => {
    const members = await goodBackup();
    const { 'media/0': _, ...withoutMedia } = members;
    expect((await refusal(zipSync(withoutMedia))).message).toBe(
      'my-backup.zip, media/0: missing (the media file "perro.jpg", media[0] in backup.json)',
    );
    expect((await refusal(zipSync({ ...members, 'media/0': new Uint8Array([1]) }))).message).toMatch(
      /media\/0: has 1 bytes, expected 6/,
    );
  });

  it('a refused backup leaves the database untouched', async () => {
    const db = await filledDb();
    const before = await snapshot(db);
    const file = await createBackup(db, T);
    await expect(readBackup(file.slice(0, 100), 'b.zip')).rejects.toThrow(ImportError);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('export', () => {
  it('loads a deck with its cards in order (retired ones left out) and their progress', async () => {
    const db = await freshDb();
    await syncBuiltinDecks(db, [makeDeck('q', 3)], T);
    await syncBuiltinDecks(
      db,
      [{ ...makeDeck('q', 3), cards: makeDeck('q', 3).cards.filter((c) => c.id !== 'c2') }],
      T + 1,
    );
    const { schedule, review } = appProgress('q/c3', 'q');
    await writeGrade(db, schedule, review);
    const data = await loadDeckForExport(db, 'q');
    expect(data?.deck.id).toBe('q');
    expect(data?.cards.map((c) => c.id)).toEqual(['q/c1', 'q/c3']);
    expect([...data!.schedules.values()]).toEqual([schedule]);
    expect(await loadDeckForExport(db, 'nope')).toBeUndefined();
  });
});
