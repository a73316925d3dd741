import { signal } from '@preact/signals';
import { render } from 'preact';
import { systemClock } from './app/clock';
import { pendingFiles } from './app/pending-files';
import { followHashChanges } from './app/router';
import { createAppServices } from './app/services';
import { watchConnectivity } from './app/connectivity';
import { watchInstallability } from './app/install-prompt';
import * as pwa from './app/pwa';
import { persistOnceProgressExists } from './app/storage-persistence';
import { openAppDb } from './storage/db';
import { App } from './ui/App';
import { InstallButton, InstallPrompt } from './ui/InstallPrompt';
import { StorageStatus } from './ui/StorageStatus';
import { preloadScreen } from './ui/Lazy';
import { navigate } from './ui/routes';
import { UpdateBanner } from './ui/UpdateBanner';
import './ui/styles.css';

const fatal = signal<string | null>(null);
// Before the database opens: even a release whose start-up fails can still be updated.
pwa.startServiceWorker();
watchInstallability();
watchConnectivity();
const banners = (
  <>
    <UpdateBanner {...pwa} />
    <InstallPrompt />
  </>
);
const RELOAD_MESSAGE = 'PrepDeck was updated in another tab. Reload this tab to go on; your progress is saved.';

async function boot(): Promise<void> {
  const root = document.getElementById('app')!;
  const db = await openAppDb(undefined, {
    onVersionChange: () => (fatal.value = RELOAD_MESSAGE),
    onBlocked: () =>
      (fatal.value = 'PrepDeck is open in another tab with an older version. Close that tab (or reload it) to go on.'),
  });
  // The built-in decks (and their validator) load after the first paint: Home shows stored decks first.
  const loadBuiltinDecks = async () => (await import('./app/builtin-decks')).loadBuiltinDecks();
  const services = createAppServices({ db, clock: systemClock, loadBuiltinDecks });
  followHashChanges();
  acceptLaunchedFiles();
  // subscribe() renders at once and again whenever a fatal problem appears.
  fatal.subscribe((message) =>
    render(
      <App
        services={services}
        fatal={message}
        banners={banners}
        settingsExtras={
          <>
            <InstallButton />
            <StorageStatus />
            <p class="hint app-version">PrepDeck version {pwa.appBuild}</p>
          </>
        }
      />,
      root,
    ),
  );
  persistOnceProgressExists(services.state.hasProgress);
  await services.state.start();
  // Opening a deck stays instant: the study screen, the sanitizer and the scheduler load now, off the first paint.
  whenIdle(() => void preloadScreen('study', services).catch(() => undefined));
  // Due counts follow the clock; a tab left open overnight rolls over to the new study day.
  setInterval(() => services.state.tick(), 15_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') services.state.tick();
  });
}

/** Runs `work` once the page is idle (or soon, where requestIdleCallback does not exist). */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2_000 });
  else setTimeout(work, 200);
}

interface LaunchParams {
  files: { getFile(): Promise<File> }[];
}

/** Files opened with the installed app (the manifest's file_handlers) go to the import screen. */
function acceptLaunchedFiles(): void {
  const queue = (window as unknown as { launchQueue?: { setConsumer(consumer: (params: LaunchParams) => void): void } })
    .launchQueue;
  queue?.setConsumer(async (params) => {
    if (params.files.length === 0) return;
    pendingFiles.value = await Promise.all(params.files.map((handle) => handle.getFile()));
    navigate('import');
  });
}

boot().catch((error: unknown) => {
  fatal.value = `PrepDeck could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.getElementById('app')!.textContent = fatal.value;
});
