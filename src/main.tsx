import { effect } from '@preact/signals';
import { render } from 'preact';
import { systemClock } from './app/clock';
import { pendingFiles } from './app/pending-files';
import { createRecovery } from './app/recovery';
import { currentPath, followHashChanges } from './app/router';
import { createAppServices, type AppServices } from './app/services';
import { watchConnectivity } from './app/connectivity';
import { watchInstallability } from './app/install-prompt';
import * as pwa from './app/pwa';
import { reportDatabaseProblem, reportStartFailure, storageProblem } from './app/storage-health';
import { askAgainIfSpaceTight, persistOnceProgressExists } from './app/storage-persistence';
import { DB_NAME, openAppDb } from './storage/db';
import { App } from './ui/App';
import { InstallButton, InstallPrompt } from './ui/InstallPrompt';
import { StorageNotices } from './ui/StorageNotices';
import { StorageProblemPanel } from './ui/StorageProblemPanel';
import { StorageStatus } from './ui/StorageStatus';
import { preloadScreen } from './ui/Lazy';
import { navigate } from './ui/routes';
import { UpdateBanner } from './ui/UpdateBanner';
import './ui/styles.css';

// Before the database opens: even a release whose start-up fails can still be updated.
pwa.startServiceWorker();
watchInstallability();
watchConnectivity();
// The built-in decks (and their validator) load after the first paint: Home shows stored decks first.
const loadBuiltinDecks = async () => (await import('./app/builtin-decks')).loadBuiltinDecks();
const recovery = createRecovery({ dbName: DB_NAME, clock: systemClock, loadBuiltinDecks });

async function boot(): Promise<void> {
  const root = document.getElementById('app')!;
  // Set when the database did not exist: a first visit, or the browser removed the app's data.
  let dataWasMissing = false;
  const db = await openAppDb(undefined, {
    onVersionChange: () => reportDatabaseProblem('updated'),
    onBlocked: () => reportDatabaseProblem('blocked'),
    onDeleted: () => reportDatabaseProblem('removed'),
    onClosedUnexpectedly: () => reportDatabaseProblem('closed'),
    onCreated: () => (dataWasMissing = true),
  });
  const services = createAppServices({ db, clock: systemClock, loadBuiltinDecks });
  followHashChanges();
  acceptLaunchedFiles();
  const banners = (
    <>
      <UpdateBanner {...pwa} />
      <InstallPrompt />
      <StorageNotices dataWasMissing={dataWasMissing} recovery={recovery} />
    </>
  );
  // Renders at once, and again whenever a problem stops the app (subscribe: only that signal re-renders it).
  storageProblem.subscribe((problem) =>
    render(
      <App
        services={services}
        fatal={problem}
        recovery={recovery}
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
  void askAgainIfSpaceTight();
  watchForDailyBackup(services);
  // Opening a deck stays instant: the study screen, the sanitizer and the scheduler load now, off the first paint.
  whenIdle(() => void preloadScreen('study', services).catch(() => undefined));
  // Due counts follow the clock; a tab left open overnight rolls over to the new study day.
  setInterval(() => services.state.tick(), 15_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') services.state.tick();
    // On a phone, switching apps is how a session ends: the day's backup is made then.
    else void services.autoBackups.afterSession();
  });
}

/**
 * The day's automatic backup follows the first study session: made when the study screen is
 * left or runs out of cards (the session's code loads with the study screen, so it is watched from then).
 */
function watchForDailyBackup(services: AppServices): void {
  let studying = false;
  let watchingSession = false;
  effect(() => {
    const inStudy = currentPath.value.startsWith('study/');
    if (studying && !inStudy) void services.autoBackups.afterSession();
    studying = inStudy;
    if (!inStudy || watchingSession) return;
    watchingSession = true;
    void services.loadStudy().then((study) =>
      effect(() => {
        if (study.session.value?.current === null) void services.autoBackups.afterSession();
      }),
    );
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
  reportStartFailure(error);
  render(<StorageProblemPanel problem={storageProblem.value!} recovery={recovery} />, document.getElementById('app')!);
});
