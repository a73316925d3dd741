/**
 * Everything the stats screen reads from the cards and their schedules, in one pass: storage
 * walks cards and schedules in card-id order (card-items.ts joins them) and adds each card.
 */
import type { StatsClock } from './calendar';
import { createCardCountsFold, type CardCounts } from './card-counts';
import type { CardStatsItem } from './card-items';
import { createDueForecastFold, type DueForecast } from './due-forecast';
import { foldAll, type Fold } from './fold';
import { createDifficultySpreadFold, createIntervalSpreadFold, type Histogram } from './spread';

export interface CardStats {
  counts: CardCounts;
  forecast: DueForecast;
  intervals: Histogram;
  difficulty: Histogram;
}

/** One fold for all card stats; cards may come in any order. */
export function createCardStats(clock: StatsClock, forecastDays = 30): Fold<CardStatsItem, CardStats> {
  const counts = createCardCountsFold(clock);
  const forecast = createDueForecastFold(clock, forecastDays);
  const intervals = createIntervalSpreadFold();
  const difficulty = createDifficultySpreadFold();
  return {
    add(item) {
      counts.add(item);
      forecast.add(item);
      intervals.add(item);
      difficulty.add(item);
    },
    result: () => ({
      counts: counts.result(),
      forecast: forecast.result(),
      intervals: intervals.result(),
      difficulty: difficulty.result(),
    }),
  };
}

/** The same over an array (tests, small collections). */
export function computeCardStats(items: Iterable<CardStatsItem>, clock: StatsClock, forecastDays?: number): CardStats {
  return foldAll(createCardStats(clock, forecastDays), items);
}
