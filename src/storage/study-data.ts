import type { CardRecord, DeckRecord, ScheduleRecord } from '../domain/model';
import type { AppDb } from './db';

export interface StudyData {
  decks: DeckRecord[];
  cards: CardRecord[];
  schedules: Map<string, ScheduleRecord>;
}

/** Every deck, card and schedule, read in one transaction so they agree with each other. */
export async function loadStudyData(db: AppDb): Promise<StudyData> {
  const tx = db.transaction(['decks', 'cards', 'schedules'], 'readonly');
  const [decks, cards, schedules] = await Promise.all([
    tx.objectStore('decks').getAll(),
    tx.objectStore('cards').getAll(),
    tx.objectStore('schedules').getAll(),
    tx.done,
  ]);
  return { decks, cards, schedules: new Map(schedules.map((s) => [s.cardId, s])) };
}
