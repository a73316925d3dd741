/**
 * Benchmark (prints figures, asserts nothing): a recorded answer of two minutes (Chromium's fake
 * microphone) through the real Rehearse screen of the production build: how long keeping it
 * takes (the recorder stopped, the WebM given its duration, the Blob written to IndexedDB and
 * listed), how long loading it takes (read back, ready to play), and the bytes per minute.
 * Run: npm run bench:recording   (BENCH_SECONDS=30 for a shorter take)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';
import { startStaticServer } from '../scripts/static-server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 120);

const server = await startStaticServer(resolve('dist'));
const profile = mkdtempSync(join(tmpdir(), 'prepdeck-bench-recording-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: true,
  args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  viewport: { width: 360, height: 740 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}#/rehearse`);
  await page.getByText(/questions? for this role/).waitFor({ timeout: 30_000 });
  await page.getByLabel('Questions').selectOption('1');
  await page.getByLabel('Record my answers on this device').check();
  await page.getByRole('button', { name: 'Start rehearsal' }).click();
  await page.getByRole('button', { name: 'Skip thinking time' }).click();
  await page.getByText('Recording on this device').waitFor();
  console.log(`Recording ${SECONDS} s with the fake microphone…`);
  await page.waitForTimeout(SECONDS * 1000);

  const saveStart = Date.now();
  await page.getByRole('button', { name: 'Done answering' }).click();
  await page.getByRole('heading', { name: 'Recordings of this question' }).waitFor({ timeout: 60_000 });
  const saveMs = Date.now() - saveStart;

  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('prepdeck');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = await new Promise<Array<{ durationMs: number; size: number; mimeType: string; blob: Blob }>>(
      (ok, fail) => {
        const request = db.transaction('recordings').objectStore('recordings').getAll();
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      },
    );
    // Loading as the app does: the record (with its Blob) from IndexedDB, then the bytes read.
    const started = performance.now();
    const again = await new Promise<{ blob: Blob }[]>((ok, fail) => {
      const request = db.transaction('recordings').objectStore('recordings').getAll();
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    await again[0]!.blob.arrayBuffer();
    const readMs = performance.now() - started;
    db.close();
    const { durationMs, size, mimeType } = all[0]!;
    return { durationMs, size, mimeType, readMs };
  });

  await page.reload();
  const loadStart = Date.now();
  await page.getByRole('heading', { name: 'Your recordings' }).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => {
    const audio = document.querySelector<HTMLAudioElement>('audio.recording-player');
    return audio !== null && audio.readyState >= 1 && Number.isFinite(audio.duration);
  });
  const loadMs = Date.now() - loadStart;
  const duration = await page.evaluate(
    () => document.querySelector<HTMLAudioElement>('audio.recording-player')!.duration,
  );

  const perMinute = stored.size / (stored.durationMs / 60_000);
  console.log(
    `A ${(stored.durationMs / 1000).toFixed(1)} s answer recorded in Chromium (${stored.mimeType}), production build:`,
  );
  console.log(`  size: ${(stored.size / 1000).toFixed(0)} kB, ${(perMinute / 1000).toFixed(0)} kB per minute`);
  console.log(`  Done answering -> stopped, duration added, written to IndexedDB and listed: ${saveMs} ms`);
  console.log(`  read back from IndexedDB (record and bytes): ${stored.readMs.toFixed(0)} ms`);
  console.log(`  page reloaded -> Rehearse listing it, player ready (duration ${duration.toFixed(1)} s): ${loadMs} ms`);
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
