/**
 * Issue 15, points 1, 2 and 6 through the app model (fake-indexeddb, a folder in memory; the
 * browser tests use the real private file system): automatic backups are made at the right
 * moments, roll, hold imported media, never replace a real backup with an empty one, restore in
 * one tap after a safety backup, and failures are told in plain words.
 */
import { describe, expect, it } from 'vitest';
import { openExistingDb } from '../../src/app/backup-handler';
import { runBackupJob } from '../../src/app/backup-job';
import { createDataFlow } from '../../src/app/data-flow';
import { createImportFlow } from '../../src/app/import-flow';
import { createAppServices } from '../../src/app/services';
import { parseAutoBackupName } from '../../src/domain/auto-backups';
import { DEFAULT_SETTINGS, Grade } from '../../src/domain/model';
import { readBackupFile } from '../../src/import/backup-file';
import { encodeBackup } from '../../src/import/backup-write';
import { loadBackupContents } from '../../src/storage/backup';
import { loadMedia } from '../../src/storage/media-store';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { BackupFolder } from '../../src/storage/backup-folder';
import { openAppDb, type AppDb } from '../../src/storage/db';
import { makeDeck, manualClock } from '../helpers/app-fixture';
import { memoryFolder } from '../helpers/memory-folder';
import { buildPackage, type FixtureCollection } from '../import/apkg/fixtures/build-package';
import { failingWrites } from '../storage/import-fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MORNING = Date.UTC(2026, 2, 10, 9);
let n = 0;

async function startWithFolder(folder: BackupFolder, clock = manualClock(MORNING)) {
  const dbName = `auto-backups-${n++}`;
  const db = await openAppDb(dbName);
  const decks = [makeDeck('alpha', 5, 'Alpha')];
  const services = createAppServices({
    db,
    clock,
    loadBuiltinDecks: async () => decks,
    backups: { openFolder: async () => folder },
  });
  await services.state.start();
  return { db, dbName, clock, services, decks };
}

async function gradeCards(services: ReturnType<typeof createAppServices>, count: number) {
  const study = await services.loadStudy();
  await study.start('alpha');
  for (let i = 0; i < count; i++) {
    study.reveal();
    await study.grade(Grade.Good);
  }
}

const kinds = (folder: ReturnType<typeof memoryFolder>) =>
  [...folder.files.keys()].map((name) => parseAutoBackupName(name)?.kind).sort();

describe('automatic backups', () => {
  it('the day’s backup follows the first session, once per study day, and holds every review', async () => {
    const folder = memoryFolder();
    const { services, clock } = await startWithFolder(folder);
    await services.autoBackups.afterSession();
    expect(folder.files.size).toBe(0); // no grade yet: nothing to keep
    await gradeCards(services, 3);
    await services.autoBackups.afterSession();
    await gradeCards(services, 1);
    await services.autoBackups.afterSession();
    expect(kinds(folder)).toEqual(['daily']);
    const [name] = folder.files.keys();
    const backup = await readBackupFile(await folder.open(name!), name!);
    expect(backup.counts.reviews).toBe(3);

    // Next study day: another one.
    clock.advance(DAY);
    services.state.tick();
    await gradeCards(services, 1);
    await services.autoBackups.afterSession();
    expect(kinds(folder)).toEqual(['daily', 'daily']);
    expect(services.autoBackups.list.value?.[0]?.kind).toBe('daily');
  });

  it('rolls: five days leave the newest three daily backups', async () => {
    const folder = memoryFolder();
    const { services, clock } = await startWithFolder(folder);
    for (let day = 0; day < 5; day++) {
      await gradeCards(services, 1);
      await services.autoBackups.afterSession();
      clock.advance(DAY);
      services.state.tick();
    }
    const times = [...folder.files.keys()].map((name) => parseAutoBackupName(name)!.createdAt).sort();
    expect(times).toEqual([MORNING + 2 * DAY, MORNING + 3 * DAY, MORNING + 4 * DAY]);
  });

  it('never backs up a database holding only the app’s own untouched decks (it would push a real backup out)', async () => {
    const folder = memoryFolder();
    const { dbName } = await startWithFolder(folder);
    const result = await runBackupJob(
      { kind: 'daily', now: MORNING },
      { openDb: () => openExistingDb(dbName), folder },
    );
    expect(result).toEqual({ outcome: 'nothing-to-keep' });
    expect(folder.files.size).toBe(0);
  });

  it('the backup worker never creates a database that is gone', async () => {
    const name = `gone-${n++}`;
    await expect(openExistingDb(name)).rejects.toBeTruthy();
    const databases = await indexedDB.databases();
    expect(databases.some((d) => d.name === name)).toBe(false);
  });

  it('a write that fails for lack of space leaves no partial file, and says so in plain words', async () => {
    const inner = memoryFolder();
    const full: BackupFolder = {
      ...inner,
      async create(name) {
        const writer = await inner.create(name);
        let written = 0;
        return {
          write(chunk) {
            written += chunk.length;
            if (written > 100) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            writer.write(chunk);
          },
          close: writer.close,
        };
      },
    };
    const { services } = await startWithFolder(full);
    await gradeCards(services, 2);
    await services.autoBackups.afterSession();
    expect(inner.files.size).toBe(0);
    expect(services.autoBackups.failure.value).toBe(
      'The daily backup was not saved: the device is out of space (the browser refused to store more). Free some space on the device, then try again.',
    );
  });
});

