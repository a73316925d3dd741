/**
 * The update flow between the page and its service worker, written against the register
 * function that src/app/pwa.ts passes in (vite-plugin-pwa's registerSW), so it can be tested
 * without the plugin's virtual module.
 *
 * Updates wait for the user. A new worker installs in the background and waits; the page
 * shows "Update available" (needRefresh) and only when the user taps it does the new worker
 * take over and the page reload, so no card is ever interrupted. The very first install
 * says "Ready to work offline" once (offlineReady).
 */
import { signal } from '@preact/signals';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

export type RegisterSW = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

/** Look for a new version this often while the app stays open (as an installed app may for days). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Creates the bridge's state and actions over a register function. */
export function createSwBridge(register: RegisterSW, reloadPage: () => void = () => window.location.reload()) {
  /** A new version is installed and waiting for the user's go-ahead. */
  const needRefresh = signal(false);
  /** The app has just been cached for offline use for the first time. */
  const offlineReady = signal(false);

  let activateWaitingWorker: ((reloadPage?: boolean) => Promise<void>) | undefined;
  let userAcceptedUpdate = false;
  /** Another tab accepted the update: this page now runs under the new worker but shows the old code. */
  let controllerChangedElsewhere = false;

  return {
    needRefresh,
    offlineReady,

    /** Registers the service worker. */
    start(): void {
      activateWaitingWorker = register({
        immediate: true,
        onNeedRefresh() {
          needRefresh.value = true;
        },
        onOfflineReady() {
          offlineReady.value = true;
        },
        // Called when a new worker takes control. The plugin's default is to reload at once,
        // which would also happen when the update was accepted in another tab, in the middle
        // of a card here: reload only if this page asked for it, else keep offering the banner.
        onNeedReload() {
          if (userAcceptedUpdate) reloadPage();
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
    },

    /** The user tapped "Reload": let the waiting worker take over, then reload into the new version. */
    async applyUpdate(): Promise<void> {
      userAcceptedUpdate = true;
      if (controllerChangedElsewhere || !activateWaitingWorker) {
        reloadPage();
        return;
      }
      await activateWaitingWorker(true);
    },

    /** Hides "Ready to work offline" once the user has seen it. */
    dismissOfflineReady(): void {
      offlineReady.value = false;
    },

    /** Hides the update banner for now; the waiting version takes over once every tab is closed. */
    dismissUpdate(): void {
      needRefresh.value = false;
    },
  };
}
