import { describe, expect, it } from 'vitest';
import {
  describeBackupSaved,
  describeDeleted,
  describeExported,
  describeImported,
  describeRestored,
  plural,
} from '../../src/domain/data-messages';

const counts = { decks: 5, cards: 1, schedules: 1, reviews: 0, settings: 2, styles: 0, media: 0 };

describe('what the Import and Your data screens say', () => {
  it('counts with the right plural', () => {
    expect(plural(1, 'card')).toBe('1 card');
    expect(plural(0, 'card')).toBe('0 cards');
  });

  it('an import names its cards and decks', () => {
    const deck = (name: string, newCards: number, updatedCards: number) => ({ name, newCards, updatedCards });
    expect(describeImported({ decks: [deck('Spanish', 3, 2)] as never })).toBe('Imported 5 cards into Spanish.');
    expect(describeImported({ decks: [deck('A', 1, 0), deck('B', 0, 0)] as never })).toBe('Imported 1 card into A, B.');
  });

  it('a backup names its file and what it holds; media only when there are some', () => {
    expect(describeBackupSaved('prepdeck-backup-2026-12-02.zip', counts)).toBe(
      'Saved prepdeck-backup-2026-12-02.zip: 5 decks, 1 card, 0 reviews.',
    );
    expect(describeBackupSaved('b.zip', { ...counts, media: 1 })).toBe(
      'Saved b.zip: 5 decks, 1 card, 0 reviews, 1 media file.',
    );
  });

  it('an export, a restore and a deletion', () => {
    expect(describeExported('Spanish.txt', 'Spanish', 12)).toBe('Saved Spanish.txt: the deck "Spanish" with 12 cards.');
    expect(describeRestored({ decks: 1, cards: 2, reviews: 1 })).toBe('Restored 1 deck, 2 cards and 1 review.');
    expect(describeDeleted('Spanish', 1)).toBe('Deleted "Spanish": 1 card and their progress.');
  });
});
