/**
 * What the scale benchmark watches inside the page: an init script (runs before the app on
 * every navigation) that records when the deck list shows its counts and when the first card
 * shows, LCP, layout shifts, long tasks and painted frames; and in-page loops for grading.
 */
import type { Page } from 'playwright-core';

export interface PageProbe {
  deckList: number | null;
  firstCard: number | null;
  lcp: number;
  cls: number;
  longTasks: { start: number; duration: number }[];
  frames: number[];
}

/** Installs the probes on every document the context opens. */
export function probeScript(): void {
  const w = window as unknown as { __bench: PageProbe };
  const probe: PageProbe = { deckList: null, firstCard: null, lcp: 0, cls: 0, longTasks: [], frames: [] };
  w.__bench = probe;
  const observe = (type: string, take: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
    } catch {
      // Not supported here.
    }
  };
  observe('largest-contentful-paint', (e) => (probe.lcp = e.startTime));
  observe('layout-shift', (e) => {
    const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
    if (!shift.hadRecentInput) probe.cls += shift.value;
  });
  observe('longtask', (e) => probe.longTasks.push({ start: e.startTime, duration: e.duration }));
  const check = () => {
    if (probe.deckList === null && /\d+ due/.test(document.querySelector('.deck-list .deck-counts')?.textContent ?? ''))
      probe.deckList = performance.now();
    if (probe.firstCard === null && document.querySelector('button.reveal')) probe.firstCard = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  const tick = (t: number) => {
    probe.frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export const readProbe = (page: Page): Promise<PageProbe> =>
  page.evaluate(() => (window as unknown as { __bench: PageProbe }).__bench);

/** Forgets frames and long tasks seen so far (a measured step starts from here). */
export const resetFrames = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const probe = (window as unknown as { __bench: PageProbe }).__bench;
    probe.frames.length = 0;
    probe.longTasks.length = 0;
    return performance.now();
  });

/** Reveals and grades Good `count` times on the study screen; each grade timed from the click to the next card. */
export function gradeLoop(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const until = (ready: () => boolean) =>
      new Promise<number>((resolve) => {
        if (ready()) return resolve(performance.now());
        const watcher = new MutationObserver(() => {
          if (!ready()) return;
          watcher.disconnect();
          resolve(performance.now());
        });
        watcher.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const reveal = document.querySelector<HTMLButtonElement>('button.reveal');
      if (!reveal) break;
      reveal.click();
      await until(() => !!document.querySelector('.grade-good'));
      const good = document.querySelector<HTMLButtonElement>('.grade-good')!;
      const started = performance.now();
      good.click();
      const shown = await until(
        () => !document.querySelector('.grade-good') && !!document.querySelector('button.reveal, .done'),
      );
      times.push(shown - started);
    }
    return times;
  }, count);
}

/** The app's "prepdeck:<name>" User Timing measures so far, in ms. */
export const appMeasures = (page: Page, name: string): Promise<number[]> =>
  page.evaluate((n) => performance.getEntriesByName(`prepdeck:${n}`, 'measure').map((e) => e.duration), name);

/** Worst gap between painted frames since the last reset, in ms. */
export const worstFrameGap = (frames: number[]): number =>
  frames.reduce((worst, t, i) => (i === 0 ? 0 : Math.max(worst, t - frames[i - 1]!)), 0);
