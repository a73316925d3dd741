// @vitest-environment jsdom
import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { HeatmapStats } from '../../../src/domain/stats/heatmap';
import { BarChart } from '../../../src/ui/charts/BarChart';
import { CardCountsBar } from '../../../src/ui/charts/CardCountsBar';
import { Heatmap } from '../../../src/ui/charts/Heatmap';
import { RetentionTable } from '../../../src/ui/charts/RetentionTable';
import { forecastChart } from '../../../src/ui/charts/stat-charts';

afterEach(cleanup);
const today = Date.parse('2026-06-10T00:00:00Z') / 86_400_000;

describe('chart components', () => {
  it('draw the forecast as coloured bars hidden from screen readers, with a summary and a table instead', () => {
    const chart = forecastChart({
      days: [
        { day: today, young: 3, mature: 2 },
        { day: today + 1, young: 0, mature: 9 },
      ],
      overdue: 0,
      later: 0,
      total: 14,
    });
    const { container, getByRole } = render(<BarChart title="Due forecast" chart={chart} />);
    const figure = getByRole('figure', { name: /Due forecast/ });
    expect(figure.textContent).toContain('14 cards due in the next 2 days');
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    const fills = [...svg.querySelectorAll('rect')].map((r) => r.getAttribute('fill'));
    expect(fills).toEqual(['var(--chart-young)', 'var(--chart-mature)', 'var(--chart-mature)']);
    const table = getByRole('table', { name: 'Due forecast', hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows.map((r) => r.textContent)).toEqual([
      'DayYoungMatureTotal',
      'Today, Wednesday, June 10, 2026325',
      'Thursday, June 11, 2026099',
    ]);
    expect(container.querySelector('details > summary')!.textContent).toBe('Show the numbers');
  });

  it('draw a year heatmap in a keyboard-scrollable region, one shaded square a day', () => {
    const counts = new Array<number>(365).fill(0);
    counts[364] = 12;
    counts[300] = 1;
    const heatmap: HeatmapStats = {
      firstDay: today - 364,
      lastDay: today,
      counts,
      total: 13,
      max: 12,
      daysStudied: 2,
      dailyAverage: 13 / 65,
    };
    const { container, getByRole } = render(<Heatmap heatmap={heatmap} />);
    const region = getByRole('region', { name: /Reviews in the past year/ });
    expect(region.tabIndex).toBe(0);
    const cells = container.querySelectorAll('svg rect');
    expect(cells).toHaveLength(365);
    expect(cells[364]!.getAttribute('fill')).toBe('var(--heat-4)');
    expect(cells[363]!.getAttribute('fill')).toBe('var(--heat-0)');
    expect(cells[364]!.querySelector('title')!.textContent).toBe('Wednesday, June 10, 2026: 12 reviews');
    expect(getByRole('figure').textContent).toContain('13 reviews in the past year, on 2 days');
  });

  it('list every card count as text beside the bar', () => {
    const { getByRole } = render(
      <CardCountsBar
        counts={{ new: 10, learning: 0, relearning: 0, young: 5, mature: 5, suspended: 0, buried: 0, total: 20 }}
      />,
    );
    const items = within(getByRole('list')).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toContain('New: 10 (50.0%)');
    expect(items.map((i) => i.textContent)).toContain('Suspended: 0 (0.0%)');
    expect(getByRole('figure').textContent).toContain('20 cards: 10 new, 5 young, 5 mature.');
  });

  it("show Anki's retention table as a real table with row and column headers", () => {
    const c = { youngPassed: 9, youngFailed: 1, maturePassed: 0, matureFailed: 0 };
    const { getByRole } = render(
      <RetentionTable
        retention={{
          table: { today: c, yesterday: c, week: c, month: c, year: c, allTime: c },
          weeks: [],
          months: [],
        }}
      />,
    );
    const table = getByRole('table', { name: 'True retention by period' });
    expect(within(table).getByRole('rowheader', { name: 'Last 7 days' })).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Period', 'Young', 'Mature', 'Total', 'Reviews']);
    expect(within(table).getAllByRole('row')[1]!.textContent).toBe('Today90.0%–90.0%10');
  });
});
