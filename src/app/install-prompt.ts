/**
 * "Add to home screen": Chromium offers a deferred `beforeinstallprompt` event that a button
 * can replay; iOS Safari has no such event and installs only from Share → Add to Home Screen,
 * so there we show a hint instead.
 */
import { signal } from '@preact/signals';

/** Chromium's event (not in the DOM typings): https://developer.mozilla.org/docs/Web/API/BeforeInstallPromptEvent */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** The browser would install the app if asked: show an Install button. */
export const canInstall = signal(false);
/** iOS Safari, not yet installed, hint not dismissed: show the Share → Add to Home Screen hint. */
export const showIosHint = signal(false);

const IOS_HINT_DISMISSED = 'prepdeck:ios-install-hint-dismissed';
let deferred: BeforeInstallPromptEvent | undefined;

/** True on iPhone/iPad Safari (iPadOS reports itself as a Mac with touch), false in other iOS browsers. */
export function isIosSafari(userAgent: string, platform: string, maxTouchPoints: number): boolean {
  const ios = /iPad|iPhone|iPod/.test(userAgent) || (platform === 'MacIntel' && maxTouchPoints > 1);
  const otherBrowser = /CriOS|FxiOS|EdgiOS|OPiOS|GSA\//.test(userAgent);
  return ios && !otherBrowser && /Safari/.test(userAgent);
}

function isStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || window.matchMedia?.('(display-mode: standalone)').matches === true;
}

/** Starts listening; call once at start-up, before the browser fires its event. */
export function watchInstallability(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    // Keep the browser's own mini-infobar away; our button replays the event when tapped.
    event.preventDefault();
    deferred = event as BeforeInstallPromptEvent;
    canInstall.value = true;
  });
  window.addEventListener('appinstalled', () => {
    deferred = undefined;
    canInstall.value = false;
  });
  let dismissed = false;
  try {
    dismissed = localStorage.getItem(IOS_HINT_DISMISSED) === '1';
  } catch {
    // Storage blocked: show the hint, it can still be closed for this visit.
  }
  showIosHint.value =
    !dismissed && !isStandalone() && isIosSafari(navigator.userAgent, navigator.platform, navigator.maxTouchPoints);
}

/** Shows the browser's install dialog (a user gesture must call this). */
export async function promptInstall(): Promise<void> {
  const event = deferred;
  if (!event) return;
  deferred = undefined;
  canInstall.value = false;
  await event.prompt();
  await event.userChoice;
}

/** The user closed the iOS hint: don't show it again. */
export function dismissIosHint(): void {
  showIosHint.value = false;
  try {
    localStorage.setItem(IOS_HINT_DISMISSED, '1');
  } catch {
    // Storage blocked: hidden for this visit only.
  }
}
