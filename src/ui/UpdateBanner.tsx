import type { ReadonlySignal } from '@preact/signals';
import './pwa-banners.css';

/** What the banner needs from src/app/pwa.ts; App passes the module itself: `<UpdateBanner {...pwa} />`. */
export interface UpdateBannerProps {
  needRefresh: ReadonlySignal<boolean>;
  offlineReady: ReadonlySignal<boolean>;
  applyUpdate: () => unknown;
  dismissUpdate: () => void;
  dismissOfflineReady: () => void;
}

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
  const ready = !update && offlineReady.value;
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
