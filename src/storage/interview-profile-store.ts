import { readInterviewProfile, type InterviewProfile } from '../domain/interview-profile';
import type { AppDb } from './db';

const KEY = 'interview';

/** The candidate's roles, interview date and plan anchor, checked on the way in (defaults where unset or damaged). */
export async function loadInterviewProfile(db: AppDb): Promise<InterviewProfile> {
  return readInterviewProfile(await db.get('settings', KEY));
}

/** Saves the interview profile under its own key; resolves when the write has committed. */
export async function saveInterviewProfile(db: AppDb, profile: InterviewProfile): Promise<void> {
  await db.put('settings', profile, KEY);
}
