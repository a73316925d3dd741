/**
 * Card counts by state, as Anki's "Card Counts" chart: new, learning, relearning, young,
 * mature, and the suspended and buried cards apart (a suspended card counts only as
 * suspended). Retired built-in cards are not counted.
 */
import { isBuried, stageOf } from '../card-status';
import type { StatsClock } from './calendar';
import type { CardStatsItem } from './card-items';
import type { Fold } from './fold';

export interface CardCounts {
  new: number;
  learning: number;
  relearning: number;
  young: number;
  mature: number;
  suspended: number;
  buried: number;
  total: number;
}

/** A fold over cards with their schedules giving the counts at `clock.now`. */
export function createCardCountsFold(clock: Pick<StatsClock, 'now'>): Fold<CardStatsItem, CardCounts> {
  const counts: CardCounts = {
    new: 0,
    learning: 0,
    relearning: 0,
    young: 0,
    mature: 0,
    suspended: 0,
    buried: 0,
    total: 0,
  };
  return {
    add({ card, schedule }) {
      if (card.retired) return;
      counts.total += 1;
      if (card.suspended) counts.suspended += 1;
      else if (isBuried(card, clock.now)) counts.buried += 1;
      else counts[stageOf(schedule)] += 1;
    },
    result: () => ({ ...counts }),
  };
}
