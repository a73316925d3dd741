import { canInstall, dismissIosHint, promptInstall, showIosHint } from '../app/install-prompt';
import { currentRoute } from './routes';
import './pwa-banners.css';

/**
 * An Install button where the browser offers one (Chromium's beforeinstallprompt), or a short
 * "Share → Add to Home Screen" hint on iOS Safari. Renders nothing otherwise.
 * watchInstallability() must run at start-up so the browser's event is not missed.
 * Offered on the deck list and in Settings only: never over a card being studied.
 */
export function InstallPrompt() {
  if (currentRoute().route.name === 'study') return null;
  if (canInstall.value) {
    return (
      <div class="install-bar">
        <span class="install-bar-text">Install PrepDeck to study offline from your home screen.</span>
        <button type="button" class="button primary" onClick={() => void promptInstall()}>
          Install
        </button>
      </div>
    );
  }
  if (showIosHint.value) {
    return (
      <div class="install-bar">
        <span class="install-bar-text">
          To install: tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>.
        </span>
        <button type="button" class="button subtle link" onClick={dismissIosHint} aria-label="Hide install hint">
          ×
        </button>
      </div>
    );
  }
  return null;
}
