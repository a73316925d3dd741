/**
 * The app's parts over one database and clock: the shared state, the card assets and, loaded
 * when first needed (it brings the scheduler, ts-fsrs), the study session. Screens get these
 * through the UI's context; a feature with a screen of its own builds its state from them when
 * the screen first opens (see src/ui/routes.tsx).
 */
import { createAppState, type AppDeps } from './app-state';
import { createAutoBackups, type AutoBackupDeps } from './auto-backups';
import { createCardAssets } from './card-assets';
import { createInterviewGuide } from './interview-guide';
import type { StudyState } from './study-session';

export type AppServices = ReturnType<typeof createAppServices>;

/** Builds the app's state and features over an open database; `backups` replaces the backup folder and runner (tests). */
export function createAppServices(deps: AppDeps & { backups?: Pick<AutoBackupDeps, 'openFolder' | 'runBackup'> }) {
  const state = createAppState(deps);
  let study: Promise<StudyState> | undefined;
  return {
    db: deps.db,
    clock: deps.clock,
    loadBuiltinDecks: deps.loadBuiltinDecks,
    state,
    /** The interview's roles and date, and the plan toward it (it sets the chosen roles' new cards a day). */
    guide: createInterviewGuide(state, deps),
    autoBackups: createAutoBackups({ db: deps.db, clock: deps.clock, state, ...deps.backups }),
    assets: createCardAssets(state, deps.db),
    /** The study session, made once (its code loads on first use). */
    loadStudy: (): Promise<StudyState> =>
      (study ??= import('./study-session').then(({ createStudySession }) => createStudySession(state, deps))),
  };
}
