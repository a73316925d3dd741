/**
 * Recorded answers: Blobs kept in IndexedDB on the device, listed per question or newest
 * first, deleted one by one or all at once, and measured for Settings.
 */
import type { RecordingRecord } from '../domain/model';
import type { AppDb } from './db';

/** Saves a recording; resolves once it has committed. */
export async function saveRecording(db: AppDb, recording: RecordingRecord): Promise<void> {
  await db.put('recordings', recording);
}

/** One question's recordings, newest first. */
export async function loadRecordingsForCard(db: AppDb, cardId: string): Promise<RecordingRecord[]> {
  const recordings = await db.getAllFromIndex('recordings', 'by-card', cardId);
  return recordings.sort((a, b) => b.at - a.at);
}

/** The newest `limit` recordings of any question, newest first (read backwards through `by-at`). */
export async function loadRecentRecordings(db: AppDb, limit: number): Promise<RecordingRecord[]> {
  const found: RecordingRecord[] = [];
  let cursor = await db.transaction('recordings').store.index('by-at').openCursor(null, 'prev');
  while (cursor && found.length < limit) {
    found.push(cursor.value);
    cursor = await cursor.continue();
  }
  return found;
}

/** Deletes one recording, and its mention in the attempt it belonged to, in one transaction. */
export async function deleteRecording(db: AppDb, id: string): Promise<void> {
  const tx = db.transaction(['recordings', 'attempts'], 'readwrite');
  const recording = await tx.objectStore('recordings').get(id);
  if (recording) {
    const attempt = await tx.objectStore('attempts').get(recording.attemptId);
    if (attempt?.recordingId === id) {
      const { recordingId: _gone, ...rest } = attempt;
      await tx.objectStore('attempts').put(rest);
    }
    await tx.objectStore('recordings').delete(id);
  }
  await tx.done;
}

/** Deletes every recording (attempts keep their timing and rating), in one transaction; resolves with how many. */
export async function deleteAllRecordings(db: AppDb): Promise<number> {
  const tx = db.transaction(['recordings', 'attempts'], 'readwrite');
  const count = await tx.objectStore('recordings').count();
  let cursor = await tx.objectStore('attempts').openCursor();
  while (cursor) {
    if (cursor.value.recordingId !== undefined) {
      const { recordingId: _gone, ...rest } = cursor.value;
      await cursor.update(rest);
    }
    cursor = await cursor.continue();
  }
  await tx.objectStore('recordings').clear();
  await tx.done;
  return count;
}

/** How many recordings there are and the bytes they take. */
export async function measureRecordings(db: AppDb): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  let cursor = await db.transaction('recordings').store.openCursor();
  while (cursor) {
    count += 1;
    bytes += cursor.value.size;
    cursor = await cursor.continue();
  }
  return { count, bytes };
}
