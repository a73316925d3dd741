import type { Clock } from '../../src/app/clock';
import { createAppModel } from '../../src/app/app-model';
import type { DeckFile } from '../../src/domain/deck-file';
import { openAppDb } from '../../src/storage/db';

let counter = 0;

/** A clock the test moves by hand, in a fixed zone (minutes east of UTC). */
export function manualClock(
  start: number,
  utcOffsetMinutes = 0,
): Clock & { set(at: number): void; advance(ms: number): void } {
  let at = start;
  return {
    now: () => at,
    utcOffsetMinutes: () => utcOffsetMinutes,
    set: (value) => (at = value),
    advance: (ms) => (at += ms),
  };
}

/** A small deck file with `n` cards. */
export function makeDeck(id: string, n: number, name = id): DeckFile {
  return {
    id,
    name,
    description: `${name} description`,
    format: 'text',
    cards: Array.from({ length: n }, (_, i) => ({
      id: `c${i + 1}`,
      front: `${name} question ${i + 1}`,
      back: `${name} answer ${i + 1}`,
      tags: ['t'],
    })),
  };
}

/** An app model over a fresh fake-indexeddb database, started. */
export async function startApp(decks: DeckFile[], clock: Clock, dbName = `app-test-${counter++}`) {
  const db = await openAppDb(dbName);
  const model = createAppModel({ db, clock, loadBuiltinDecks: async () => decks });
  await model.start();
  return { db, model, dbName };
}
