import { effect } from '@preact/signals';
import { render } from 'preact';
import { loadBuiltinDecks } from './app/builtin-decks';
import { systemClock } from './app/clock';
import { pendingFiles } from './app/pending-files';
import { createRecovery } from './app/recovery';
import { currentPath, followHashChanges } from './app/router';
import { createAppServices, type AppServices } from './app/services';
import { watchInstallability } from './app/install-prompt';
import * as pwa from './app/pwa';
import { reportDatabaseProblem, reportStartFailure, storageProblem } from './app/storage-health';
import { askAgainIfSpaceTight, persistOnceProgressExists } from './app/storage-persistence';
import { DB_NAME, openAppDb } from './storage/db';
import { App } from './ui/App';
import { InstallPrompt } from './ui/InstallPrompt';
import { StorageNotices } from './ui/StorageNotices';
import { StorageProblemPanel } from './ui/StorageProblemPanel';
import { StorageStatus } from './ui/StorageStatus';
import { navigate } from './ui/routes';
import { UpdateBanner } from './ui/UpdateBanner';
import './ui/styles.css';

// Before the database opens: even a release whose start-up fails can still be updated.
pwa.startServiceWorker();
watchInstallability();
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
  // Due counts follow the clock; a tab left open overnight rolls over to the new study day.
  setInterval(() => services.state.tick(), 15_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') services.state.tick();
    // On a phone, switching apps is how a session ends: the day's backup is made then.
    else void services.autoBackups.afterSession();
  });
}

/** The day's automatic backup follows the first study session: made when the study screen is left or runs out of cards. */
function watchForDailyBackup(services: AppServices): void {
  let studying = false;
  effect(() => {
    const inStudy = currentPath.value.startsWith('study/');
    const finished = services.study.session.value?.current === null;
    if ((studying && !inStudy) || (inStudy && finished)) void services.autoBackups.afterSession();
    studying = inStudy;
  });
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
