import { DEFAULT_SETTINGS, type SchedulerSettings } from '../domain/model';
import type { AppDb } from './db';

const KEY = 'scheduler';

/** The scheduler settings, with defaults for anything not yet saved. */
export async function loadSettings(db: AppDb): Promise<SchedulerSettings> {
  const saved = (await db.get('settings', KEY)) as Partial<SchedulerSettings> | undefined;
  return { ...DEFAULT_SETTINGS, ...saved };
}

/** Saves the scheduler settings; resolves when the write has committed. */
export async function saveSettings(db: AppDb, settings: SchedulerSettings): Promise<void> {
  await db.put('settings', settings, KEY);
}
