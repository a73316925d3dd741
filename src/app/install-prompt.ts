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
/** Offer it in the message area: the browser can install and the user has not said "Not now". */
export const offerInstall = signal(false);
/** iOS Safari, not yet installed, hint not dismissed: show the Share → Add to Home Screen hint. */
export const showIosHint = signal(false);

const IOS_HINT_DISMISSED = 'prepdeck:ios-install-hint-dismissed';
const INSTALL_NOT_NOW = 'prepdeck:install-not-now';

function remembered(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    // Storage blocked: ask again next visit.
    return false;
  }
}

function remember(key: string): void {
  try {
    localStorage.setItem(key, '1');
  } catch {
    // Storage blocked: hidden for this visit only.
  }
}
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
    offerInstall.value = !remembered(INSTALL_NOT_NOW);
  });
  window.addEventListener('appinstalled', () => {
    deferred = undefined;
    canInstall.value = false;
    offerInstall.value = false;
  });
  showIosHint.value =
    !remembered(IOS_HINT_DISMISSED) &&
    !isStandalone() &&
    isIosSafari(navigator.userAgent, navigator.platform, navigator.maxTouchPoints);
}

/** Shows the browser's install dialog (a user gesture must call this). */
export async function promptInstall(): Promise<void> {
  const event = deferred;
  if (!event) return;
  deferred = undefined;
  canInstall.value = false;
  offerInstall.value = false;
  await event.prompt();
  await event.userChoice;
}

/** The user closed the iOS hint: don't show it again. */
export function dismissIosHint(): void {
  showIosHint.value = false;
  remember(IOS_HINT_DISMISSED);
}

/** "Not now": no more offers in the message area; Settings keeps an Install button. */
export function declineInstall(): void {
  offerInstall.value = false;
  remember(INSTALL_NOT_NOW);
}
