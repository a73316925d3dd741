import { useLayoutEffect, useRef } from 'preact/hooks';
import type { WeekStart } from '../../domain/stats/calendar';
import type { HeatmapStats } from '../../domain/stats/heatmap';
import { formatLongDay, plural } from './chart-format';
import { ChartFigure } from './ChartFigure';
import { layoutHeatmap } from './heatmap-layout';
import { heatmapText } from './stat-charts';

interface Props {
  heatmap: HeatmapStats;
  weekStartsOn?: WeekStart;
  locale?: string;
  title?: string;
}

/**
 * The year of reviews as a calendar of shaded squares. On a phone the year is wider than the
 * screen: it scrolls sideways and opens on the latest weeks.
 */
export function Heatmap({ heatmap, weekStartsOn = 1, locale = 'en', title = 'Reviews in the past year' }: Props) {
  const layout = layoutHeatmap(heatmap, { weekStartsOn, locale });
  const { summary, table } = heatmapText(heatmap, locale);
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) element.scrollLeft = element.scrollWidth;
  }, [heatmap.lastDay]);
  const size = layout.cellSize;
  return (
    <ChartFigure title={title} summary={summary} table={table}>
      {/* Focusable so that keyboard users can scroll it too. */}
      <div class="chart-scroll" ref={scroller} tabIndex={0} role="region" aria-label={`${title}, scrollable`}>
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          aria-hidden="true"
          focusable="false"
        >
          {layout.monthLabels.map((m) => (
            <text key={m.x} class="chart-axis" x={m.x} y={10}>
              {m.label}
            </text>
          ))}
          {layout.weekdayLabels.map((w) => (
            <text key={w.y} class="chart-axis" x={0} y={w.y}>
              {w.label}
            </text>
          ))}
          {layout.cells.map((cell) => (
            <rect
              key={cell.day}
              x={cell.x}
              y={cell.y}
              width={size}
              height={size}
              rx={2}
              fill={`var(--heat-${cell.level})`}
              data-level={cell.level}
            >
              <title>{`${formatLongDay(cell.day, locale)}: ${plural(cell.count, 'review')}`}</title>
            </rect>
          ))}
        </svg>
      </div>
      <p class="chart-legend" aria-hidden="true">
        Less
        {[0, 1, 2, 3, 4].map((level) => (
          <span key={level} class="chart-swatch" style={{ background: `var(--heat-${level})` }} />
        ))}
        More
      </p>
    </ChartFigure>
  );
}
