/**
 * Issue 9 in a real Chromium against the production build: a rehearsal of two questions with a
 * fake microphone records both answers, which play back after an offline reload, and each
 * self-rating is a review that moved its card; with the microphone refused the timer still runs,
 * the answer can be rated, and the page says why nothing was recorded. The harness fails the
 * test on any request to another origin.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { waitForDecks } from './app-steps';
import { closeAndCheck, firstPage, goOffline, installApp, openSession, type Session } from './harness';
import { answerQuestion, openRehearse, playRecordings, rateAnswer, readRehearsal } from './rehearse-steps';

const FAKE_MICROPHONE = [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  // Playing the recordings back from a script, as the test does, needs no tap.
  '--autoplay-policy=no-user-gesture-required',
];

let session: Session;
let page: Page;

afterEach(() => closeAndCheck(session));

/** Sizes of the controls a thumb uses while answering. */
async function controlBoxes(target: Page, names: string[]): Promise<Record<string, { w: number; h: number }>> {
  const boxes: Record<string, { w: number; h: number }> = {};
  for (const name of names) {
    const box = await target.getByRole('button', { name, exact: true }).boundingBox();
    boxes[name] = { w: Math.round(box?.width ?? 0), h: Math.round(box?.height ?? 0) };
  }
  return boxes;
}

describe('rehearsing with a microphone', () => {
  it('records two answers that play back after an offline reload; each rating is a review that moved its card', async () => {
    session = await openSession({ args: FAKE_MICROPHONE });
    page = await firstPage(session);
    await page.setViewportSize({ width: 360, height: 740 });
    await installApp(page, session.server.url);
    await waitForDecks(page);
    await openRehearse(page);
    await page.getByLabel('Questions').selectOption('2');
    await page.getByLabel('Record my answers on this device').check();
    await page.getByRole('button', { name: 'Start rehearsal' }).click();

    const ratings = ['Good', 'Easy'] as const;
    for (const [i, rating] of ratings.entries()) {
      await page.getByText(`Question ${i + 1} of 2`).waitFor();
      // One thumb at 360 px: the timer's and the record button at least 48 px, nothing scrolls sideways.
      for (const box of Object.values(await controlBoxes(page, ['Skip thinking time', 'Record']))) {
        expect(box.h).toBeGreaterThanOrEqual(48);
        expect(box.w).toBeGreaterThanOrEqual(48);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      expect(await page.getByRole('button', { name: 'Record' }).getAttribute('aria-pressed')).toBe('true');
      await answerQuestion(page, 1500, { recording: true });
      await page.getByRole('heading', { name: 'Recordings of this question' }).waitFor();
      await rateAnswer(page, rating);
    }
    await page.getByRole('heading', { name: /Rehearsal done: 2 questions, 2 rated/ }).waitFor();

    const stored = await readRehearsal(page);
    expect(stored.recordings).toHaveLength(2);
    for (const recording of stored.recordings) {
      expect(recording.type).toMatch(/^audio\/webm/);
      expect(recording.size).toBeGreaterThan(1000);
      expect(recording.durationMs).toBeGreaterThan(1000);
    }
    expect(stored.attempts).toHaveLength(2);
    expect(stored.schedules.map((s) => s.cardId).sort()).toEqual(stored.attempts.map((a) => a.cardId).sort());
    for (const [i, attempt] of [...stored.attempts].sort((a, b) => a.at - b.at).entries()) {
      const reviews = stored.reviews.filter((r) => r.cardId === attempt.cardId);
      expect(reviews.map((r) => r.rating)).toEqual([i === 0 ? 3 : 4]);
      expect(attempt.rating).toBe(i === 0 ? 3 : 4);
      // A new card (no schedule before), now scheduled after the rating: its due date moved.
      const schedule = stored.schedules.find((s) => s.cardId === attempt.cardId)!;
      expect(schedule.reps).toBe(1);
      expect(schedule.due).toBeGreaterThan(reviews[0]!.review);
      expect(stored.recordings.map((r) => r.id)).toContain(attempt.recordingId);
    }

    await goOffline(session);
    await page.reload(); // still on Rehearse (its address), now served by the service worker
    await page.getByRole('heading', { name: 'Rehearse', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Your recordings' }).waitFor();
    await page.locator('audio.recording-player').nth(1).waitFor();
    const played = await playRecordings(page);
    expect(played).toHaveLength(2);
    for (const { duration, played: at } of played) {
      expect(Number.isFinite(duration)).toBe(true);
      expect(duration).toBeGreaterThan(0);
      expect(at).toBeGreaterThan(0);
    }
  });
});

describe('rehearsing without a microphone', () => {
  it('permission denied: the timer still runs, the answer can be rated, and the page says why nothing was recorded', async () => {
    // The fake device is there, but every permission prompt is refused.
    session = await openSession({ args: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'] });
    page = await firstPage(session);
    await page.goto(session.server.url);
    await waitForDecks(page);
    await openRehearse(page);
    await page.getByLabel('Questions').selectOption('1');
    await page.getByLabel('Record my answers on this device').check();
    await page.getByRole('button', { name: 'Start rehearsal' }).click();
    await page.getByRole('button', { name: 'Skip thinking time' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/Microphone access is turned off for this app, so nothing was recorded.*the timer works without it/);
    const timer = page.getByRole('timer');
    const first = await timer.textContent();
    await expect.poll(() => timer.textContent(), { timeout: 5000 }).not.toBe(first);
    await page.getByRole('button', { name: 'Done answering' }).click();
    await page.getByRole('group', { name: 'Grade your answer' }).waitFor();
    await rateAnswer(page, 'Good');
    await page.getByRole('heading', { name: /Rehearsal done: 1 question, 1 rated/ }).waitFor();
    const stored = await readRehearsal(page);
    expect(stored.reviews.map((r) => r.rating)).toEqual([3]);
    expect(stored.recordings).toEqual([]);
  });
});
