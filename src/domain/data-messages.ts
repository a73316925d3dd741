/**
 * What the Import and Your data screens say after each action: what was written, saved,
 * restored or deleted, with the file name and the counts, in plain words.
 */
import type { BackupCounts } from './backup-format';
import { formatCount } from './format-bytes';
import type { ImportPlan } from './import-plan';

/** "1 card", "2 cards", "25,000 media files". */
export function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** After an import: how many cards went into which decks. */
export function describeImported(plan: Pick<ImportPlan, 'decks'>): string {
  const cards = plan.decks.reduce((n, d) => n + d.newCards + d.updatedCards, 0);
  return `Imported ${plural(cards, 'card')} into ${plan.decks.map((d) => d.name).join(', ')}.`;
}

/** After a backup was saved: the file and what it holds. */
export function describeBackupSaved(fileName: string, counts: BackupCounts): string {
  const media = counts.media > 0 ? `, ${plural(counts.media, 'media file')}` : '';
  return `Saved ${fileName}: ${plural(counts.decks, 'deck')}, ${plural(counts.cards, 'card')}, ${plural(counts.reviews, 'review')}${media}.`;
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
