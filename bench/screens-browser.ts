/**
 * Benchmark (prints figures, asserts nothing): the Stats and Browse screens of the production
 * build in headless Chromium at 360 px, over a collection written straight into the app's
 * IndexedDB: 50,000 cards with 500,000 reviews over a year for Stats, then 100,000 cards for
 * Browse. Prints the stats screen's computation (IndexedDB reads and folds, as the screen
 * measures it, and until it shows), Browse searches (read, match, sort; and until the count
 * shows), and scrolling the 100,000-card list: frames and how many took over 16 ms.
 * Run: npm run bench:screens (builds first).
 */
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';
import { startStaticServer } from '../scripts/static-server';

const STATS_CARDS = 50_000;
const REVIEWS = 500_000;
const BROWSE_CARDS = 100_000;

/** Writes `cards` synthetic cards (from `from`), their schedules and, if asked, a year of reviews, inside the page. */
async function seed(page: Page, from: number, cards: number, reviews: number): Promise<number> {
  return page.evaluate(
    async ({ from, cards, reviews }) => {
      const started = performance.now();
      const DAY = 86_400_000;
      const now = Date.now();
      let state = 42 + from;
      const random = () => {
        state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
        return state / 2 ** 31;
      };
      const words =
        'metric latency vendor escalation roadmap backlog incident owner budget forecast cohort funnel churn retention pricing launch review process queue capacity'.split(
          ' ',
        );
      const sentence = (n: number) =>
        Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
      const roles = ['specialist', 'product-data-analyst', 'operations-manager', 'director'];
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('prepdeck');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const run = (stores: string[], fill: (tx: IDBTransaction) => void) =>
        new Promise<void>((ok, fail) => {
          const tx = db.transaction(stores, 'readwrite');
          fill(tx);
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
      await run(['decks'], (tx) => {
        for (let d = 0; d < 20; d++) {
          tx.objectStore('decks').put({
            id: `bench-${d}`,
            name: d === 0 ? 'Bench' : `Bench::Part ${d}`,
            description: '',
            source: 'import',
            createdAt: now - 400 * DAY,
            updatedAt: now - 400 * DAY,
          });
        }
      });
      const CHUNK = 10_000;
      for (let start = from; start < from + cards; start += CHUNK) {
        await run(['cards', 'schedules'], (tx) => {
          for (let i = start; i < Math.min(from + cards, start + CHUNK); i++) {
            const id = `bench-card-${String(i).padStart(6, '0')}`;
            const deckId = `bench-${i % 20}`;
            const html = i % 4 === 0;
            const front = `${sentence(8)}?`;
            const back = sentence(25);
            tx.objectStore('cards').put({
              id,
              deckId,
              key: String(i),
              front: html ? `<div><b>${front}</b></div>` : front,
              back: html ? `<p>${back}</p>` : back,
              format: html ? 'html' : 'text',
              tags: [roles[i % 4], `topic::${words[i % words.length]}`],
              order: i,
              addedAt: now - Math.floor(random() * 365) * DAY,
              ...(i % 50 === 0 ? { flag: 1 + (i % 7) } : {}),
              ...(i % 40 === 0 ? { suspended: true } : {}),
            });
            if (i % 5 !== 0) {
              const interval = Math.floor(random() ** 2 * 400);
              tx.objectStore('schedules').put({
                cardId: id,
                deckId,
                due: now + Math.floor((random() - 0.1) * interval * DAY),
                stability: interval + 0.5,
                difficulty: 1 + random() * 9,
                elapsedDays: interval,
                scheduledDays: interval,
                learningSteps: 0,
                reps: 5,
                lapses: Math.floor(random() * 3),
                state: random() < 0.05 ? 1 : 2,
                lastReview: now - interval * DAY,
              });
            }
          }
        });
      }
      const perDay = Math.ceil(reviews / 365);
      let written = 0;
      for (let d = 364; d >= 0 && written < reviews; d -= 20) {
        await run(['reviews'], (tx) => {
          for (let day = d; day > d - 20 && day >= 0; day--) {
            const sitting = now - day * DAY - 6 * 3_600_000;
            for (let k = 0; k < perDay && written < reviews; k++, written++) {
              const card = Math.floor(random() * cards * 0.8);
              const r = random();
              const cardState = r < 0.1 ? 0 : r < 0.2 ? 1 : r < 0.25 ? 3 : 2;
              tx.objectStore('reviews').add({
                cardId: `bench-card-${String(from + card).padStart(6, '0')}`,
                deckId: `bench-${card % 20}`,
                rating: random() < 0.12 ? 1 : random() < 0.1 ? 2 : random() < 0.9 ? 3 : 4,
                review: sitting + k * 8_000,
                state: cardState,
                due: sitting,
                stability: 10,
                difficulty: 5,
                elapsedDays: 3,
                lastElapsedDays: 2,
                scheduledDays: cardState === 2 ? Math.floor(random() * 120) : 0,
                learningSteps: 0,
                before: null,
                origin: 'app',
                ...(random() < 0.5 ? { durationMs: Math.floor(random() * 20_000) } : {}),
              });
            }
          }
        });
      }
      db.close();
      return performance.now() - started;
    },
    { from, cards, reviews },
  );
}

/** Reloads the app and waits until its data is loaded (Home lists the decks). */
async function reloadApp(page: Page, url: string): Promise<number> {
  const started = Date.now();
  await page.goto(url);
  await page.reload();
  await page.getByRole('heading', { name: 'Decks', level: 1 }).waitFor({ timeout: 300_000 });
  await page.locator('.deck-list').waitFor({ timeout: 300_000 });
  return Date.now() - started;
}

/** Waits for stats computed after `since` (page time) and returns the screen's own computation ms. */
async function freshStats(page: Page, since: number): Promise<number> {
  await page.waitForFunction(
    (after) => Number(document.querySelector('section.stats')?.getAttribute('data-computed-at') ?? 0) >= after,
    since,
    { timeout: 600_000, polling: 100 },
  );
  return Number(await page.locator('section.stats').getAttribute('data-computed-ms'));
}

/** Opens Stats (then picks a scope) and returns [the screen's own computation ms, ms from asking until it shows]. */
async function statsRun(page: Page, url: string, scope?: string): Promise<[number, number]> {
  await page.goto(`${url}#/`);
  await page.getByRole('heading', { name: 'Decks', level: 1 }).waitFor();
  let since = await page.evaluate(() => Date.now());
  let started = Date.now();
  await page.goto(`${url}#/stats`);
  let computed = await freshStats(page, since);
  if (scope) {
    since = await page.evaluate(() => Date.now());
    started = Date.now();
    await page.getByLabel('Cards').selectOption({ label: scope });
    computed = await freshStats(page, since);
  }
  return [computed, Date.now() - started];
}

/** Types a Browse query and returns [the search's own ms, ms until the count shows, hits]. */
async function browseRun(page: Page, query: string): Promise<[number, number, string]> {
  const box = page.getByLabel('Search cards');
  await box.fill(query);
  const started = Date.now();
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const count = page.locator('.browse-count[data-search-ms]');
  await page.waitForFunction(
    (q) => {
      const input = document.querySelector<HTMLInputElement>('#browse-query');
      const status = document.querySelector('.browse-count');
      return input?.value === q && status?.hasAttribute('data-search-ms') && !status.textContent?.includes('searching');
    },
    query,
    { timeout: 300_000 },
  );
  return [Number(await count.getAttribute('data-search-ms')), Date.now() - started, (await count.textContent()) ?? ''];
}

/** Scrolls the list at `pxPerSecond` for `seconds` and measures the frames the page painted. */
async function scrollRun(page: Page, pxPerSecond: number, seconds: number) {
  return page.evaluate(
    ({ pxPerSecond, seconds }) =>
      new Promise<{ frames: number; over16: number; over33: number; worst: number; p95: number; px: number }>(
        (done) => {
          window.scrollTo(0, 0);
          const gaps: number[] = [];
          let last = 0;
          let start = 0;
          const step = (t: number) => {
            if (!start) start = last = t;
            else gaps.push(t - last);
            last = t;
            window.scrollTo(0, ((t - start) / 1000) * pxPerSecond);
            if (t - start < seconds * 1000) requestAnimationFrame(step);
            else {
              const sorted = [...gaps].sort((a, b) => a - b);
              done({
                frames: gaps.length,
                over16: gaps.filter((g) => g > 16.7).length,
                over33: gaps.filter((g) => g > 33.4).length,
                worst: Math.round(sorted[sorted.length - 1] ?? 0),
                p95: Math.round(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
                px: Math.round(window.scrollY),
              });
            }
          };
          requestAnimationFrame(step);
        },
      ),
    { pxPerSecond, seconds },
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const server = await startStaticServer(resolve('dist'));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const url = server.url;
  await page.goto(url);
  await page.getByRole('heading', { name: 'Decks', level: 1 }).waitFor();
  await page.locator('.deck-list').waitFor();

  const seeded = await seed(page, 0, STATS_CARDS, REVIEWS);
  console.log(
    `Seeded ${STATS_CARDS.toLocaleString('en')} cards and ${REVIEWS.toLocaleString('en')} reviews in ${(seeded / 1000).toFixed(1)} s`,
  );
  console.log(`App start with them (Home's in-memory load, not this issue's): ${await reloadApp(page, url)} ms`);

  console.log(
    `\nStats at ${STATS_CARDS.toLocaleString('en')} cards and ${REVIEWS.toLocaleString('en')} reviews (IndexedDB reads + folds; until shown):`,
  );
  for (const [label, scope] of [
    ['all decks', undefined],
    ['one deck family (Bench, 20 decks)', 'Bench'],
    ['one role (director)', 'Director of product operations'],
  ] as const) {
    const runs: [number, number][] = [];
    for (let i = 0; i < 3; i++) runs.push(await statsRun(page, url, scope));
    console.log(
      `  ${label.padEnd(36)} computed ${runs.map((r) => r[0]).join(' / ')} ms (median ${median(runs.map((r) => r[0]))}), ` +
        `shown ${runs.map((r) => r[1]).join(' / ')} ms`,
    );
  }

  const more = await seed(page, STATS_CARDS, BROWSE_CARDS - STATS_CARDS, 0);
  console.log(
    `\nSeeded ${(BROWSE_CARDS - STATS_CARDS).toLocaleString('en')} more cards in ${(more / 1000).toFixed(1)} s`,
  );
  await reloadApp(page, url);
  await page.goto(`${url}#/browse`);
  await page.locator('.browse-count[data-search-ms]').waitFor({ timeout: 300_000 });
  console.log(`Browse over ${BROWSE_CARDS.toLocaleString('en')} cards (read, match and sort; until the count shows):`);
  for (const query of [
    '',
    'latency',
    '"vendor escalation"',
    'deck:Bench::Part 3',
    'tag:director is:due',
    'flag:1',
    '(churn or cohort) -is:suspended prop:ivl>=21',
  ]) {
    const runs: [number, number, string][] = [];
    for (let i = 0; i < 3; i++) runs.push(await browseRun(page, query));
    console.log(
      `  ${(query || '(everything)').padEnd(46)} ${runs[0]![2].padStart(14)}: search ${runs.map((r) => r[0]).join(' / ')} ms, ` +
        `shown ${runs.map((r) => r[1]).join(' / ')} ms`,
    );
  }

  await browseRun(page, '');
  await page.getByRole('list', { name: 'Cards found' }).getByRole('listitem').first().waitFor();
  console.log(
    `Scrolling the ${BROWSE_CARDS.toLocaleString('en')}-card list (frames painted while scrolling; over 16 ms is a dropped 60 Hz frame):`,
  );
  for (const [label, speed] of [
    ['reading pace, 1,500 px/s for 4 s', 1_500],
    ['a fling, 20,000 px/s for 3 s', 20_000],
  ] as const) {
    const r = await scrollRun(page, speed, label.startsWith('a fling') ? 3 : 4);
    const rows = await page.locator('.browse-row').count();
    console.log(
      `  ${label.padEnd(34)} ${r.frames} frames, ${r.over16} over 16 ms (${r.over33} over 33 ms), p95 ${r.p95} ms, worst ${r.worst} ms; ` +
        `${rows} rows in the DOM at the end, ${r.px.toLocaleString('en')} px down`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
