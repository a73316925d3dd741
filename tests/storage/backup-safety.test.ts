/**
 * Issue 15, points 4, 6, 7 and 8 for backups: media at any count (a backup streams pack by
 * pack and restores 5,000 files as a few Blobs), restore checks values (settings the Settings
 * screen would refuse, schedules the scheduler cannot use, oversized cards) and takes built-in
 * decks from the app, and a backup.json bomb or a damaged member is refused with the reason.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { adoptShippedBuiltins } from '../../src/domain/backup-builtins';
import { DEFAULT_SETTINGS, type MediaFile } from '../../src/domain/model';
import { ImportError } from '../../src/domain/import-error';
import { readBackupFile } from '../../src/import/backup-file';
import { encodeBackup, writeBackup } from '../../src/import/backup-write';
import { loadBackupContents, restoreBackup } from '../../src/storage/backup';
import { syncBuiltinDecks } from '../../src/storage/builtin-sync';
import { openAppDb, type AppDb } from '../../src/storage/db';
import { writeImport } from '../../src/storage/import-write';
import { loadMedia } from '../../src/storage/media-store';
import { writeGrade } from '../../src/storage/review-writes';
import { saveSettings } from '../../src/storage/settings-store';
import { makeDeck } from '../helpers/app-fixture';
import { withDeclaredSize } from '../import/zip-fixtures';
import { ankiCard, ankiDeck, appProgress, snapshot, T } from './import-fixtures';

let n = 0;
const freshDb = () => openAppDb(`backup-safety-${n++}`);
const asBlob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

/** A Blob that counts how often its bytes are read, and how many reads are in flight at once. */
class CountingBlob extends Blob {
  static reads = 0;
  static open = 0;
  static maxOpen = 0;
  override async arrayBuffer(): Promise<ArrayBuffer> {
    CountingBlob.reads++;
    CountingBlob.maxOpen = Math.max(CountingBlob.maxOpen, ++CountingBlob.open);
    try {
      return await super.arrayBuffer();
    } finally {
      CountingBlob.open--;
    }
  }
}

/** `count` small media files in packs of `perPack`, each file's bytes naming it. */
function packedMedia(count: number, perPack: number, scope = 'pkg'): MediaFile[] {
  const files: MediaFile[] = [];
  for (let start = 0; start < count; start += perPack) {
    const names = Array.from({ length: Math.min(perPack, count - start) }, (_, i) => `img-${start + i}.png`);
    const parts = names.map((name) => strToU8(`bytes of ${name}`));
    const pack = new CountingBlob(parts as Uint8Array<ArrayBuffer>[]);
    let offset = 0;
    names.forEach((name, i) => {
      const size = parts[i]!.length;
      files.push({ id: `${scope}/${name}`, scope, name, type: 'image/png', data: { blob: pack, offset, size } });
      offset += size;
    });
  }
  return files;
}

async function dbWithMedia(media: MediaFile[]): Promise<AppDb> {
  const db = await freshDb();
  await writeImport(
    db,
    {
      fileName: 'many.apkg',
      kind: 'apkg',
      decks: [ankiDeck('Pictures', [ankiCard('g1', '<img src="img-1.png">', { mediaScope: 'pkg' })])],
      warnings: [],
      media: media.map(({ scope, name, type, data }) => ({ scope, name, type, data })),
    },
    T,
  );
  return db;
}

