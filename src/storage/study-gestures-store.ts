import { readStudyGestures, type StudyGestures } from '../domain/study-gestures';
import type { AppDb } from './db';

const KEY = 'study-gestures';

/** Study's gesture preference, with the default where nothing is saved. */
export async function loadStudyGestures(db: AppDb): Promise<StudyGestures> {
  return readStudyGestures(await db.get('settings', KEY));
}

/** Saves the gesture preference; resolves when the write has committed. */
export async function saveStudyGestures(db: AppDb, gestures: StudyGestures): Promise<void> {
  await db.put('settings', gestures, KEY);
}
