/**
 * Issue 15, point 4 in the browser: a package of 25,000 media files (more than the open-file
 * limit of the machine the failure was found on, and of this one) imports, a card shows its
 * image, "Back up everything" saves a file, and that file restores with every media file.
 * Before packs, the import failed with "Failed to write blobs (IOError)" at 20,000 files and a
 * backup crashed the tab.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildPackage, type FixtureCollection } from '../import/apkg/fixtures/build-package';
import { goHome, grade, openDeck, revealAnswer, waitForDecks } from './app-steps';
import { closeAndCheck, firstPage, installApp, openSession, readAppDb, type Session } from './harness';

const MEDIA_FILES = 25_000;

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
});

afterEach(() => closeAndCheck(session));

/** A 1×1 PNG whose one pixel varies, so every file is different. */
function pixel(i: number): Uint8Array {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  );
  // The name in a tEXt chunk would change the CRC; appending bytes after IEND keeps the image valid.
  return new Uint8Array(Buffer.concat([png, Buffer.from(`#${i}`)]));
}

function manyMediaCollection(): FixtureCollection {
  const media: Record<string, Uint8Array> = {};
  for (let i = 0; i < MEDIA_FILES; i++) media[`img-${i}.png`] = pixel(i);
  const shown = [7, 12_345, 24_999];
  return {
    crt: Math.floor(Date.UTC(2026, 0, 1) / 1000),
    noteTypes: [
      {
        id: 1700000000001,
        name: 'Basic',
        css: '.card { font-size: 20px; }',
        fields: ['Front', 'Back'],
        templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }],
      },
    ],
    decks: [{ id: 1700000000100, name: 'Pictures' }],
    notes: shown.map((n, i) => ({
      id: 1700000000200 + i,
      guid: `pic-${n}`,
      mid: 1700000000001,
      tags: [],
      fields: [`Picture ${n} <img src="img-${n}.png">`, `Answer ${n}`],
    })),
    cards: shown.map((_, i) => ({ id: 1700000000300 + i, nid: 1700000000200 + i, did: 1700000000100, ord: 0 })),
    revlog: [],
    media,
  };
}

async function expectImageShown(target: Page): Promise<void> {
  await target.waitForFunction(() => {
    const img = document.querySelector('.card-front')?.shadowRoot?.querySelector('img');
    return img !== null && img !== undefined && img.complete && img.naturalWidth === 1;
  });
}

it(`a package of ${MEDIA_FILES.toLocaleString('en')} media files: import, study a card with its image, back up, restore`, async () => {
  await installApp(page, session.server.url);
  await waitForDecks(page);
  const apkg = Buffer.from(await buildPackage(manyMediaCollection(), 'legacy2'));
  // Figures for the record, never asserted: when each step finished on this machine.
  const started = Date.now();
  const lap = (step: string) =>
    process.stderr.write(`many-media: ${step} after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'pictures.apkg', mimeType: 'application/octet-stream', buffer: apkg }, { timeout: 60_000 });
  await page.getByRole('heading', { name: 'Preview: pictures.apkg' }).waitFor({ timeout: 120_000 });
  lap('previewed');
  await page.getByRole('button', { name: 'Import 3 cards' }).click();
  await page.getByText('Imported 3 cards into Pictures.').waitFor({ timeout: 180_000 });
  lap('imported');
  const imported = await readAppDb(page);
  expect(imported?.counts.media).toBe(MEDIA_FILES);
  // A few packs hold the bytes, not 25,000 Blobs.
  expect(imported?.counts.mediaPacks).toBeLessThan(10);

  await goHome(page);
  await openDeck(page, 'Pictures');
  await expectImageShown(page);
  await revealAnswer(page);
  await grade(page, 'Good');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your data' }).click();
  const downloading = page.waitForEvent('download', { timeout: 180_000 });
  await page.getByRole('button', { name: 'Back up everything' }).click();
  // Its size is said first; then the file is made.
  await page.getByRole('button', { name: 'Save backup' }).click({ timeout: 60_000 });
  const saved = await (await downloading).path();
  await page.getByText(/^Saved prepdeck-backup-.*25,000 media files\.$/).waitFor({ timeout: 60_000 });
  lap('backed up');

  // One more grade after the backup: restoring the file takes the data back to one review.
  await goHome(page);
  await openDeck(page, 'Pictures');
  await revealAnswer(page);
  await grade(page, 'Good');
  expect((await readAppDb(page))?.counts.reviews).toBe(2);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your data' }).click();
  await page.locator('input[type=file][accept=".zip,application/zip"]').setInputFiles(saved, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Replace my data' }).click({ timeout: 300_000 });
  lap('read the backup');
  await page.getByText(/^Restored \d+ decks, \d+ cards and 1 review\./).waitFor({ timeout: 300_000 });
  lap('restored (after a safety backup)');
  const restored = await readAppDb(page);
  expect(restored?.counts.media).toBe(MEDIA_FILES);
  expect(restored?.counts.reviews).toBe(1);

  await goHome(page);
  await openDeck(page, 'Pictures');
  await expectImageShown(page);
}, 900_000);
