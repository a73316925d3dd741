/**
 * Rehearsal's storage: a rated answer is written whole or not at all; recordings are listed per
 * question and newest first, deleted one by one (the attempt forgets it) or all at once, and
 * measured; deleting an imported deck takes its attempts and recordings along, not the stories.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Grade, type RecordingRecord, type RehearsalAttempt } from '../../src/domain/model';
import { Scheduler } from '../../src/domain/scheduler';
import { syncBuiltinDecks } from '../../src/storage/builtin-sync';
import { openAppDb, type AppDb } from '../../src/storage/db';
import { deleteDeck } from '../../src/storage/deck-delete';
import { writeImport } from '../../src/storage/import-write';
import {
  deleteAllRecordings,
  deleteRecording,
  loadRecentRecordings,
  loadRecordingsForCard,
  measureRecordings,
  saveRecording,
} from '../../src/storage/recording-store';
import { loadInterviewQuestions, writeRehearsalGrade } from '../../src/storage/rehearsal-data';
import { saveStory } from '../../src/storage/story-store';
import { interviewDeck } from '../helpers/rehearsal-fakes';

const T = Date.UTC(2026, 10, 2, 9);
let n = 0;

async function freshDb(): Promise<AppDb> {
  const db = await openAppDb(`rehearsal-store-${n++}`);
  await syncBuiltinDecks(db, [interviewDeck(3)], T);
  return db;
}

const attempt = (id: string, cardId: string, recordingId?: string): RehearsalAttempt => ({
  id,
  cardId,
  deckId: cardId.split('/')[0]!,
  at: T,
  thinkingMs: 0,
  answerMs: 30_000,
  overtimeMs: 0,
  answerLimitMs: 120_000,
  rating: Grade.Good,
  ...(recordingId ? { recordingId } : {}),
});

const recording = (id: string, cardId: string, at: number, size = 10, attemptId = 'a1'): RecordingRecord => ({
  id,
  cardId,
  attemptId,
  at,
  durationMs: 5000,
  mimeType: 'audio/webm',
  size,
  blob: new Blob([new Uint8Array(size)], { type: 'audio/webm' }),
});

describe('rehearsal storage', () => {
  it('a rated answer: schedule, review and attempt together, or none of them', async () => {
    const db = await freshDb();
    const { schedule, review } = new Scheduler(DEFAULT_SETTINGS).grade(
      { id: 'iq/q1', deckId: 'iq' },
      null,
      T,
      Grade.Good,
    );
    await writeRehearsalGrade(db, { schedule, review, seen: null }, attempt('a1', 'iq/q1'));
    expect(await db.count('reviews')).toBe(1);
    expect(await db.count('attempts')).toBe(1);
    // An attempt that cannot be stored (a duplicate key on add would be one; here, a bad key) aborts it all.
    const broken = { ...attempt('a2', 'iq/q2'), id: undefined as unknown as string };
    await expect(
      writeRehearsalGrade(
        db,
        { schedule: { ...schedule, cardId: 'iq/q2' }, review: { ...review, cardId: 'iq/q2' }, seen: null },
        broken,
      ),
    ).rejects.toThrow();
    expect(await db.count('reviews')).toBe(1);
    expect(await db.get('schedules', 'iq/q2')).toBeUndefined();
  });

  it('reads the interview questions deck by deck, with their schedules and attempts', async () => {
    const db = await freshDb();
    const { schedule, review } = new Scheduler(DEFAULT_SETTINGS).grade(
      { id: 'iq/q2', deckId: 'iq' },
      null,
      T,
      Grade.Good,
    );
    await writeRehearsalGrade(db, { schedule, review, seen: null }, attempt('a1', 'iq/q2'));
    const read = await loadInterviewQuestions(db);
    expect(read.decks.map((d) => d.id)).toEqual(['iq']);
    expect(read.cards.map((c) => c.id)).toEqual(['iq/q1', 'iq/q2', 'iq/q3']);
    expect([...read.schedules.keys()]).toEqual(['iq/q2']);
    expect(read.attempts).toEqual([{ cardId: 'iq/q2', at: T }]);
  });

  it('recordings per question, newest first; one deleted (its attempt forgets it), then all; measured', async () => {
    const db = await freshDb();
    await db.put('attempts', attempt('a1', 'iq/q1', 'r2'));
    await saveRecording(db, recording('r1', 'iq/q1', T, 100));
    await saveRecording(db, recording('r2', 'iq/q1', T + 10, 200));
    await saveRecording(db, recording('r3', 'iq/q2', T + 5, 300, 'a3'));
    expect((await loadRecordingsForCard(db, 'iq/q1')).map((r) => r.id)).toEqual(['r2', 'r1']);
    expect((await loadRecentRecordings(db, 2)).map((r) => r.id)).toEqual(['r2', 'r3']);
    expect(await measureRecordings(db)).toEqual({ count: 3, bytes: 600 });

    await deleteRecording(db, 'r2');
    expect((await loadRecordingsForCard(db, 'iq/q1')).map((r) => r.id)).toEqual(['r1']);
    expect((await db.get('attempts', 'a1'))!.recordingId).toBeUndefined();
    expect(await deleteAllRecordings(db)).toBe(2);
    expect(await measureRecordings(db)).toEqual({ count: 0, bytes: 0 });
    expect(await db.count('attempts')).toBe(1);
  });

  it('deleting an imported deck takes its attempts and recordings; stories stay', async () => {
    const db = await freshDb();
    await writeImport(
      db,
      {
        fileName: 'mine.json',
        kind: 'json',
        decks: [
          {
            id: 'mine',
            name: 'Mine',
            description: '',
            interview: true,
            cards: [{ key: 'x', front: 'Why us?', back: 'Because', format: 'text', tags: [] }],
          },
        ],
        warnings: [],
      },
      T,
    );
    await db.put('attempts', attempt('a1', 'mine/x', 'r1'));
    await saveRecording(db, recording('r1', 'mine/x', T));
    await saveRecording(db, recording('r2', 'iq/q1', T));
    await saveStory(db, {
      id: 's',
      title: 'Story',
      situation: 'S',
      task: '',
      action: '',
      result: '',
      resultInNumbers: '',
      questionIds: ['mine/x'],
      createdAt: T,
      updatedAt: T,
    });
    await deleteDeck(db, 'mine');
    expect(await db.count('attempts')).toBe(0);
    expect((await db.getAll('recordings')).map((r) => r.id)).toEqual(['r2']);
    expect(await db.count('stories')).toBe(1);
  });
});
