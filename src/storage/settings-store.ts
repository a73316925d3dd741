import type { SchedulerSettings } from '../domain/model';
import { SCHEDULER_SETTINGS_KEY } from '../domain/settings-check';
import type { AppDb } from './db';

/** The scheduler settings as stored (unchecked: the app repairs what the Settings screen would refuse), or undefined. */
export async function loadStoredSettings(db: AppDb): Promise<unknown> {
  return db.get('settings', SCHEDULER_SETTINGS_KEY);
}

/** Saves the scheduler settings; resolves when the write has committed. */
export async function saveSettings(db: AppDb, settings: SchedulerSettings): Promise<void> {
  await db.put('settings', settings, SCHEDULER_SETTINGS_KEY);
}
