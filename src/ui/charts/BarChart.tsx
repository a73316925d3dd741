import { layoutBarChart, type BarSeries } from './bar-layout';
import { ChartFigure } from './ChartFigure';
import type { BarChartData } from './stat-charts';

interface Props {
  title: string;
  chart: BarChartData;
  /** Drawing size in SVG units; the chart scales to the width it is given. */
  width?: number;
  height?: number;
}

/** A (stacked) bar chart with its y axis, x labels, legend, summary and table. */
export function BarChart({ title, chart, width = 340, height = 170 }: Props) {
  const layout = layoutBarChart({ series: chart.series, data: chart.data, width, height });
  const { plot } = layout;
  return (
    <ChartFigure title={title} summary={chart.summary} table={chart.table}>
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} aria-hidden="true" focusable="false">
        {layout.yTicks.map((tick) => (
          <g key={tick.label}>
            <line class="chart-grid" x1={plot.x} x2={plot.x + plot.width} y1={tick.y} y2={tick.y} />
            <text class="chart-axis" x={plot.x - 4} y={tick.y + 3} text-anchor="end">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <rect
            key={`${bar.datum}-${bar.series}`}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
            fill={chart.series[bar.series]!.color}
            rx={Math.min(2, bar.width / 4)}
          >
            <title>{`${chart.data[bar.datum]!.label}: ${bar.value.toLocaleString('en')} ${chart.series[bar.series]!.label.toLowerCase()}`}</title>
          </rect>
        ))}
        {layout.xLabels.map((label) => (
          <text key={label.x} class="chart-axis" x={label.x} y={layout.height - 4} text-anchor="middle">
            {label.label}
          </text>
        ))}
      </svg>
      {chart.series.length > 1 && <Legend series={chart.series} />}
    </ChartFigure>
  );
}

function Legend({ series }: { series: readonly BarSeries[] }) {
  return (
    <ul class="chart-legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.key}>
          <span class="chart-swatch" style={{ background: s.color }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
