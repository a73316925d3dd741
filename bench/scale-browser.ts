/**
 * Benchmark (prints figures, asserts nothing): the production build in headless Chromium over
 * synthetic collections of 10k, 50k and 100k cards with review logs (issue 14). For each size:
 * cold start to the deck list and to the first card, grade -> next card over 100 grades, the
 * due-queue time (the app's "prepdeck:due-queue" User Timing), a 50,000-row CSV imported
 * through the Import screen (end to end, worst frame gap, long tasks), the JS heap after start
 * and the IndexedDB size; and the first-paint bytes from dist. Targets are printed beside.
 * Run: npm run bench:scale   (SCALE_SIZES=10000 for one size; SCALE_JSON=file to save the JSON;
 * SCALE_DIST=dir to measure another build)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';
import { startStaticServer } from '../scripts/static-server';
import { firstPaintBytes } from './scale/first-paint';
import { appMeasures, gradeLoop, probeScript, readProbe, resetFrames, worstFrameGap } from './scale/page-probes';
import { seedCollection } from './scale/seed';
import { printReport, type SizeFigures } from './scale/report';

const SIZES = (process.env.SCALE_SIZES ?? '10000,50000,100000').split(',').map(Number);
const CSV_ROWS = 50_000;
const GRADES = 100;
const RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;

function makeCsv(rows: number): string {
  const lines = ['Front,Back,Tags'];
  for (let i = 1; i <= rows; i++) {
    const back = i % 5 === 0 ? `"Answer ${i}, with a comma\nand a second line"` : `Answer ${i}`;
    lines.push(`Question ${i} about product operations,${back},bench tag${i % 7}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const waitProbe = (page: Page, field: 'deckList' | 'firstCard') =>
  page.waitForFunction((f) => (window as unknown as { __bench: Record<string, unknown> }).__bench[f] !== null, field, {
    timeout: 300_000,
    polling: 50,
  });

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1e6;
}

async function importCsv(page: Page, csv: string): Promise<SizeFigures['csv']> {
  await page.evaluate(() => (location.hash = '#/import'));
  await page.getByText('Choose a file').waitFor({ timeout: 120_000 });
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  // Playwright builds the File inside the page; count from here on.
  const chosen = await resetFrames(page);
  // The screen writes counts with thousands separators ("Import 50,000 cards").
  const count = CSV_ROWS.toLocaleString('en');
  const button = page.getByRole('button', { name: `Import ${count} cards` });
  await button.waitFor({ timeout: 300_000 });
  const preview = await page.evaluate(() => performance.now());
  await button.click();
  await page.getByText(`Imported ${count} cards`, { exact: false }).waitFor({ timeout: 300_000 });
  const done = await page.evaluate(() => performance.now());
  const probe = await readProbe(page);
  const phase = async (name: string) => (await appMeasures(page, name)).at(-1) ?? NaN;
  return {
    phases: {
      plan: await phase('import-plan'),
      safetyBackup: await phase('import-safety-backup'),
      write: await phase('import-write'),
      reload: await phase('import-reload'),
    },
    previewMs: preview - chosen,
    writeMs: done - preview,
    endToEndMs: done - chosen,
    worstGapMs: worstFrameGap(probe.frames),
    longTasks: probe.longTasks.length,
    longestTaskMs: Math.max(0, ...probe.longTasks.map((t) => t.duration)),
  };
}

async function measureSize(server: string, executablePath: string, size: number): Promise<SizeFigures> {
  const profile = mkdtempSync(join(tmpdir(), 'prepdeck-scale-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 360, height: 740 },
    // The app, not the service worker's precache downloads, is what is measured.
    serviceWorkers: 'block',
  });
  try {
    await context.addInitScript(probeScript);
    let page = await context.newPage();
    await page.goto(`${server}bench-seed.txt`);
    const seeded = await seedCollection(page, size);
    process.stdout.write(`  ${size}: seeded ${seeded.cards} cards, ${seeded.reviews} reviews in ${seeded.ms} ms\n`);
    await page.goto(server);
    await waitProbe(page, 'deckList');
    const firstOpenMs = (await readProbe(page)).deckList!;
    await page.close();

    const deckList: number[] = [];
    let lcp = 0;
    let cls = 0;
    let heap = 0;
    for (let run = 0; run < RUNS; run++) {
      page = await context.newPage();
      await page.goto(server);
      await waitProbe(page, 'deckList');
      await page.waitForTimeout(500);
      const probe = await readProbe(page);
      deckList.push(probe.deckList!);
      lcp = Math.max(lcp, probe.lcp);
      cls = Math.max(cls, probe.cls);
      if (run === RUNS - 1) heap = await heapMb(page);
      await page.close();
    }
    const firstCard: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      page = await context.newPage();
      await page.goto(`${server}#/study/all`);
      await waitProbe(page, 'firstCard');
      firstCard.push((await readProbe(page)).firstCard!);
      if (run < RUNS - 1) await page.close();
    }
    const grades = await gradeLoop(page, GRADES);
    const queue = await appMeasures(page, 'due-queue');
    const storage = await page.evaluate(async () => {
      const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
        usageDetails?: Record<string, number>;
      };
      return (estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0) / 1e6;
    });
    const csv = await importCsv(page, makeCsv(CSV_ROWS));
    return {
      size,
      firstOpenMs,
      deckListMs: median(deckList),
      firstCardMs: median(firstCard),
      grade: { count: grades.length, p50: percentile(grades, 50), p95: percentile(grades, 95) },
      queue: { count: queue.length, p50: percentile(queue, 50), p95: percentile(queue, 95), max: Math.max(...queue) },
      csv,
      heapMb: heap,
      indexedDbMb: storage,
      lcpMs: lcp,
      cls,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const dist = resolve(process.env.SCALE_DIST ?? 'dist');
const server = await startStaticServer(dist);
const executablePath = findChromium();
const figures: SizeFigures[] = [];
try {
  console.log(`Scale benchmark, production build in Chromium (${SIZES.join(', ')} cards):`);
  for (const size of SIZES) figures.push(await measureSize(server.url, executablePath, size));
} finally {
  await server.close();
}
const firstPaint = firstPaintBytes(dist);
const json = printReport(figures, firstPaint);
if (process.env.SCALE_JSON) writeFileSync(process.env.SCALE_JSON, json);
