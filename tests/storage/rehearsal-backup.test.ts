/**
 * Stories, rehearsal attempts and recordings in the backup (version 2): they come back whole
 * from a restore (recordings byte for byte, as zip members of their own); a version-1 backup
 * is still read (with none of them); a damaged rehearsal record or recording is named.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from '../../src/domain/backup-format';
import { ImportError } from '../../src/domain/import-error';
import { Grade, type RecordingRecord, type StarStory } from '../../src/domain/model';
import { Scheduler } from '../../src/domain/scheduler';
import { DEFAULT_SETTINGS } from '../../src/domain/model';
import { readBackupFile } from '../../src/import/backup-file';
import { encodeBackup } from '../../src/import/backup-write';
import { loadBackupContents, restoreBackup } from '../../src/storage/backup';
import { syncBuiltinDecks } from '../../src/storage/builtin-sync';
import { openAppDb, type AppDb } from '../../src/storage/db';
import { saveRecording } from '../../src/storage/recording-store';
import { writeRehearsalGrade } from '../../src/storage/rehearsal-data';
import { saveStory } from '../../src/storage/story-store';
import { interviewDeck } from '../helpers/rehearsal-fakes';

const T = Date.UTC(2026, 10, 2, 9);
let n = 0;
const freshDb = () => openAppDb(`rehearsal-backup-${n++}`);
const read = (bytes: Uint8Array, name = 'my-backup.zip') =>
  readBackupFile(new Blob([bytes as Uint8Array<ArrayBuffer>]), name);

const story: StarStory = {
  id: 'story-1',
  title: 'Cutting the support backlog',
  situation: 'Tickets piled up after a launch.',
  task: 'Halve the backlog in a quarter.',
  action: 'I set up triage and a weekly review with engineering.',
  result: 'Backlog down, fewer repeats.',
  resultInNumbers: 'Backlog −40 % in 6 weeks',
  questionIds: ['iq/q1', 'iq/q2'],
  createdAt: T,
  updatedAt: T + 1,
};
const audio = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0, 1, 2, 3, 250, 251]);
const recording: RecordingRecord = {
  id: 'rec-1',
  cardId: 'iq/q1',
  attemptId: 'attempt-1',
  at: T + 10,
  durationMs: 61_000,
  mimeType: 'audio/webm;codecs=opus',
  size: audio.length,
  blob: new Blob([audio], { type: 'audio/webm;codecs=opus' }),
};

async function filledDb(): Promise<AppDb> {
  const db = await freshDb();
  await syncBuiltinDecks(db, [interviewDeck(3)], T);
  await saveStory(db, story);
  const { schedule, review } = new Scheduler(DEFAULT_SETTINGS).grade(
    { id: 'iq/q1', deckId: 'iq' },
    null,
    T + 20,
    Grade.Good,
  );
  await writeRehearsalGrade(
    db,
    { schedule, review, seen: null },
    {
      id: 'attempt-1',
      cardId: 'iq/q1',
      deckId: 'iq',
      at: T + 10,
      thinkingMs: 5000,
      answerMs: 61_000,
      overtimeMs: 0,
      answerLimitMs: 120_000,
      rating: Grade.Good,
      checkedPoints: [0],
      recordingId: 'rec-1',
    },
  );
  await saveRecording(db, recording);
  return db;
}

async function backupOf(db: AppDb): Promise<Uint8Array> {
  return encodeBackup(await loadBackupContents(db), T + 100);
}

describe('rehearsal in the backup', () => {
  it('stories, attempts and recordings come back whole from a restore on another device', async () => {
    const source = await filledDb();
    const file = await backupOf(source);
    const members = unzipSync(file);
    expect(Object.keys(members)).toContain('recordings/0');
    expect([...members['recordings/0']!]).toEqual([...audio]);
    const manifest = JSON.parse(strFromU8(members['backup.json']!)) as Record<string, unknown>;
    expect(manifest.version).toBe(BACKUP_VERSION);
    expect(manifest.counts).toMatchObject({ stories: 1, attempts: 1, recordings: 1 });

    const target = await freshDb();
    await restoreBackup(target, await read(file), 'replace');
    expect(await target.getAll('stories')).toEqual([story]);
    expect(await target.getAllFromIndex('stories', 'by-question', 'iq/q2')).toEqual([story]);
    expect(await target.getAll('attempts')).toEqual(await source.getAll('attempts'));
    const [back] = await target.getAll('recordings');
    const { blob, ...rest } = back!;
    const { blob: _original, ...expected } = recording;
    expect(rest).toEqual(expected);
    expect(blob.type).toBe('audio/webm;codecs=opus');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([...audio]);
  });

  it('a version-1 backup (before rehearsal) is still read, and restoring it leaves no stories behind', async () => {
    const members = unzipSync(await backupOf(await filledDb()));
    const manifest = JSON.parse(strFromU8(members['backup.json']!)) as Record<string, unknown>;
    const counts = manifest.counts as Record<string, number>;
    delete counts.stories;
    delete counts.attempts;
    delete counts.recordings;
    delete manifest.stories;
    delete manifest.attempts;
    delete manifest.recordings;
    manifest.version = 1;
    const { 'recordings/0': _gone, ...rest } = members;
    const v1 = zipSync({ ...rest, 'backup.json': strToU8(JSON.stringify(manifest)) });
    const backup = await read(v1);
    expect(backup.cards.length).toBe(3);
    expect(backup).toMatchObject({ stories: [], attempts: [], recordings: [] });

    const target = await filledDb();
    await restoreBackup(target, backup, 'replace');
    expect(await target.count('stories')).toBe(0);
    expect(await target.count('cards')).toBe(3);
  });

  it('names a damaged story, a missing recording and counts that do not add up', async () => {
    const members = unzipSync(await backupOf(await filledDb()));
    const edit = (change: (json: Record<string, unknown>) => void, drop?: string) => {
      const json = JSON.parse(strFromU8(members['backup.json']!)) as Record<string, unknown>;
      change(json);
      const kept = Object.fromEntries(Object.entries(members).filter(([name]) => name !== drop));
      return zipSync({ ...kept, 'backup.json': strToU8(JSON.stringify(json)) });
    };
    const refusal = async (bytes: Uint8Array) => {
      const error = await read(bytes).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      return (error as ImportError).message;
    };
    expect(await refusal(edit((j) => ((j.stories as Record<string, unknown>[])[0]!.title = '')))).toBe(
      'my-backup.zip, backup.json, stories[0]: field "title": expected a non-empty text, but found an empty text',
    );
    expect(await refusal(edit(() => undefined, 'recordings/0'))).toBe(
      'my-backup.zip, recordings/0: missing (the recording recordings[0] in backup.json)',
    );
    expect(await refusal(edit((j) => ((j.counts as Record<string, number>).attempts = 5)))).toBe(
      'my-backup.zip, backup.json, counts: says 5 attempts but the file holds 1: the file is incomplete or was edited',
    );
  });
});
