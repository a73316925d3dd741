/**
 * From stat results (src/domain/stats) to what the chart components draw: series and bars with
 * their theme colours, a one-sentence summary and a table with the same numbers, which is what
 * a screen reader gets instead of the picture.
 */
import type { CardCounts } from '../../domain/stats/card-counts';
import { monthOf } from '../../domain/stats/calendar';
import type { DueForecast } from '../../domain/stats/due-forecast';
import type { HeatmapStats } from '../../domain/stats/heatmap';
import type { Histogram } from '../../domain/stats/spread';
import {
  RETENTION_PERIODS,
  retentionRate,
  totalRetention,
  type RetentionCounts,
  type RetentionPeriod,
  type TrueRetentionStats,
} from '../../domain/stats/true-retention';
import type { BarDatum, BarSeries } from './bar-layout';
import { formatLongDay, formatMonth, formatPercent, formatShortDay, plural } from './chart-format';
import type { ProportionPart } from './proportion-layout';

/** The numbers behind a chart, as rows of text. */
export interface ChartTable {
  columns: string[];
  rows: string[][];
}

export interface BarChartData {
  series: BarSeries[];
  data: BarDatum[];
  summary: string;
  table: ChartTable;
}

const YOUNG_MATURE: BarSeries[] = [
  { key: 'young', label: 'Young', color: 'var(--chart-young)' },
  { key: 'mature', label: 'Mature', color: 'var(--chart-mature)' },
];

const count = (n: number) => n.toLocaleString('en');

/** The due forecast as bars stacked young/mature, one per day, today first. */
export function forecastChart(forecast: DueForecast, locale = 'en'): BarChartData {
  const data = forecast.days.map((d, i) => ({
    label: i === 0 ? 'Today' : formatShortDay(d.day, locale),
    values: [d.young, d.mature],
  }));
  const busiest = forecast.days.reduce((best, d) => (d.young + d.mature > best.young + best.mature ? d : best));
  const today = forecast.days[0]!;
  const summary =
    forecast.total === 0
      ? `Nothing due in the next ${forecast.days.length} days.`
      : `${plural(forecast.total, 'card')} due in the next ${forecast.days.length} days; ` +
        `${count(today.young + today.mature)} today${forecast.overdue > 0 ? ` (${count(forecast.overdue)} overdue)` : ''}; ` +
        `the busiest day is ${formatLongDay(busiest.day, locale)} with ${count(busiest.young + busiest.mature)}.`;
  return {
    series: YOUNG_MATURE,
    data,
    summary,
    table: {
      columns: ['Day', 'Young', 'Mature', 'Total'],
      rows: forecast.days.map((d, i) => [
        i === 0 ? `Today, ${formatLongDay(d.day, locale)}` : formatLongDay(d.day, locale),
        count(d.young),
        count(d.mature),
        count(d.young + d.mature),
      ]),
    },
  };
}

/** A spread (intervals or difficulty) as one bar per bucket. */
export function histogramChart(histogram: Histogram, what: 'intervals' | 'difficulty'): BarChartData {
  const series: BarSeries[] = [
    what === 'intervals'
      ? { key: 'cards', label: 'Cards', color: 'var(--chart-mature)' }
      : { key: 'cards', label: 'Cards', color: 'var(--chart-difficulty)' },
  ];
  const mean =
    histogram.mean === null
      ? ''
      : what === 'intervals'
        ? `; the average interval is ${plural(Math.round(histogram.mean), 'day')}`
        : `; the average difficulty is ${Math.round(histogram.mean)}%`;
  const [one, many] = what === 'intervals' ? ['card in review', 'cards in review'] : ['studied card', 'studied cards'];
  return {
    series,
    data: histogram.buckets.map((b) => ({ label: shortBucketLabel(b.label), values: [b.count] })),
    summary: histogram.count === 0 ? `No ${many} yet.` : `${plural(histogram.count, one, many)}${mean}.`,
    table: {
      columns: [what === 'intervals' ? 'Interval' : 'Difficulty', 'Cards'],
      rows: histogram.buckets.map((b) => [b.label, count(b.count)]),
    },
  };
}

