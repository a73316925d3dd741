/**
 * What the Import and Your data screens say after each action: what was written, saved,
 * restored or deleted, with the file name and the counts, in plain words.
 */
import type { BackupCounts } from './backup-format';
import type { RehearsalCounts } from './backup-rehearsal';
import { formatCount } from './format-bytes';
import type { ImportPlan } from './import-plan';

/** "1 card", "2 cards", "25,000 media files"; "1 story", "2 stories" with the plural given. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : many}`;
}

/** After an import: how many cards went into which decks. */
export function describeImported(plan: Pick<ImportPlan, 'decks'>): string {
  const cards = plan.decks.reduce((n, d) => n + d.newCards + d.updatedCards, 0);
  return `Imported ${plural(cards, 'card')} into ${plan.decks.map((d) => d.name).join(', ')}.`;
}

/** After a backup was saved: the file and what it holds. */
export function describeBackupSaved(
  fileName: string,
  counts: BackupCounts & Partial<Pick<RehearsalCounts, 'stories' | 'recordings'>>,
): string {
  const media = counts.media > 0 ? `, ${plural(counts.media, 'media file')}` : '';
  const stories = counts.stories ? `, ${plural(counts.stories, 'story', 'stories')}` : '';
  const recordings = counts.recordings ? `, ${plural(counts.recordings, 'recording')}` : '';
  return `Saved ${fileName}: ${plural(counts.decks, 'deck')}, ${plural(counts.cards, 'card')}, ${plural(counts.reviews, 'review')}${media}${stories}${recordings}.`;
}

/** After a deck was exported. */
export function describeExported(fileName: string, deckName: string, cards: number): string {
  return `Saved ${fileName}: the deck "${deckName}" with ${plural(cards, 'card')}.`;
}

/** After a restore: what the device now holds. */
export function describeRestored(counts: Pick<BackupCounts, 'decks' | 'cards' | 'reviews'>): string {
  return `Restored ${plural(counts.decks, 'deck')}, ${plural(counts.cards, 'card')} and ${plural(counts.reviews, 'review')}.`;
}

/** After a deck was deleted. */
export function describeDeleted(deckName: string, cards: number): string {
  return `Deleted "${deckName}": ${plural(cards, 'card')} and their progress.`;
}

/** After the stories and rehearsals were exported. */
export function describeStoriesExported(fileName: string, stories: number, attempts: number): string {
  return `Saved ${fileName}: ${plural(stories, 'story', 'stories')} and ${plural(attempts, 'rehearsed answer')}.`;
}
