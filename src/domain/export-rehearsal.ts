/**
 * The candidate's stories and rehearsal attempts as one JSON file they can read, keep or move:
 * every field of each record, with the question's words beside its id (a file read months
 * later should say which question an answer was to). Recordings stay out: they go in backups.
 */
import type { CardRecord, RehearsalAttempt, StarStory } from './model';

export const REHEARSAL_EXPORT_FORMAT = 'prepdeck-stories-and-rehearsals';
export const REHEARSAL_EXPORT_VERSION = 1;

export interface RehearsalExportInput {
  stories: readonly StarStory[];
  attempts: readonly RehearsalAttempt[];
  /** The questions the stories and attempts refer to. */
  cardsById: ReadonlyMap<string, Pick<CardRecord, 'front'>>;
  now: number;
}

/** A file name for the export made at `now`, e.g. "prepdeck-stories-2026-11-02.json" (UTC date). */
export function rehearsalExportFileName(now: number): string {
  return `prepdeck-stories-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** The export as JSON text: stories by title, attempts oldest first. */
export function exportRehearsalJson({ stories, attempts, cardsById, now }: RehearsalExportInput): string {
  const question = (id: string) => cardsById.get(id)?.front ?? null;
  const data = {
    format: REHEARSAL_EXPORT_FORMAT,
    version: REHEARSAL_EXPORT_VERSION,
    exportedAt: now,
    stories: [...stories]
      .sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }))
      .map((story) => ({ ...story, questions: story.questionIds.map(question) })),
    attempts: [...attempts]
      .sort((a, b) => a.at - b.at)
      .map((attempt) => ({ ...attempt, question: question(attempt.cardId) })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
