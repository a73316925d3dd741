/** STAR stories: the candidate's own writing, kept on the device. */
import type { StarStory } from '../domain/model';
import type { AppDb } from './db';

/** Every story. */
export async function loadStories(db: AppDb): Promise<StarStory[]> {
  return db.getAll('stories');
}

/** The stories linked to one question, through the `by-question` index. */
export async function loadStoriesForQuestion(db: AppDb, cardId: string): Promise<StarStory[]> {
  return db.getAllFromIndex('stories', 'by-question', cardId);
}

/** Saves (adds or replaces) a story; resolves once it has committed. */
export async function saveStory(db: AppDb, story: StarStory): Promise<void> {
  await db.put('stories', story);
}

/** Deletes a story; resolves with it (for undo), or undefined if there was none. */
export async function deleteStory(db: AppDb, id: string): Promise<StarStory | undefined> {
  const tx = db.transaction('stories', 'readwrite');
  const story = await tx.store.get(id);
  if (story) await tx.store.delete(id);
  await tx.done;
  return story;
}