describe('media at any count', () => {
  it('5,000 files in 5 packs: stored as 5 Blobs, backed up reading each pack once, restored as a few slices of the file', async () => {
    const media = packedMedia(5_000, 1_000);
    const db = await dbWithMedia(media);
    expect(await db.count('media')).toBe(5_000);
    expect(await db.count('mediaPacks')).toBe(5);
    expect(await (await loadMedia(db, 'pkg', 'img-4321.png'))!.blob.text()).toBe('bytes of img-4321.png');

    // fake-indexeddb gives stored Blobs back as plain Blobs: count reads on the packs as the import brought them.
    const contents = { ...(await loadBackupContents(db)), media };
    CountingBlob.reads = 0;
    CountingBlob.maxOpen = 0;
    const chunks: Uint8Array[] = [];
    const written = await writeBackup(contents, T, (chunk) => void chunks.push(chunk));
    // Each pack read once, one at a time, never a read per file.
    expect(CountingBlob.reads).toBe(5);
    expect(CountingBlob.maxOpen).toBe(1);
    expect(chunks.length).toBeGreaterThan(1);
    expect(written.counts.media).toBe(5_000);

    const file = new Blob(chunks as Uint8Array<ArrayBuffer>[]);
    expect(file.size).toBe(written.bytes);
    const backup = await readBackupFile(file, 'many.zip');
    // Stored members are not copied: runs of them are slices of the file itself.
    expect(new Set(backup.media.map((m) => m.data.blob)).size).toBe(1);
    const other = await freshDb();
    await restoreBackup(other, backup, 'replace');
    expect(await snapshot(other, { packs: false })).toEqual(await snapshot(db, { packs: false }));
    expect(await other.count('mediaPacks')).toBe(1);
  });

  it('a backup made by the previous version (media each in its own member, written at once) still restores', async () => {
    const db = await dbWithMedia(packedMedia(3, 3));
    const members = unzipSync(await encodeBackup(await loadBackupContents(db), T));
    const zipped: Zippable = {};
    for (const [name, data] of Object.entries(members))
      zipped[name] = [data, { level: name === 'backup.json' ? 6 : 0 }];
    const backup = await readBackupFile(asBlob(zipSync(zipped)), 'old.zip');
    const other = await freshDb();
    await restoreBackup(other, backup, 'replace');
    expect(await (await loadMedia(other, 'pkg', 'img-2.png'))!.blob.text()).toBe('bytes of img-2.png');
  });
});

/** A backup's members, its manifest edited. */
async function editedBackup(edit: (manifest: Record<string, unknown[]>) => void): Promise<Blob> {
  const db = await freshDb();
  await syncBuiltinDecks(db, [makeDeck('questions', 3, 'Questions')], T);
  const { schedule, review } = appProgress('questions/c1', 'questions');
  await writeGrade(db, schedule, review);
  await saveSettings(db, DEFAULT_SETTINGS);
  const members = unzipSync(await encodeBackup(await loadBackupContents(db), T));
  const manifest = JSON.parse(strFromU8(members['backup.json']!)) as Record<string, unknown[]>;
  edit(manifest);
  return asBlob(zipSync({ ...members, 'backup.json': strToU8(JSON.stringify(manifest)) }));
}

