/** Study's gesture preference as state, shared by the study screen and Settings. */
import { effect, signal } from '@preact/signals';
import { DEFAULT_STUDY_GESTURES, type StudyGestures } from '../domain/study-gestures';
import { loadStudyGestures, saveStudyGestures } from '../storage/study-gestures-store';
import { perServices } from './per-services';
import type { AppServices } from './services';

export type StudyGesturesState = ReturnType<typeof createStudyGestures>;

/** Builds the state; it loads when the app's data does, and again after a restore. */
export function createStudyGestures({ db, state }: Pick<AppServices, 'db' | 'state'>) {
  const gestures = signal<StudyGestures>(DEFAULT_STUDY_GESTURES);

  effect(() => {
    if (state.ready.value && state.generation.value > 0)
      void loadStudyGestures(db).then((stored) => (gestures.value = stored));
  });

  return {
    gestures,
    /** Saves a change; the switch shows it once it has committed. */
    async update(change: Partial<StudyGestures>): Promise<void> {
      const next = { ...gestures.value, ...change };
      await saveStudyGestures(db, next);
      gestures.value = next;
    },
  };
}

export const studyGesturesFor = perServices(createStudyGestures);
