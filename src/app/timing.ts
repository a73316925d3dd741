/**
 * User Timing measures around the app's hot paths ("prepdeck:due-queue"): they show in the
 * browser's performance panel, and the scale benchmark (bench/scale-browser.ts) reads them.
 */
const PREFIX = 'prepdeck:';

/** Runs `work` and records how long it took under `name`, resolved or not. */
export async function measured<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(PREFIX + name, { start, end: performance.now() });
  }
}

/** The synchronous form of `measured`. */
export function measuredSync<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(PREFIX + name, { start, end: performance.now() });
  }
}
