/**
 * The recorded answers as state: the newest ones (for the Rehearse screen), one question's
 * (for the answer just given), how much room they take (for Settings), and deleting one or all.
 * Recordings stay in IndexedDB on the device; nothing here sends them anywhere.
 */
import { effect, signal } from '@preact/signals';
import type { RecordingRecord } from '../domain/model';
import {
  deleteAllRecordings,
  deleteRecording,
  loadRecentRecordings,
  loadRecordingsForCard,
  measureRecordings,
  saveRecording,
} from '../storage/recording-store';
import { perServices } from './per-services';
import type { AppServices } from './services';

export type RecordingLibrary = ReturnType<typeof createRecordingLibrary>;

/** How many recent recordings the Rehearse screen lists. */
export const RECENT_LIMIT = 20;

/** Builds the recordings state over the database. */
export function createRecordingLibrary({ db, state }: Pick<AppServices, 'db' | 'state'>) {
  const recent = signal<RecordingRecord[]>([]);
  const usage = signal<{ count: number; bytes: number } | null>(null);
  /** Recordings of the questions asked lately, by card id. */
  const byCard = signal<ReadonlyMap<string, RecordingRecord[]>>(new Map());

  async function refresh(): Promise<void> {
    const [latest, measured] = await Promise.all([loadRecentRecordings(db, RECENT_LIMIT), measureRecordings(db)]);
    recent.value = latest;
    usage.value = measured;
  }

  async function refreshCard(cardId: string): Promise<void> {
    const list = await loadRecordingsForCard(db, cardId);
    const next = new Map(byCard.value);
    next.set(cardId, list);
    byCard.value = next;
  }

  effect(() => {
    if (state.ready.value && state.generation.value > 0) {
      byCard.value = new Map();
      void refresh();
    }
  });

  return {
    recent,
    usage,
    byCard,
    refresh,
    refreshCard,

    /** Keeps a recording; the lists follow once it has committed. */
    async save(recording: RecordingRecord): Promise<void> {
      await saveRecording(db, recording);
      await Promise.all([refresh(), refreshCard(recording.cardId)]);
    },

    async remove(recording: Pick<RecordingRecord, 'id' | 'cardId'>): Promise<void> {
      await deleteRecording(db, recording.id);
      await Promise.all([refresh(), refreshCard(recording.cardId)]);
    },

    /** Deletes every recording; resolves with how many went. */
    async removeAll(): Promise<number> {
      const count = await deleteAllRecordings(db);
      byCard.value = new Map();
      await refresh();
      return count;
    },
  };
}

export const recordingLibraryFor = perServices(createRecordingLibrary);
