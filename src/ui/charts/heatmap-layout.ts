/**
 * Geometry of the review heatmap: one square per study day, a column per week (the first
 * weekday at the top), five shades from "none" to "busiest", month names over the first week
 * of each month and weekday names on the left.
 */
import type { HeatmapStats } from '../../domain/stats/heatmap';
import { calendarOfDay, weekStartOf, type WeekStart } from '../../domain/stats/calendar';
import { formatMonthOfDay, formatWeekday } from './chart-format';

export interface HeatmapCell {
  x: number;
  y: number;
  day: number;
  count: number;
  /** 0 (no review) to 4 (busiest). */
  level: number;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  cellSize: number;
  cells: HeatmapCell[];
  monthLabels: { x: number; label: string }[];
  weekdayLabels: { y: number; label: string }[];
  /** The lowest count of levels 1-4, for the legend. */
  thresholds: number[];
}

export interface HeatmapOptions {
  weekStartsOn?: WeekStart;
  cellSize?: number;
  gap?: number;
  locale?: string;
}

const LEFT = 28;
const TOP = 14;

/**
 * Where levels 1-4 begin: the quartiles of the days with reviews, so one very busy day does
 * not wash every other day out to the palest shade.
 */
export function heatThresholds(counts: readonly number[]): number[] {
  const busy = counts.filter((c) => c > 0).sort((a, b) => a - b);
  if (busy.length === 0) return [1, 1, 1, 1];
  const at = (q: number) => busy[Math.min(busy.length - 1, Math.floor(q * busy.length))]!;
  const thresholds = [1, at(0.25), at(0.5), at(0.75)];
  for (let i = 1; i < 4; i++) thresholds[i] = Math.max(thresholds[i]!, thresholds[i - 1]! + 1);
  // With few busy days the steps can pass the busiest day: it always gets the darkest shade.
  const max = busy[busy.length - 1]!;
  return thresholds.map((t) => Math.min(t, max));
}

/** The shade (0-4) of a day with `count` reviews. */
export function heatLevel(count: number, thresholds: readonly number[]): number {
  let level = 0;
  while (level < 4 && count >= thresholds[level]!) level += 1;
  return level;
}

/** Lays out the heatmap for the days in `stats`, ending with today's column. */
export function layoutHeatmap(stats: HeatmapStats, options: HeatmapOptions = {}): HeatmapLayout {
  const weekStartsOn = options.weekStartsOn ?? 1;
  const size = options.cellSize ?? 11;
  const pitch = size + (options.gap ?? 2);
  const locale = options.locale ?? 'en';
  const thresholds = heatThresholds(stats.counts);
  const firstWeek = weekStartOf(stats.firstDay, weekStartsOn);
  const cells: HeatmapCell[] = [];
  const monthLabels: { x: number; label: string }[] = [];
  stats.counts.forEach((count, i) => {
    const day = stats.firstDay + i;
    const column = Math.floor((day - firstWeek) / 7);
    const row = (day - firstWeek) % 7;
    const x = LEFT + column * pitch;
    cells.push({ x, y: TOP + row * pitch, day, count, level: heatLevel(count, thresholds) });
    // Name a month over the column holding its first day (or the first column, if roomy).
    const date = calendarOfDay(day).date;
    if (date === 1 || (i === 0 && date <= 14)) monthLabels.push({ x, label: formatMonthOfDay(day, locale) });
  });
  const columns = Math.floor((stats.lastDay - firstWeek) / 7) + 1;
  const weekdayLabels = [1, 3, 5].map((row) => ({
    y: TOP + row * pitch + size - 1,
    label: formatWeekday((weekStartsOn + row) % 7, locale),
  }));
  return {
    width: LEFT + columns * pitch,
    height: TOP + 7 * pitch,
    cellSize: size,
    cells,
    monthLabels,
    weekdayLabels,
    thresholds,
  };
}
