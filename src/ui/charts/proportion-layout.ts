/**
 * Geometry of a single bar split into parts by their share (card counts by state): widths add
 * up to the bar; parts with nothing in them take no room.
 */

export interface ProportionPart {
  key: string;
  label: string;
  /** A CSS colour, normally a custom property. */
  color: string;
  value: number;
}

export interface ProportionSegment extends ProportionPart {
  x: number;
  width: number;
  /** Share of the total, 0-1. */
  share: number;
}

/** Splits `width` among the parts in proportion to their values. */
export function layoutProportions(parts: readonly ProportionPart[], width: number): ProportionSegment[] {
  const total = parts.reduce((sum, p) => sum + Math.max(0, p.value), 0);
  if (total === 0) return [];
  let x = 0;
  return parts.flatMap((part) => {
    if (part.value <= 0) return [];
    const share = part.value / total;
    const segment = { ...part, x, width: share * width, share };
    x += segment.width;
    return [segment];
  });
}
