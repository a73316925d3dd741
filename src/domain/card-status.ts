/**
 * A card's place in study, as Browse, the stats and the queue see it: new, learning,
 * relearning, young or mature, and whether the user suspended or buried it.
 */
import { CardState, type CardRecord, type ScheduleRecord } from './model';
import { nextStudyDayStart } from './study-day';

/** Anki's threshold between young and mature review cards, in days of interval. */
export const MATURE_INTERVAL_DAYS = 21;

export type CardStage = 'new' | 'learning' | 'relearning' | 'young' | 'mature';

/** The card marks that take it out of study. */
export type CardMarks = Pick<CardRecord, 'suspended' | 'buriedUntil' | 'retired'>;

/** Where a card stands in its memory: from its schedule alone (null: never studied). */
export function stageOf(schedule: ScheduleRecord | null): CardStage {
  if (!schedule || schedule.state === CardState.New) return 'new';
  if (schedule.state === CardState.Learning) return 'learning';
  if (schedule.state === CardState.Relearning) return 'relearning';
  return schedule.scheduledDays >= MATURE_INTERVAL_DAYS ? 'mature' : 'young';
}

/** True while a buried card is still hidden (until the next study day starts). */
export function isBuried(card: Pick<CardRecord, 'buriedUntil'>, now: number): boolean {
  return card.buriedUntil !== undefined && card.buriedUntil > now;
}

/** True when the card may be studied now: not retired, suspended or buried. */
export function isStudyable(card: CardMarks, now: number): boolean {
  return !card.retired && !card.suspended && !isBuried(card, now);
}

/** The `buriedUntil` for burying a card at `now`: the start of the next study day, as in Anki. */
export function buryUntil(now: number, dayStartHour: number, utcOffsetMinutes: number): number {
  return nextStudyDayStart(now, dayStartHour, utcOffsetMinutes);
}