describe('restoring an automatic backup', () => {
  it('one tap: what is here is backed up first, then the backup replaces it', async () => {
    const folder = memoryFolder();
    const { services, db } = await startWithFolder(folder);
    await gradeCards(services, 2);
    await services.autoBackups.afterSession();
    await gradeCards(services, 2);
    expect(await db.count('reviews')).toBe(4);

    const flow = createDataFlow(services);
    await services.autoBackups.refresh();
    const daily = services.autoBackups.list.value!.find((b) => b.kind === 'daily')!;
    await flow.restoreAutomatic(daily);
    expect(flow.error.value).toBeNull();
    expect(flow.status.value).toBe(
      'Restored 1 deck, 5 cards and 2 reviews. It came from the automatic backup “Daily backup”. What was here before is kept in the automatic backup “Before a restore”.',
    );
    expect(await db.count('reviews')).toBe(2);
    expect(services.state.todaysReviews.value).toHaveLength(2);
    const safety = services.autoBackups.list.value!.find((b) => b.kind === 'restore')!;
    expect((await readBackupFile(await folder.open(safety.name), safety.name)).counts.reviews).toBe(4);
  });
});

describe('media in automatic backups', () => {
  const CHART = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7, 42]);
  /** An Anki package of one card showing a picture, the picture inside. */
  const withPicture = (): FixtureCollection => ({
    crt: Math.floor(MORNING / 1000) - 10 * 86_400,
    noteTypes: [
      {
        id: 501,
        name: 'Basic',
        css: '',
        fields: ['Front', 'Back'],
        templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }],
      },
    ],
    decks: [{ id: 1, name: 'Charts' }],
    notes: [{ id: 1, guid: 'chart1', mid: 501, tags: [], fields: ['Read this chart <img src="chart.png">', 'Churn'] }],
    cards: [{ id: 11, nid: 1, did: 1, ord: 0 }],
    revlog: [],
    media: { 'chart.png': CHART },
  });

  it('after a package with a media file is imported, the automatic backup holds the file and restoring it brings the file back', async () => {
    const folder = memoryFolder();
    const { services, db } = await startWithFolder(folder);
    const flow = createImportFlow({ ...services, storage: undefined });
    const bytes = await buildPackage(withPicture(), 'latest');
    await flow.openFile(new File([bytes as Uint8Array<ArrayBuffer>], 'charts.apkg'));
    expect(flow.step.value.name).toBe('preview');
    await flow.confirm();
    expect(flow.step.value).toMatchObject({ name: 'done' });
    const card = (await db.getAll('cards')).find((c) => c.front.includes('chart.png'))!;
    expect(card.mediaScope).toBeDefined();
    const scope = card.mediaScope!;

    // The day's backup, after studying: the picture is in the file, byte for byte.
    await gradeCards(services, 1);
    await services.autoBackups.afterSession();
    const daily = services.autoBackups.list.value!.find((b) => b.kind === 'daily')!;
    const file = await folder.open(daily.name);
    expect((await readBackupFile(file, daily.name)).counts.media).toBe(1);
    const members = unzipSync(new Uint8Array(await file.arrayBuffer()));
    const manifest = JSON.parse(strFromU8(members['backup.json']!)) as {
      media: { id: string; name: string; file: string }[];
    };
    const entry = manifest.media.find((m) => m.name === 'chart.png');
    expect(entry).toMatchObject({ id: `${scope}/chart.png` });
    expect(members[entry!.file]).toEqual(CHART);

    // The database is lost; on a fresh one, restoring the automatic backup brings the picture back.
    const fresh = await startWithFolder(folder);
    expect(await loadMedia(fresh.db, scope, 'chart.png')).toBeUndefined();
    await fresh.services.autoBackups.refresh();
    const listed = fresh.services.autoBackups.list.value!.find((b) => b.name === daily.name)!;
    const data = createDataFlow(fresh.services);
    await data.restoreAutomatic(listed);
    expect(data.error.value).toBeNull();
    const restored = await loadMedia(fresh.db, scope, 'chart.png');
    expect(restored).toMatchObject({ name: 'chart.png', scope });
    expect(new Uint8Array(await restored!.blob.arrayBuffer())).toEqual(CHART);
    expect((await fresh.db.get('cards', card.id))?.mediaScope).toBe(scope);
  });
});

