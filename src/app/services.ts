/**
 * The app's parts over one database and clock: the shared state, the study session and the
 * card assets. Screens get these through the UI's context; a feature with a screen of its own
 * builds its state from them when the screen first opens (see src/ui/routes.tsx).
 */
import { createAppState, type AppDeps } from './app-state';
import { createCardAssets } from './card-assets';
import { createInterviewGuide } from './interview-guide';
import { createStudySession } from './study-session';

export type AppServices = ReturnType<typeof createAppServices>;

/** Builds the app's state and features over an open database. */
export function createAppServices(deps: AppDeps) {
  const state = createAppState(deps);
  return {
    db: deps.db,
    clock: deps.clock,
    state,
    /** The interview's roles and date, and the plan toward it (it caps the roles' decks' new cards). */
    guide: createInterviewGuide(state, deps),
    study: createStudySession(state, deps),
    assets: createCardAssets(state, deps.db),
  };
}