async function refusal(file: Blob): Promise<ImportError> {
  const error = await readBackupFile(file, 'mine.zip').then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const record = (list: unknown[], i: number) => list[i] as Record<string, unknown>;

describe('restore checks values, naming the field', () => {
  it('a desired retention of 5 (the Settings screen allows 0.70 to 0.97)', async () => {
    const error = await refusal(
      await editedBackup((m) => (record(m.settings!, 0).value = { ...DEFAULT_SETTINGS, desiredRetention: 5 })),
    );
    expect(error.message).toBe(
      'mine.zip, backup.json, settings[0] ("scheduler"): field "desiredRetention" (Desired retention) is 5, but must be a number from 0.70 to 0.97, as the Settings screen allows; restoring it would break studying',
    );
  });

  it('learning steps the scheduler cannot read, and a day that starts at hour 30', async () => {
    expect(
      (await refusal(await editedBackup((m) => (record(m.settings!, 0).value = { learningSteps: ['soon'] })))).reason,
    ).toMatch(/^field "learningSteps" \(Learning steps\) is \["soon"\], but must be one or more steps/);
    expect(
      (await refusal(await editedBackup((m) => (record(m.settings!, 0).value = { dayStartHour: 30 })))).reason,
    ).toMatch(/^field "dayStartHour" .* is 30, but must be an hour from 0 to 23/);
  });

  it('a schedule or review the scheduler cannot use', async () => {
    expect((await refusal(await editedBackup((m) => (record(m.schedules!, 0).difficulty = 42)))).message).toBe(
      'mine.zip, backup.json, schedules[0]: field "difficulty": 42 is not a number from 0 to 10; restoring it would break studying the card "questions/c1"',
    );
    expect((await refusal(await editedBackup((m) => (record(m.reviews!, 0).due = 1e17)))).reason).toMatch(
      /^field "due": 100000000000000000 is not a date/,
    );
    expect((await refusal(await editedBackup((m) => (record(m.schedules!, 0).reps = -1)))).reason).toMatch(
      /^field "reps": -1 is not a whole number of 0 or more/,
    );
  });

  it('a card field over 1 MB', async () => {
    const error = await refusal(await editedBackup((m) => (record(m.cards!, 1).back = 'x'.repeat(1_500_000))));
    expect(error.location).toBe('backup.json, cards[1]');
    expect(error.reason).toMatch(/^field "back": one field holds 1,500,000 characters/);
  });

  it('a backup with sound values passes', async () => {
    const backup = await readBackupFile(await editedBackup(() => {}), 'mine.zip');
    expect(backup.counts.reviews).toBe(1);
  });
});

describe('built-in decks come from the app, never from a backup', () => {
  it('a tampered built-in card (turned into HTML) is restored as the app ships it, its progress kept', async () => {
    const shipped = [makeDeck('questions', 3, 'Questions')];
    const tampered = {
      decks: [
        { id: 'questions', name: 'Questions', description: '', source: 'builtin' as const, createdAt: 5, updatedAt: 5 },
        { id: 'old-builtin', name: 'Retired', description: '', source: 'builtin' as const, createdAt: 1, updatedAt: 1 },
      ],
      cards: [
        {
          id: 'questions/c1',
          deckId: 'questions',
          key: 'c1',
          front: '<img src=x onerror=alert(1)>',
          back: 'b',
          format: 'html' as const,
          tags: [],
          order: 0,
          suspended: true,
        },
        {
          id: 'old-builtin/z',
          deckId: 'old-builtin',
          key: 'z',
          front: '<b>x</b>',
          back: 'y',
          format: 'html' as const,
          tags: [],
          order: 0,
        },
      ],
    };
    const adopted = adoptShippedBuiltins(tampered, shipped, T);
    const c1 = adopted.cards.find((c) => c.id === 'questions/c1')!;
    expect(c1).toMatchObject({ front: 'Questions question 1', format: 'text', suspended: true });
    expect(adopted.cards.filter((c) => c.deckId === 'questions')).toHaveLength(3);
    expect(adopted.decks.find((d) => d.id === 'questions')).toMatchObject({ createdAt: 5, source: 'builtin' });
    expect(adopted.decks.find((d) => d.id === 'old-builtin')).toMatchObject({ retired: true });
    expect(adopted.cards.find((c) => c.id === 'old-builtin/z')).toMatchObject({ format: 'text', retired: true });
  });
});

describe('bombs and damage in a backup', () => {
  it('a backup.json that would inflate to a gigabyte is refused with its numbers before it is inflated', async () => {
    const members = unzipSync(await encodeBackup(await loadBackupContents(await freshDb()), T));
    const bomb = withDeclaredSize(
      zipSync({ ...members, 'backup.json': [members['backup.json']!, { level: 6 }] }),
      'backup.json',
      1_000_000_000,
    );
    expect((await refusal(asBlob(bomb))).message).toMatch(
      /^mine\.zip: refused: "backup\.json" would unpack to 1\.0 GB from [\d.]+ k?B \([\d,]+ times its packed size/,
    );
  });

  it('a media member whose bytes changed is a damaged backup', async () => {
    const db = await dbWithMedia(packedMedia(3, 3));
    const bytes = await encodeBackup(await loadBackupContents(db), T);
    const at = new TextDecoder('latin1').decode(bytes).indexOf('bytes of img-1.png');
    bytes[at + 3] = 0x21;
    expect((await refusal(asBlob(bytes))).reason).toMatch(/^this backup is damaged \("media\/1" is corrupt\)/);
  });
});