describe('restoring a backup file', () => {
  it('a built-in card turned into HTML in the file comes back as the app ships it, its progress kept', async () => {
    const { services, db } = await startWithFolder(memoryFolder());
    await gradeCards(services, 1);
    const graded = (await db.getAll('schedules'))[0]!.cardId;
    const members = unzipSync(await encodeBackup(await loadBackupContents(db), MORNING));
    const manifest = JSON.parse(strFromU8(members['backup.json']!)) as { cards: Record<string, unknown>[] };
    const card = manifest.cards.find((c) => c.id === graded)!;
    card.front = '<img src=x onerror="alert(1)">';
    card.format = 'html';
    const file = new Blob([zipSync({ ...members, 'backup.json': strToU8(JSON.stringify(manifest)) })]);

    const flow = createDataFlow(services);
    await flow.openBackup(file, 'tampered.zip');
    expect(flow.restoreStep.value.name).toBe('confirm');
    await flow.confirmRestore();
    expect(flow.error.value).toBeNull();
    expect(await db.get('cards', graded)).toMatchObject({ front: 'Alpha question 1', format: 'text' });
    expect(await db.get('schedules', graded)).toBeDefined();
    expect(await db.count('reviews')).toBe(1);
  });
});

describe('importing', () => {
  const csv = (rows: number, width = 10) =>
    `Front,Back\n${Array.from({ length: rows }, (_, i) => `q${i}${'x'.repeat(width)},a${i}`).join('\n')}\n`;

  async function previewed(flow: ReturnType<typeof createImportFlow>, text: string) {
    await flow.previewPasted(text);
    expect(flow.step.value.name).toBe('preview');
  }

  it('makes a safety backup first, then imports', async () => {
    const folder = memoryFolder();
    const { services, db } = await startWithFolder(folder);
    await gradeCards(services, 1);
    const flow = createImportFlow({ ...services, storage: undefined });
    await previewed(flow, csv(3));
    await flow.confirm();
    expect(flow.step.value).toMatchObject({ name: 'done', message: 'Imported 3 cards into Pasted text.' });
    expect(kinds(folder)).toEqual(['import']);
    const [name] = folder.files.keys();
    expect((await readBackupFile(await folder.open(name!), name!)).counts.cards).toBe(5);
    expect(await db.count('cards')).toBe(8);
  });

  it('refuses with the numbers when the browser says it will not fit, writing nothing', async () => {
    const { services, db } = await startWithFolder(memoryFolder());
    let asked = 0;
    const storage = {
      estimate: async () => ({ usage: 99_500_000, quota: 100_000_000 }),
      persisted: async () => false,
      persist: async () => (asked++, false),
    } as unknown as StorageManager;
    const flow = createImportFlow({ ...services, storage });
    await previewed(flow, csv(2_000, 300));
    await flow.confirm();
    expect(flow.step.value.name).toBe('preview');
    expect(flow.error.value).toMatch(
      /^Not enough space for this import: it needs about [\d.]+ MB, and the browser lets PrepDeck store only 500 kB more on this device \(it uses 100 MB of 100 MB\)\. Nothing was imported\./,
    );
    expect(await db.count('cards')).toBe(5);
    // Space is tight: the app asks again to keep its data.
    await expect.poll(() => asked).toBe(1);
  });

  it('a write the browser refuses for lack of space says so, after the colon', async () => {
    const { services, db } = await startWithFolder(memoryFolder());
    const full = quotaExceededOnWrite(db);
    const flow = createImportFlow({ ...services, db: full, storage: undefined });
    await previewed(flow, csv(3));
    await flow.confirm();
    expect(flow.error.value).toBe(
      'Nothing was imported: the device is out of space (the browser refused to store more). Free some space on the device, then try again.',
    );
    expect(await db.count('cards')).toBe(5);
  });
});

