/**
 * Issue 15, point 1 and 2 in the browser: the automatic backups live outside IndexedDB, in the
 * origin private file system; when the database is deleted under the running app, the app says
 * so (never that the progress is saved) and one tap on the latest automatic backup brings every
 * review back. And when the database is found empty at start-up, a banner offers that backup.
 * An import that will not fit in the space the browser reports is refused with the numbers.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstDeckName, goHome, openDeck, studyCards, waitForDecks } from './app-steps';
import { closeAndCheck, firstPage, installApp, openSession, readAppDb, type Session } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
});

afterEach(() => closeAndCheck(session));

/** The automatic backups' file names in the origin private file system, read without the app's code. */
async function backupFiles(target: Page): Promise<{ name: string; size: number }[]> {
  return target.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const dir = await root.getDirectoryHandle('backups', { create: true });
    const out: { name: string; size: number }[] = [];
    for await (const handle of (dir as unknown as { values(): AsyncIterable<FileSystemFileHandle> }).values())
      out.push({ name: handle.name, size: (await handle.getFile()).size });
    return out;
  });
}

/** Deletes the app's database from inside the page, as the browser does after a storage error. */
async function deleteDatabase(target: Page): Promise<void> {
  await target.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('prepdeck');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

async function studyAndLeave(target: Page, cards: number): Promise<void> {
  const deck = await firstDeckName(target);
  await openDeck(target, deck);
  await studyCards(target, cards);
  // Leaving the study screen ends the day's first session: the daily backup is made.
  await goHome(target);
  await expect
    .poll(async () => (await backupFiles(target)).map((f) => f.name).join(), { timeout: 30_000 })
    .toMatch(/auto-daily-\d+\.zip/);
}

describe('automatic backups', () => {
  it('the database deleted under the running app: the app says so, and one tap restores every review', async () => {
    await installApp(page, session.server.url);
    await waitForDecks(page);
    await studyAndLeave(page, 3);
    expect((await readAppDb(page))?.counts.reviews).toBe(3);

    // Your data lists it, with its date and size.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your data' }).click();
    const entry = page.locator('.auto-backup-list li').filter({ hasText: 'Daily backup' });
    await entry.waitFor();
    expect(await entry.textContent()).toMatch(/\d{4}.*· [\d.]+ kB/);

    await deleteDatabase(page);
    const alert = page.getByRole('alert').filter({ hasText: 'The browser removed PrepDeck’s data' });
    await alert.waitFor();
    expect(await alert.textContent()).not.toMatch(/saved/i);
    expect(await readAppDb(page)).toBeNull();

    await page.getByRole('button', { name: 'Restore the latest automatic backup' }).click();
    // The page reloads once the backup is back in a fresh database.
    await page.getByRole('heading', { name: 'Your data', level: 1 }).waitFor();
    await goHome(page);
    const snapshot = await readAppDb(page);
    expect(snapshot?.counts.reviews).toBe(3);
    expect(snapshot?.counts.schedules).toBe(3);
  });

  it('started with an empty database while a backup exists: a banner offers it, and restores it', async () => {
    await installApp(page, session.server.url);
    await waitForDecks(page);
    await studyAndLeave(page, 2);
    // The data disappears (the browser cleared it to free space), and the app is opened again.
    await deleteDatabase(page);
    await page.reload();
    const banner = page.getByRole('alert').filter({ hasText: 'found none of your data' });
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Restore it' }).click();
    await expect.poll(async () => (await readAppDb(page))?.counts.reviews, { timeout: 30_000 }).toBe(2);
    await waitForDecks(page);
    expect(await page.getByText('found none of your data').count()).toBe(0);
  });
});

describe('a nearly full device', () => {
  it('an import that will not fit is refused with the numbers, nothing written, and the app asks again to keep its data', async () => {
    // Chromium reports a generous quota whatever the disk (and ignores DevTools' quota override
    // here): the page is told that 2 MB are left, as a nearly full phone would tell it.
    await session.context.addInitScript(() => {
      const calls = { persist: 0 };
      (window as unknown as { storageCalls: typeof calls }).storageCalls = calls;
      const real = StorageManager.prototype.estimate;
      StorageManager.prototype.estimate = async function () {
        const { usage = 0 } = await real.call(this);
        return { usage, quota: usage + 2_000_000 };
      };
      StorageManager.prototype.persisted = async () => false;
      StorageManager.prototype.persist = async () => {
        calls.persist += 1;
        return false;
      };
    });
    await installApp(page, session.server.url);
    await waitForDecks(page);
    const before = await readAppDb(page);
    const rows = Array.from({ length: 3_000 }, (_, i) => `Question ${i} ${'x'.repeat(500)},Answer ${i}`).join('\n');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await page.getByText('Choose a file').waitFor();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(`Front,Back\n${rows}\n`) });
    await page.getByRole('button', { name: 'Import 3,000 cards' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Not enough space' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /^Not enough space for this import: it needs about [\d.]+ MB, and the browser lets PrepDeck store only 2\.0 MB more on this device \(it uses [\d.]+ [kM]B of [\d.]+ MB\)\. Nothing was imported\./,
    );
    expect((await readAppDb(page))?.counts).toEqual(before?.counts);
    expect(
      await page.evaluate(() => (window as unknown as { storageCalls: { persist: number } }).storageCalls.persist),
    ).toBeGreaterThan(0);

    // Settings says space is tight.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByText(/^Space is getting tight: only [\d.]+ MB is left for PrepDeck/).waitFor();
  });
});
