/**
 * The page side of the service worker: the only module that imports virtual:pwa-register.
 *
 * Updates wait for the user. A new worker installs in the background and waits; the page
 * shows "Update available" (needRefresh) and only when the user taps it does the new worker
 * take over and the page reload, so no card is ever interrupted. The very first install
 * says "Ready to work offline" once (offlineReady).
 */
import { signal } from '@preact/signals';
import { registerSW } from 'virtual:pwa-register';

/** A new version is installed and waiting for the user's go-ahead. */
export const needRefresh = signal(false);
/** The app has just been cached for offline use for the first time. */
export const offlineReady = signal(false);

/** The build this page runs (VITE_APP_BUILD at build time, else the package version). */
export const appBuild: string = import.meta.env.VITE_APP_BUILD ?? 'dev';

/** Look for a new version this often while the app stays open (as an installed app may for days). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let activateWaitingWorker: ((reloadPage?: boolean) => Promise<void>) | undefined;
let userAcceptedUpdate = false;
/** Another tab accepted the update: this page now runs under the new worker but shows the old code. */
let controllerChangedElsewhere = false;

/** Registers the service worker (production builds only; a no-op where unsupported). */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  activateWaitingWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      needRefresh.value = true;
    },
    onOfflineReady() {
      offlineReady.value = true;
    },
    // Called when a new worker takes control. The plugin's default is to reload at once, which
    // would also happen when the update was accepted in another tab, in the middle of a card
    // here: reload only if this page asked for it, otherwise keep offering the banner.
    onNeedReload() {
      if (userAcceptedUpdate) window.location.reload();
      else {
        controllerChangedElsewhere = true;
        needRefresh.value = true;
      }
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (document.visibilityState === 'visible' && navigator.onLine) void registration.update().catch(() => {});
      }, UPDATE_CHECK_MS);
    },
    onRegisterError(error: unknown) {
      // Not fatal: the app works online without a worker. Warn rather than error.
      console.warn('Service worker registration failed', error);
    },
  });
}

/** The user tapped "reload": let the waiting worker take over, then reload into the new version. */
export async function applyUpdate(): Promise<void> {
  userAcceptedUpdate = true;
  if (controllerChangedElsewhere || !activateWaitingWorker) {
    window.location.reload();
    return;
  }
  await activateWaitingWorker(true);
}

/** Hides "Ready to work offline" once the user has seen it. */
export function dismissOfflineReady(): void {
  offlineReady.value = false;
}

/** Hides the update banner for now; the waiting version takes over when every tab is closed. */
export function dismissUpdate(): void {
  needRefresh.value = false;
}
