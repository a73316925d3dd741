import { readRehearsalPrefs, type RehearsalPrefs } from '../domain/rehearsal-prefs';
import type { AppDb } from './db';

const KEY = 'rehearsal';

/** Rehearsal's settings, with defaults for anything not yet saved. */
export async function loadRehearsalPrefs(db: AppDb): Promise<RehearsalPrefs> {
  return readRehearsalPrefs(await db.get('settings', KEY));
}

/** Saves rehearsal's settings; resolves when the write has committed. */
export async function saveRehearsalPrefs(db: AppDb, prefs: RehearsalPrefs): Promise<void> {
  await db.put('settings', prefs, KEY);
}
