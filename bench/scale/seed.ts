/**
 * Seeds a synthetic collection straight into IndexedDB, inside the page, at schema version 2
 * (the first shipped schema with every store): the app then opens it and upgrades it as it
 * would a real user's database. About 60% of the cards have been seen, with about five
 * reviews each; about 2% of the seen cards are due by the day's end. About 40 cards are in
 * learning or relearning whatever the size, as in a real collection (they are the cards
 * studied in the last hour or so, not a share of the collection): the first pass put 6% of
 * the cards there, which made the learning lane thousands of cards long.
 */
import type { Page } from 'playwright-core';

export interface SeedReport {
  cards: number;
  schedules: number;
  reviews: number;
  ms: number;
}

/** Writes `cards` cards (four decks, one with two subdecks) and their history into 'prepdeck' at v2. */
export async function seedCollection(page: Page, cards: number): Promise<SeedReport> {
  return page.evaluate(async (total) => {
    const started = performance.now();
    const DAY = 86_400_000;
    const now = Date.now();
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('prepdeck', 2);
      request.onupgradeneeded = () => {
        const d = request.result;
        d.createObjectStore('decks', { keyPath: 'id' });
        d.createObjectStore('cards', { keyPath: 'id' }).createIndex('by-deck', 'deckId');
        const schedules = d.createObjectStore('schedules', { keyPath: 'cardId' });
        schedules.createIndex('by-deck', 'deckId');
        schedules.createIndex('by-due', 'due');
        const reviews = d.createObjectStore('reviews', { keyPath: 'id', autoIncrement: true });
        reviews.createIndex('by-card', 'cardId');
        reviews.createIndex('by-deck', 'deckId');
        reviews.createIndex('by-review', 'review');
        d.createObjectStore('settings');
        d.createObjectStore('media', { keyPath: 'id' }).createIndex('by-scope', 'scope');
        d.createObjectStore('styles', { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const decks = [
      { id: 'bench-vocab', name: 'Bench Vocabulary', share: 0.5 },
      { id: 'bench-med', name: 'Bench Medicine', share: 0.1 },
      { id: 'bench-med-cardio', name: 'Bench Medicine::Cardio', share: 0.15 },
      { id: 'bench-med-neuro', name: 'Bench Medicine::Neuro', share: 0.15 },
      { id: 'bench-misc', name: 'Bench Misc', share: 0.1 },
    ];
    const commit = (tx: IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    let tx = db.transaction(['decks'], 'readwrite');
    for (const d of decks)
      tx.objectStore('decks').put({
        id: d.id,
        name: d.name,
        description: '',
        source: 'import',
        createdAt: now - 400 * DAY,
        updatedAt: now - 400 * DAY,
      });
    await commit(tx);
    let made = 0;
    let schedules = 0;
    let reviews = 0;
    const BATCH = 5_000;
    // About 40 learning cards in all: the chance for each seen card.
    const learningShare = 40 / (total * 0.6);
    for (const deck of decks) {
      const count = Math.round(total * deck.share);
      for (let start = 0; start < count; start += BATCH) {
        tx = db.transaction(['cards', 'schedules', 'reviews'], 'readwrite');
        const cardStore = tx.objectStore('cards');
        const scheduleStore = tx.objectStore('schedules');
        const reviewStore = tx.objectStore('reviews');
        for (let i = start; i < Math.min(count, start + BATCH); i++) {
          const id = `${deck.id}/c${i}`;
          cardStore.put({
            id,
            deckId: deck.id,
            key: `c${i}`,
            front: `${deck.name} question ${i}: what does term ${i} mean in this context, and why does it matter?`,
            back: `Answer ${i}: a definition of about this length, with a short example and a reason to remember it.`,
            format: 'text',
            tags: ['bench', `group${i % 20}`],
            order: i,
          });
          made += 1;
          if (random() >= 0.6) continue;
          const roll = random();
          const state = roll >= learningShare ? 2 : roll < learningShare * 0.75 ? 1 : 3;
          // Reviews spread over the next 200 days (about 2% due by today's end); learning around now.
          const due = state === 2 ? now + (random() * 203 - 3) * DAY : now + (random() * 60 - 30) * 60_000;
          const last = now - (1 + random() * 30) * DAY;
          const schedule = {
            cardId: id,
            deckId: deck.id,
            due: Math.round(due),
            stability: 1 + random() * 100,
            difficulty: 1 + random() * 9,
            elapsedDays: 3,
            scheduledDays: 10,
            learningSteps: 0,
            reps: 5,
            lapses: random() < 0.2 ? 1 : 0,
            state,
            lastReview: Math.round(last),
          };
          scheduleStore.put(schedule);
          schedules += 1;
          for (let r = 0; r < 5; r++) {
            reviewStore.add({
              cardId: id,
              deckId: deck.id,
              rating: 3,
              review: Math.round(last - (4 - r) * 20 * DAY),
              state: r === 0 ? 0 : 2,
              due: Math.round(last + DAY),
              stability: 5,
              difficulty: 5,
              elapsedDays: 20,
              lastElapsedDays: 20,
              scheduledDays: 20,
              learningSteps: 0,
              before: null,
              origin: 'anki',
            });
            reviews += 1;
          }
        }
        await commit(tx);
      }
    }
    db.close();
    return { cards: made, schedules, reviews, ms: Math.round(performance.now() - started) };
  }, cards);
}
