import { canInstall, dismissIosHint, promptInstall, showIosHint } from '../app/install-prompt';

/**
 * An Install button where the browser offers one (Chromium's beforeinstallprompt), or a short
 * "Share → Add to Home Screen" hint on iOS Safari. Renders nothing otherwise.
 * Call watchInstallability() from main.tsx at start-up so the browser's event is not missed.
 */
export function InstallPrompt() {
  if (canInstall.value) {
    return (
      <button type="button" class="button install-button" onClick={() => void promptInstall()}>
        Install app
      </button>
    );
  }
  if (showIosHint.value) {
    return (
      <p class="install-hint">
        Install: tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>.{' '}
        <button type="button" class="button link" onClick={dismissIosHint} aria-label="Hide install hint">
          ×
        </button>
      </p>
    );
  }
  return null;
}
