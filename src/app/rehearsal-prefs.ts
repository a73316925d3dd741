/** Rehearsal's settings as state, shared by the Rehearse screen and Settings. */
import { effect, signal } from '@preact/signals';
import { DEFAULT_REHEARSAL_PREFS, type RehearsalPrefs } from '../domain/rehearsal-prefs';
import { loadRehearsalPrefs, saveRehearsalPrefs } from '../storage/rehearsal-prefs-store';
import { perServices } from './per-services';
import type { AppServices } from './services';

export type RehearsalPrefsState = ReturnType<typeof createRehearsalPrefs>;

/** Builds the prefs state; it loads when the app's data does, and again after a restore. */
export function createRehearsalPrefs({ db, state }: Pick<AppServices, 'db' | 'state'>) {
  const prefs = signal<RehearsalPrefs>(DEFAULT_REHEARSAL_PREFS);
  const loaded = signal(false);

  async function load(): Promise<void> {
    prefs.value = await loadRehearsalPrefs(db);
    loaded.value = true;
  }

  effect(() => {
    if (state.ready.value && state.generation.value > 0) void load();
  });

  return {
    prefs,
    loaded,
    load,
    /** Saves a change; the screen shows it once it has committed. */
    async update(change: Partial<RehearsalPrefs>): Promise<void> {
      const next = { ...prefs.value, ...change };
      await saveRehearsalPrefs(db, next);
      prefs.value = next;
    },
  };
}

export const rehearsalPrefsFor = perServices(createRehearsalPrefs);
