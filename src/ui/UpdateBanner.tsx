import type { ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { currentRoute } from './routes';
import './pwa-banners.css';

/** What the banner needs from src/app/pwa.ts; App passes the module itself: `<UpdateBanner {...pwa} />`. */
export interface UpdateBannerProps {
  needRefresh: ReadonlySignal<boolean>;
  offlineReady: ReadonlySignal<boolean>;
  applyUpdate: () => unknown;
  dismissUpdate: () => void;
  dismissOfflineReady: () => void;
}

/** How long "Ready to work offline" stays before it goes by itself. */
export const OFFLINE_READY_MS = 6000;

/**
 * "Update available — reload" and, after the first install, "Ready to work offline".
 * A polite live region that never takes focus: a person in the middle of a card finishes it
 * and reloads when they choose.
 */
export function UpdateBanner({
  needRefresh,
  offlineReady,
  applyUpdate,
  dismissUpdate,
  dismissOfflineReady,
}: UpdateBannerProps) {
  const update = needRefresh.value;
  // Not over a card being studied: the news waits for the next screen.
  const ready = !update && offlineReady.value && currentRoute().route.name !== 'study';
  // "Ready to work offline" is news once: it goes by itself rather than stay over a card.
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(dismissOfflineReady, OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [ready]);
  return (
    <div class="pwa-banner-region" role="status" aria-live="polite">
      {update ? (
        <div class="pwa-banner">
          <span class="pwa-banner-text">Update available</span>
          <button type="button" class="button primary" onClick={() => void applyUpdate()}>
            Reload
          </button>
          <button type="button" class="button" onClick={dismissUpdate}>
            Later
          </button>
        </div>
      ) : null}
      {ready ? (
        <div class="pwa-banner">
          <span class="pwa-banner-text">Ready to work offline</span>
          <button type="button" class="button" onClick={dismissOfflineReady}>
            OK
          </button>
        </div>
      ) : null}
    </div>
  );
}
