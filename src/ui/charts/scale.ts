/** Axis arithmetic shared by the charts: round tick values and a linear map onto pixels. */

/**
 * Tick values from 0 up to a round maximum at or above `max`, in steps of 1, 2, 2.5 or 5 x 10^n
 * (whole steps only when `integer`: counts are never split).
 */
export function niceTicks(max: number, approxCount = 4, integer = true): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / approxCount;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const steps = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).filter((s) => !integer || Number.isInteger(s));
  const step = Math.max(integer ? 1 : 0, steps.find((s) => s >= rough) ?? 10 * magnitude);
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}

/** Maps [0, domainMax] onto [rangeStart, rangeEnd] (rangeEnd may be smaller: SVG's y grows down). */
export function linearScale(domainMax: number, rangeStart: number, rangeEnd: number): (value: number) => number {
  const span = domainMax > 0 ? domainMax : 1;
  return (value) => rangeStart + ((rangeEnd - rangeStart) * value) / span;
}

/** 1234 -> "1,234", 12345 -> "12k": short labels for an axis. */
export function formatTick(value: number): string {
  if (value >= 10_000) return `${Math.round(value / 1000)}k`;
  return value.toLocaleString('en');
}
