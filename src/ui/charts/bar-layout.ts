/**
 * Geometry of a (stacked) bar chart: one bar per category, its series stacked bottom up, a
 * y axis with round ticks and x labels thinned so they never overlap. Pure numbers in SVG
 * user units; BarChart.tsx draws them.
 */
import { formatTick, linearScale, niceTicks } from './scale';

export interface BarSeries {
  key: string;
  label: string;
  /** A CSS colour, normally a custom property: "var(--chart-young)". */
  color: string;
}

export interface BarDatum {
  /** The short label under the bar (may be thinned out). */
  label: string;
  /** One value per series, in the order of the series. */
  values: readonly number[];
}

export interface BarChartInput {
  series: readonly BarSeries[];
  data: readonly BarDatum[];
  width: number;
  height: number;
}

export interface BarRect {
  x: number;
  y: number;
  width: number;
  height: number;
  series: number;
  datum: number;
  value: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  bars: BarRect[];
  yTicks: { y: number; label: string }[];
  xLabels: { x: number; label: string }[];
}

const AXIS_WIDTH = 34;
const LABEL_HEIGHT = 18;
const TOP = 6;
/** The narrowest room an x label needs, in user units. */
const LABEL_ROOM = 34;

/** Lays out bars, ticks and labels for the given size. */
export function layoutBarChart({ series, data, width, height }: BarChartInput): BarChartLayout {
  const plot = { x: AXIS_WIDTH, y: TOP, width: width - AXIS_WIDTH - 2, height: height - TOP - LABEL_HEIGHT };
  const totals = data.map((d) => d.values.reduce((sum, v) => sum + Math.max(0, v), 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const y = linearScale(ticks[ticks.length - 1]!, plot.y + plot.height, plot.y);
  const slot = data.length > 0 ? plot.width / data.length : plot.width;
  const gap = Math.min(4, slot * 0.2);
  const bars: BarRect[] = [];
  data.forEach((datum, i) => {
    let base = 0;
    series.forEach((_, s) => {
      const value = Math.max(0, datum.values[s] ?? 0);
      if (value === 0) return;
      const top = y(base + value);
      bars.push({
        x: plot.x + i * slot + gap / 2,
        y: top,
        width: slot - gap,
        height: y(base) - top,
        series: s,
        datum: i,
        value,
      });
      base += value;
    });
  });
  const every = Math.max(1, Math.ceil(LABEL_ROOM / slot));
  return {
    width,
    height,
    plot,
    bars,
    yTicks: ticks.map((t) => ({ y: y(t), label: formatTick(t) })),
    xLabels: data.flatMap((d, i) => (i % every === 0 ? [{ x: plot.x + (i + 0.5) * slot, label: d.label }] : [])),
  };
}
