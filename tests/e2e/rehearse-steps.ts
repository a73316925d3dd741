/**
 * Steps for the rehearsal browser tests: going to Rehearse and My stories the way a person
 * does (from Home), answering a question, and reading rehearsal's stores from inside the page
 * without the app's code.
 */
import type { Page } from 'playwright-core';

/** Home → Rehearse, with the questions read. */
export async function openRehearse(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Rehearse the interview' }).click();
  await page.getByRole('heading', { name: 'Rehearse', level: 1 }).waitFor();
  await page.getByText(/questions? for this role/).waitFor();
}

/** Skips the thinking time, answers for `ms` of real time, taps Done and waits for the grades. */
export async function answerQuestion(page: Page, ms: number, { recording = false } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Skip thinking time' }).click();
  if (recording) await page.getByText('Recording on this device').waitFor();
  await page.waitForTimeout(ms);
  await page.getByRole('button', { name: 'Done answering' }).click();
  await page.getByRole('group', { name: 'Grade your answer' }).waitFor();
}

/** Rates the answer on screen and waits until the write has committed (the grades go away). */
export async function rateAnswer(page: Page, grade: 'Again' | 'Hard' | 'Good' | 'Easy'): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${grade}`) }).click();
  await page.getByRole('group', { name: 'Grade your answer' }).waitFor({ state: 'detached' });
}

export interface StoredRehearsal {
  attempts: Array<{ cardId: string; rating: number; recordingId?: string; at: number }>;
  reviews: Array<{ cardId: string; rating: number; review: number; due: number }>;
  schedules: Array<{ cardId: string; due: number; reps: number }>;
  recordings: Array<{ id: string; cardId: string; durationMs: number; size: number; type: string }>;
}

/** Rehearsal's records as stored, read straight from IndexedDB in the page. */
export async function readRehearsal(page: Page): Promise<StoredRehearsal> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('prepdeck');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const all = (store: string) =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
          request.onerror = () => reject(request.error);
        });
      const recordings = await all('recordings');
      return {
        attempts: (await all('attempts')) as unknown as StoredRehearsal['attempts'],
        reviews: (await all('reviews')) as unknown as StoredRehearsal['reviews'],
        schedules: (await all('schedules')) as unknown as StoredRehearsal['schedules'],
        recordings: recordings.map((r) => ({
          id: r.id as string,
          cardId: r.cardId as string,
          durationMs: r.durationMs as number,
          size: (r.blob as Blob).size,
          type: (r.blob as Blob).type,
        })),
      };
    } finally {
      db.close();
    }
  });
}

/** Plays every recording player on the page; resolves with each one's duration and how far it played (s). */
export async function playRecordings(page: Page): Promise<Array<{ duration: number; played: number }>> {
  return page.evaluate(async () => {
    const players = [...document.querySelectorAll<HTMLAudioElement>('audio.recording-player')];
    return Promise.all(
      players.map(async (audio) => {
        if (audio.readyState < 1) await new Promise((r) => audio.addEventListener('loadedmetadata', r, { once: true }));
        audio.muted = true;
        await audio.play();
        const started = performance.now();
        while (audio.currentTime <= 0 && performance.now() - started < 10_000)
          await new Promise((r) => setTimeout(r, 50));
        audio.pause();
        return { duration: audio.duration, played: audio.currentTime };
      }),
    );
  });
}
