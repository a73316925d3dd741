/**
 * Finds a Chromium for the browser tests and the icon script, in the order the project
 * documents: $CHROMIUM_PATH, then `chromium` on the PATH (Debian's package), then the browser
 * Playwright downloads for itself, if one is installed.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';

const NAMES_ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Returns the path of a Chromium executable, or throws an error that says how to get one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file.`);
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of NAMES_ON_PATH) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright-core throws when it has no browser of its own registered; fall through.
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one: on Debian/Ubuntu ' +
      '`sudo apt-get install -y chromium` (what .ci/run does), or set CHROMIUM_PATH to a ' +
      'Chromium or Chrome executable, or `npx playwright install chromium` where downloads work.',
  );
}

/**
 * Flags for a quiet headless Chromium: no sandbox (we run as root in CI), and none of the
 * background traffic to Google's hosts that a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
