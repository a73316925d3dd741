/**
 * The spread of intervals and of difficulty across the studied cards, as histograms with
 * fixed, readable buckets (Anki's "Review Intervals" and "Card Difficulty" charts).
 */
import { CardState } from '../model';
import type { CardStatsItem } from './card-items';
import type { Fold } from './fold';

export interface HistogramBucket {
  label: string;
  /** Inclusive lower bound, in the histogram's unit. */
  from: number;
  /** Exclusive upper bound; null for the open last bucket. */
  to: number | null;
  count: number;
}

export interface Histogram {
  /** What `from` and `to` measure. */
  unit: 'days' | 'percent';
  buckets: HistogramBucket[];
  /** Cards counted. */
  count: number;
  /** Mean value over the cards counted; null when none. */
  mean: number | null;
}

type Edges = readonly (readonly [label: string, from: number])[];

/** Interval buckets in days: 21 days (the mature threshold) is an edge. */
export const INTERVAL_BUCKETS: Edges = [
  ['1 day', 0],
  ['2 days', 2],
  ['3–6 days', 3],
  ['1–2 weeks', 7],
  ['2–3 weeks', 14],
  ['3 weeks – 1 month', 21],
  ['1–3 months', 31],
  ['3–6 months', 91],
  ['6–12 months', 183],
  ['Over a year', 366],
];

/** Difficulty in tenths, as Anki shows FSRS difficulty (1-10) as 0-100 %. */
export const DIFFICULTY_BUCKETS: Edges = Array.from({ length: 10 }, (_, i) => [`${i * 10}–${i * 10 + 10}%`, i * 10]);

function createHistogramFold(
  unit: Histogram['unit'],
  edges: Edges,
  valueOf: (item: CardStatsItem) => number | null,
): Fold<CardStatsItem, Histogram> {
  const counts = new Array<number>(edges.length).fill(0);
  let sum = 0;
  let count = 0;
  return {
    add(item) {
      if (item.card.retired) return;
      const value = valueOf(item);
      if (value === null || !Number.isFinite(value)) return;
      let i = edges.length - 1;
      while (i > 0 && value < edges[i]![1]) i--;
      counts[i]! += 1;
      sum += value;
      count += 1;
    },
    result: () => ({
      unit,
      buckets: edges.map(([label, from], i) => ({ label, from, to: edges[i + 1]?.[1] ?? null, count: counts[i]! })),
      count,
      mean: count > 0 ? sum / count : null,
    }),
  };
}

/** FSRS difficulty (1-10) as Anki shows it: 0-100 %. */
export function difficultyPercent(difficulty: number): number {
  return Math.min(100, Math.max(0, ((difficulty - 1) / 9) * 100));
}

/** Intervals (days) of the cards in review. */
export function createIntervalSpreadFold(): Fold<CardStatsItem, Histogram> {
  return createHistogramFold('days', INTERVAL_BUCKETS, ({ schedule }) =>
    schedule && schedule.state === CardState.Review ? schedule.scheduledDays : null,
  );
}

/** Difficulty (0-100 %) of every card studied at least once. */
export function createDifficultySpreadFold(): Fold<CardStatsItem, Histogram> {
  return createHistogramFold('percent', DIFFICULTY_BUCKETS, ({ schedule }) =>
    schedule && schedule.state !== CardState.New ? difficultyPercent(schedule.difficulty) : null,
  );
}
