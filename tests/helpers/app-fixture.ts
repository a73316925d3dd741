import type { Clock } from '../../src/app/clock';
import { createAppServices } from '../../src/app/services';
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

/** The app over a fresh fake-indexeddb database, started: `app` is its shared state, `study` its study session. */
export async function startApp(decks: DeckFile[], clock: Clock, dbName = `app-test-${counter++}`) {
  const db = await openAppDb(dbName);
  const services = createAppServices({ db, clock, loadBuiltinDecks: async () => decks });
  await services.state.start();
  return { db, services, app: services.state, study: await services.loadStudy(), dbName };
}

/** A deck file whose cards carry the given tags, one entry a card ("a1".."aN" ids, in order). */
export function taggedDeck(id: string, tags: string[][], name = id, extra: Partial<DeckFile> = {}): DeckFile {
  return {
    id,
    name,
    format: 'text',
    ...extra,
    cards: tags.map((cardTags, i) => ({
      id: `c${i + 1}`,
      front: `${name} question ${i + 1}`,
      back: `${name} answer ${i + 1}`,
      tags: cardTags,
    })),
  };
}
