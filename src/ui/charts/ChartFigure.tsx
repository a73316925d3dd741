import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { ChartTable } from './ChartTable';
import type { ChartTable as ChartTableData } from './stat-charts';
import './charts.css';

interface Props {
  title: string;
  /** One sentence with what the chart shows: read before the picture, and instead of it by screen readers. */
  summary: string;
  /** The chart's numbers, behind a "Show the numbers" disclosure. */
  table?: ChartTableData;
  children: ComponentChildren;
}

/**
 * A chart with its title, a text summary and its numbers as a table. The drawing itself is
 * hidden from screen readers (the summary and the table say the same), so they do not step
 * through hundreds of shapes.
 */
export function ChartFigure({ title, summary, table, children }: Props) {
  const titleId = useId();
  return (
    <figure class="chart" aria-labelledby={titleId}>
      <figcaption>
        <span class="chart-title" id={titleId}>
          {title}
        </span>
        <span class="chart-summary">{summary}</span>
      </figcaption>
      {children}
      {table && table.rows.length > 0 && (
        <details class="chart-data">
          <summary>Show the numbers</summary>
          <ChartTable table={table} caption={title} />
        </details>
      )}
    </figure>
  );
}
