import { describe, expect, it } from 'vitest';
import type { DueForecast } from '../../../src/domain/stats/due-forecast';
import type { Histogram } from '../../../src/domain/stats/spread';
import type { TrueRetentionStats } from '../../../src/domain/stats/true-retention';
import {
  cardCountParts,
  forecastChart,
  heatmapText,
  histogramChart,
  retentionTables,
} from '../../../src/ui/charts/stat-charts';

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const today = dayOf('2026-06-10');

describe('chart data from stats', () => {
  it('turns the forecast into young/mature bars, a summary and a table', () => {
    const forecast: DueForecast = {
      days: [
        { day: today, young: 3, mature: 2 },
        { day: today + 1, young: 0, mature: 9 },
        { day: today + 2, young: 1, mature: 0 },
      ],
      overdue: 2,
      later: 4,
      total: 15,
    };
    const chart = forecastChart(forecast);
    expect(chart.series.map((s) => s.color)).toEqual(['var(--chart-young)', 'var(--chart-mature)']);
    expect(chart.data.map((d) => [d.label, ...d.values])).toEqual([
      ['Today', 3, 2],
      ['Jun 11', 0, 9],
      ['Jun 12', 1, 0],
    ]);
    expect(chart.summary).toBe(
      '15 cards due in the next 3 days; 5 today (2 overdue); the busiest day is Thursday, June 11, 2026 with 9.',
    );
    expect(chart.table.rows[1]).toEqual(['Thursday, June 11, 2026', '0', '9', '9']);
  });

  it('labels interval buckets briefly under the bars and in full in the table', () => {
    const histogram: Histogram = {
      unit: 'days',
      buckets: [
        { label: '1 day', from: 0, to: 2, count: 4 },
        { label: '3 weeks – 1 month', from: 21, to: 31, count: 1 },
        { label: 'Over a year', from: 366, to: null, count: 1 },
      ],
      count: 6,
      mean: 70.4,
    };
    const chart = histogramChart(histogram, 'intervals');
    expect(chart.data.map((d) => d.label)).toEqual(['1d', '3w–1m', '1y+']);
    expect(chart.table.rows[1]).toEqual(['3 weeks – 1 month', '1']);
    expect(chart.summary).toBe('6 cards in review; the average interval is 70 days.');
    expect(histogramChart({ ...histogram, count: 0, mean: null }, 'difficulty').summary).toBe('No studied cards yet.');
  });

  it("writes Anki's retention table with percentages, and a dash where nothing was reviewed", () => {
    const zero = { youngPassed: 0, youngFailed: 0, maturePassed: 0, matureFailed: 0 };
    const week = { youngPassed: 2, youngFailed: 1, maturePassed: 1, matureFailed: 1 };
    const retention: TrueRetentionStats = {
      table: { today: zero, yesterday: zero, week, month: week, year: week, allTime: week },
      weeks: [{ start: dayOf('2026-06-08'), counts: week }],
      months: [{ month: (2026 - 1970) * 12 + 5, firstDay: dayOf('2026-06-01'), counts: week }],
    };
    const tables = retentionTables(retention);
    expect(tables.periods.columns).toEqual(['Period', 'Young', 'Mature', 'Total', 'Reviews']);
    expect(tables.periods.rows[0]).toEqual(['Today', '–', '–', '–', '0']);
    expect(tables.periods.rows[2]).toEqual(['Last 7 days', '66.7%', '50.0%', '60.0%', '5']);
    expect(tables.weeks.rows[0]![0]).toBe('Jun 8');
    expect(tables.months.rows[0]![0]).toBe('June 2026');
  });

  it('sums the heatmap by month for its table', () => {
    const counts = new Array<number>(365).fill(0);
    counts[364] = 7;
    counts[360] = 3;
    counts[0] = 1;
    const { summary, table } = heatmapText({
      firstDay: today - 364,
      lastDay: today,
      counts,
      total: 11,
      max: 7,
      daysStudied: 3,
      dailyAverage: 11 / 365,
    });
    expect(summary).toBe(
      '11 reviews in the past year, on 3 days; under 1 a day on average; the busiest day was Wednesday, June 10, 2026 with 7.',
    );
    expect(table.rows[0]).toEqual(['June 2025', '1', '1']);
    expect(table.rows.at(-1)).toEqual(['June 2026', '10', '2']);
    expect(table.rows).toHaveLength(13);
  });

  it("lists card states in Anki's order and colours", () => {
    const parts = cardCountParts({
      new: 1,
      learning: 2,
      relearning: 3,
      young: 4,
      mature: 5,
      suspended: 6,
      buried: 7,
      total: 28,
    });
    expect(parts.map((p) => `${p.label}=${p.value}`)).toEqual([
      'New=1',
      'Learning=2',
      'Relearning=3',
      'Young=4',
      'Mature=5',
      'Suspended=6',
      'Buried=7',
    ]);
    expect(parts.every((p) => p.color.startsWith('var(--chart-'))).toBe(true);
  });
});