describe('a grade the browser cannot store', () => {
  it('says the grade was not saved and why, and the card stays on screen', async () => {
    const { services, db } = await startWithFolder(memoryFolder());
    const full = createAppServices({
      db: quotaExceededOnWrite(db),
      clock: manualClock(MORNING),
      loadBuiltinDecks: async () => [makeDeck('alpha', 5, 'Alpha')],
    });
    await full.state.start();
    const study = await full.loadStudy();
    await study.start('alpha');
    const card = study.session.value!.current!.card.id;
    study.reveal();
    await expect(study.grade(Grade.Good)).rejects.toThrow();
    expect(study.error.value).toBe(
      'Your grade was not saved: the device is out of space (the browser refused to store more). Free some space on the device, then try again.',
    );
    expect(study.session.value!.current!.card.id).toBe(card);
    expect(await db.count('reviews')).toBe(0);
    void services;
  });
});

describe('settings the Settings screen would refuse, found at start-up', () => {
  it('fall back to the defaults, the app says so, and the store is mended', async () => {
    const dbName = `bad-settings-${n++}`;
    const db = await openAppDb(dbName);
    await db.put('settings', { ...DEFAULT_SETTINGS, desiredRetention: 5, newPerDay: 7 }, 'scheduler');
    const services = createAppServices({
      db,
      clock: manualClock(MORNING),
      loadBuiltinDecks: async () => [makeDeck('alpha', 5)],
    });
    await services.state.start();
    expect(services.state.settings.value).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 7 });
    expect(services.state.settingsRepaired.value).toEqual([
      { field: 'desiredRetention', reason: 'is 5, but must be a number from 0.70 to 0.97' },
    ]);
    expect(await db.get('settings', 'scheduler')).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 7 });
    // Studying works with the repaired settings.
    const study = await services.loadStudy();
    await study.start('alpha');
    study.reveal();
    await study.grade(Grade.Good);
    expect(await db.count('reviews')).toBe(1);
  });
});

/** The database, except that writing a card or a schedule fails as on a full disk (nothing is written). */
function quotaExceededOnWrite(db: AppDb): AppDb {
  const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  return failingWrites(failingWrites(db, 'cards', 0, full), 'schedules', 0, full);
}
