import type { AppDb } from './db';
import { runWriteTransaction } from './write-transaction';

export interface DeletedDeck {
  cards: number;
  reviews: number;
  media: number;
}

/** Queue slots go with their cards (issue 14), media packs with their files (issue 15), rehearsal attempts and recordings with their questions (issue 9). */
const DELETE_STORES: [
  'decks',
  'cards',
  'schedules',
  'reviews',
  'media',
  'mediaPacks',
  'queueSlots',
  'attempts',
  'recordings',
] = ['decks', 'cards', 'schedules', 'reviews', 'media', 'mediaPacks', 'queueSlots', 'attempts', 'recordings'];

/**
 * Deletes an imported deck with its cards, their progress and review log, their rehearsal
 * attempts and recordings, and the media files no remaining card refers to, in one transaction
 * (STAR stories stay: they are the candidate's writing, and only lose the link). Built-in decks cannot be deleted (they come
 * back with every app version); subdecks ("A::B" under "A") are separate decks, left alone.
 */
export async function deleteDeck(db: AppDb, deckId: string): Promise<DeletedDeck> {
  return runWriteTransaction(db, DELETE_STORES, async (tx, write) => {
    const deck = await tx.objectStore('decks').get(deckId);
    if (!deck) throw new Error('That deck no longer exists.');
    if (deck.source === 'builtin') throw new Error(`"${deck.name}" comes with the app and cannot be deleted.`);
    const cards = await tx.objectStore('cards').index('by-deck').getAll(deckId);
    const [scheduleKeys, reviewKeys, attemptKeys] = await Promise.all([
      tx.objectStore('schedules').index('by-deck').getAllKeys(deckId),
      tx.objectStore('reviews').index('by-deck').getAllKeys(deckId),
      tx.objectStore('attempts').index('by-deck').getAllKeys(deckId),
    ]);
    const recordingKeys = (
      await Promise.all(cards.map((card) => tx.objectStore('recordings').index('by-card').getAllKeys(card.id)))
    ).flat();
    const scopes = new Set(cards.flatMap((c) => (c.mediaScope ? [c.mediaScope] : [])));
    // A media scope still used by a card of another deck (a package's subdeck) keeps its files.
    if (scopes.size > 0) {
      let cursor = await tx.objectStore('cards').openCursor();
      while (cursor) {
        if (cursor.value.deckId !== deckId && cursor.value.mediaScope) scopes.delete(cursor.value.mediaScope);
        cursor = await cursor.continue();
      }
    }
    const [mediaKeys, packKeys] = await Promise.all([
      Promise.all([...scopes].map((scope) => tx.objectStore('media').index('by-scope').getAllKeys(scope))),
      Promise.all([...scopes].map((scope) => tx.objectStore('mediaPacks').index('by-scope').getAllKeys(scope))),
    ]).then((lists) => lists.map((keys) => keys.flat()));
    for (const card of cards) await write(tx.objectStore('cards').delete(card.id));
    for (const card of cards) await write(tx.objectStore('queueSlots').delete(card.id));
    for (const key of scheduleKeys) await write(tx.objectStore('schedules').delete(key));
    for (const key of reviewKeys) await write(tx.objectStore('reviews').delete(key));
    for (const key of mediaKeys!) await write(tx.objectStore('media').delete(key));
    for (const key of packKeys!) await write(tx.objectStore('mediaPacks').delete(key));
    for (const key of attemptKeys) await write(tx.objectStore('attempts').delete(key));
    for (const key of recordingKeys) await write(tx.objectStore('recordings').delete(key));
    await write(tx.objectStore('decks').delete(deckId));
    return { cards: cards.length, reviews: reviewKeys.length, media: mediaKeys!.length };
  });
}
