import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';
import { startStaticServer } from '../scripts/static-server';
import { seedCollection } from '../bench/scale/seed';
const server = await startStaticServer('/tmp/after-dist');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
await context.addInitScript(() => {
  (window as any).__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as any[]) (window as any).__shifts.push({ value: e.value, t: e.startTime, sources: (e.sources || []).map((s: any) => ({ node: s.node?.outerHTML?.slice(0, 120) ?? s.node?.nodeName, prev: JSON.stringify(s.previousRect), cur: JSON.stringify(s.currentRect) })) });
  }).observe({ type: 'layout-shift', buffered: true });
});
const page = await context.newPage();
await page.goto(server.url + 'seed.txt');
await seedCollection(page, 2000);
await page.goto(server.url);
await page.waitForSelector('.deck-counts');
await page.waitForTimeout(1500);
await page.goto(server.url);
await page.waitForSelector('.deck-counts');
await page.waitForTimeout(1500);
console.log(JSON.stringify(await page.evaluate(() => (window as any).__shifts), null, 1));
await page.screenshot({ path: '/tmp/diag/home.png' });
await browser.close(); await server.close();
