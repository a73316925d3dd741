import { describe, expect, it } from 'vitest';
import type { HeatmapStats } from '../../../src/domain/stats/heatmap';
import { layoutBarChart } from '../../../src/ui/charts/bar-layout';
import { heatLevel, heatThresholds, layoutHeatmap } from '../../../src/ui/charts/heatmap-layout';
import { layoutProportions } from '../../../src/ui/charts/proportion-layout';
import { formatTick, niceTicks } from '../../../src/ui/charts/scale';

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('axis ticks', () => {
  it('round up to a whole, round step', () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(0.87, 4, false)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect([formatTick(1234), formatTick(25_000)]).toEqual(['1,234', '25k']);
  });
});

describe('bar chart geometry', () => {
  const series = [
    { key: 'young', label: 'Young', color: 'var(--chart-young)' },
    { key: 'mature', label: 'Mature', color: 'var(--chart-mature)' },
  ];

  it('stacks each bar bottom up, with heights in proportion to the values', () => {
    const layout = layoutBarChart({
      series,
      data: [
        { label: 'a', values: [2, 6] },
        { label: 'b', values: [0, 4] },
      ],
      width: 200,
      height: 100,
    });
    const { plot } = layout;
    const bottom = plot.y + plot.height;
    // Max total 8 -> ticks 0..8: the full plot height is 8.
    const unit = plot.height / 8;
    const [aYoung, aMature, bMature] = layout.bars;
    expect(layout.bars).toHaveLength(3); // b's zero young takes no shape
    expect(aYoung).toMatchObject({ series: 0, datum: 0, value: 2 });
    expect(aYoung!.y + aYoung!.height).toBeCloseTo(bottom);
    expect(aYoung!.height).toBeCloseTo(2 * unit);
    expect(aMature!.y + aMature!.height).toBeCloseTo(aYoung!.y);
    expect(aMature!.y).toBeCloseTo(plot.y);
    expect(bMature!.height).toBeCloseTo(4 * unit);
    expect(bMature!.x).toBeGreaterThan(aYoung!.x + aYoung!.width);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8']);
  });

  it('keeps every bar inside the plot and thins x labels so they do not overlap', () => {
    const data = Array.from({ length: 30 }, (_, i) => ({ label: `Jun ${i + 1}`, values: [i, 30 - i] }));
    const layout = layoutBarChart({ series, data, width: 340, height: 170 });
    for (const bar of layout.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.plot.x);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.x + layout.plot.width + 1e-9);
      expect(bar.y).toBeGreaterThanOrEqual(layout.plot.y - 1e-9);
    }
    const xs = layout.xLabels.map((l) => l.x);
    expect(xs.length).toBeLessThan(30);
    expect(xs.length).toBeGreaterThan(4);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(34);
    expect(layout.xLabels[0]!.label).toBe('Jun 1');
  });
});

describe('heatmap geometry', () => {
  const heatmap = (counts: number[], lastIso: string): HeatmapStats => {
    const lastDay = dayOf(lastIso);
    return {
      firstDay: lastDay - counts.length + 1,
      lastDay,
      counts,
      total: 0,
      max: Math.max(...counts),
      daysStudied: 0,
      dailyAverage: 0,
    };
  };

  it('puts each day in its week column and weekday row, today in the last column', () => {
    const counts = new Array<number>(365).fill(0);
    const layout = layoutHeatmap(heatmap(counts, '2026-06-10'), { weekStartsOn: 1, cellSize: 10, gap: 2 });
    expect(layout.cells).toHaveLength(365);
    const today = layout.cells.at(-1)!;
    const wednesdayRow = layout.cells.find((c) => c.day === dayOf('2026-06-08'))!.y + 2 * 12; // Monday + 2
    expect(today.y).toBe(wednesdayRow);
    expect(today.x).toBe(Math.max(...layout.cells.map((c) => c.x)));
    expect(layout.width).toBe(today.x + 12);
    // 11 June 2025 (a Wednesday) opens the first column, two rows down.
    expect(layout.cells[0]!.y).toBe(wednesdayRow);
    expect(layout.weekdayLabels.map((w) => w.label)).toEqual(['Tue', 'Thu', 'Sat']);
    expect(layout.monthLabels.map((m) => m.label).slice(0, 3)).toEqual(['Jun', 'Jul', 'Aug']);
    expect(layout.monthLabels).toHaveLength(13);
  });

  it('shades by quartiles of the busy days, so one huge day does not wash out the rest', () => {
    const counts = [0, 1, 2, 3, 4, 5, 6, 7, 500];
    const thresholds = heatThresholds(counts);
    expect(thresholds).toEqual([1, 3, 5, 7]);
    expect(counts.map((c) => heatLevel(c, thresholds))).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(heatThresholds([0, 0])).toEqual([1, 1, 1, 1]);
    expect(heatThresholds([5, 5, 5])).toEqual([1, 5, 5, 5]);
    expect(heatLevel(5, [1, 5, 5, 5])).toBe(4);
  });
});

describe('proportion bar', () => {
  it('splits the width by share and skips empty parts', () => {
    const parts = [
      { key: 'a', label: 'A', color: 'red', value: 1 },
      { key: 'b', label: 'B', color: 'blue', value: 0 },
      { key: 'c', label: 'C', color: 'green', value: 3 },
    ];
    const segments = layoutProportions(parts, 200);
    expect(segments.map((s) => [s.key, s.x, s.width, s.share])).toEqual([
      ['a', 0, 50, 0.25],
      ['c', 50, 150, 0.75],
    ]);
    expect(
      layoutProportions(
        parts.map((p) => ({ ...p, value: 0 })),
        200,
      ),
    ).toEqual([]);
  });
});