/** "3 weeks – 1 month" -> "3w–1m": bucket labels short enough to sit under a bar. */
function shortBucketLabel(label: string): string {
  return label
    .replace('Over a year', '1y+')
    .replace(/ days?/, 'd')
    .replace(/ weeks?/g, 'w')
    .replace(/ months?/g, 'm')
    .replace(/ – /, '–');
}

/** Card counts by state as the parts of one bar, in Anki's colours and order. */
export function cardCountParts(counts: CardCounts): ProportionPart[] {
  return [
    { key: 'new', label: 'New', color: 'var(--chart-new)', value: counts.new },
    { key: 'learning', label: 'Learning', color: 'var(--chart-learning)', value: counts.learning },
    { key: 'relearning', label: 'Relearning', color: 'var(--chart-relearning)', value: counts.relearning },
    { key: 'young', label: 'Young', color: 'var(--chart-young)', value: counts.young },
    { key: 'mature', label: 'Mature', color: 'var(--chart-mature)', value: counts.mature },
    { key: 'suspended', label: 'Suspended', color: 'var(--chart-suspended)', value: counts.suspended },
    { key: 'buried', label: 'Buried', color: 'var(--chart-buried)', value: counts.buried },
  ];
}

/** The heatmap's summary and its table alternative (reviews and days studied per month). */
export function heatmapText(heatmap: HeatmapStats, locale = 'en'): { summary: string; table: ChartTable } {
  const byMonth = new Map<number, { reviews: number; days: number }>();
  heatmap.counts.forEach((n, i) => {
    const month = monthOf(heatmap.firstDay + i);
    const entry = byMonth.get(month) ?? { reviews: 0, days: 0 };
    entry.reviews += n;
    if (n > 0) entry.days += 1;
    byMonth.set(month, entry);
  });
  const busiest = heatmap.counts.indexOf(heatmap.max);
  const summary =
    heatmap.total === 0
      ? 'No reviews in the past year.'
      : `${plural(heatmap.total, 'review')} in the past year, on ${plural(heatmap.daysStudied, 'day')}; ` +
        `${formatAverage(heatmap.dailyAverage)} a day on average; the busiest day was ` +
        `${formatLongDay(heatmap.firstDay + busiest, locale)} with ${count(heatmap.max)}.`;
  return {
    summary,
    table: {
      columns: ['Month', 'Reviews', 'Days studied'],
      rows: [...byMonth].map(([month, e]) => [formatMonth(month, locale), count(e.reviews), count(e.days)]),
    },
  };
}

/** 23.4 -> "23", 2.46 -> "2.5", 0.03 -> "under 1". */
function formatAverage(value: number): string {
  if (value >= 10) return count(Math.round(value));
  if (value >= 1) return String(Math.round(value * 10) / 10);
  return 'under 1';
}

const PERIOD_LABELS: Record<RetentionPeriod, string> = {
  today: 'Today',
  yesterday: 'Yesterday',
  week: 'Last 7 days',
  month: 'Last 30 days',
  year: 'Last 365 days',
  allTime: 'All time',
};

function retentionRow(label: string, c: RetentionCounts): string[] {
  const total = totalRetention(c);
  return [
    label,
    formatPercent(retentionRate(c.youngPassed, c.youngFailed)),
    formatPercent(retentionRate(c.maturePassed, c.matureFailed)),
    formatPercent(retentionRate(total.passed, total.failed)),
    count(total.passed + total.failed),
  ];
}

const RETENTION_COLUMNS = ['Period', 'Young', 'Mature', 'Total', 'Reviews'];

/** Anki's True Retention table, and the same by week and by month, newest first. */
export function retentionTables(
  retention: TrueRetentionStats,
  locale = 'en',
): { periods: ChartTable; weeks: ChartTable; months: ChartTable } {
  return {
    periods: {
      columns: RETENTION_COLUMNS,
      rows: RETENTION_PERIODS.map((p) => retentionRow(PERIOD_LABELS[p], retention.table[p])),
    },
    weeks: {
      columns: ['Week of', ...RETENTION_COLUMNS.slice(1)],
      rows: [...retention.weeks].reverse().map((w) => retentionRow(formatShortDay(w.start, locale), w.counts)),
    },
    months: {
      columns: ['Month', ...RETENTION_COLUMNS.slice(1)],
      rows: [...retention.months].reverse().map((m) => retentionRow(formatMonth(m.month, locale), m.counts)),
    },
  };
}
