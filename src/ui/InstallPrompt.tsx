import {
  canInstall,
  declineInstall,
  dismissIosHint,
  offerInstall,
  promptInstall,
  showIosHint,
} from '../app/install-prompt';
import { currentRoute } from './routes';
import './pwa-banners.css';

/**
 * An Install button where the browser offers one (Chromium's beforeinstallprompt), or a short
 * "Share → Add to Home Screen" hint on iOS Safari. Renders nothing otherwise.
 * watchInstallability() must run at start-up so the browser's event is not missed.
 * Offered in the message area, never over a card being studied; "Not now" is remembered
 * (Settings keeps an Install button: InstallButton).
 */
export function InstallPrompt() {
  if (currentRoute().route.name === 'study') return null;
  if (offerInstall.value) {
    return (
      <div class="install-bar">
        <span class="install-bar-text">Install PrepDeck to study offline from your home screen.</span>
        <button type="button" class="button primary" onClick={() => void promptInstall()}>
          Install
        </button>
        <button type="button" class="button subtle" onClick={declineInstall}>
          Not now
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

/** Settings: Install stays available after "Not now", for as long as the browser offers it. */
export function InstallButton() {
  if (!canInstall.value) return null;
  return (
    <section aria-labelledby="install-heading">
      <h2 id="install-heading">Install</h2>
      <p class="hint">Install PrepDeck to open it from your home screen and study offline.</p>
      <button type="button" class="button" onClick={() => void promptInstall()}>
        Install PrepDeck
      </button>
    </section>
  );
}
