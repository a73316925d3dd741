/** The chart colours: defined for light and dark alike, and visible on the card surface of each. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/ui/charts/charts.css', import.meta.url), 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const variables = (block: string): Record<string, string> =>
  Object.fromEntries([...block.matchAll(/(--(?:chart|heat)-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
const light = variables(css.slice(0, darkStart));
const dark = variables(css.slice(darkStart, css.indexOf('}', css.indexOf('}', darkStart) + 1)));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('chart colours', () => {
  it('defines every colour in both themes', () => {
    expect(Object.keys(light).length).toBeGreaterThanOrEqual(13);
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
  });

  it('keeps series colours at 3:1 or more against the card surface (--surface in styles.css)', () => {
    for (const [name, colour] of Object.entries(light)) {
      if (name.startsWith('--chart-')) expect(contrast(colour, '#ffffff'), `${name} light`).toBeGreaterThanOrEqual(3);
    }
    for (const [name, colour] of Object.entries(dark)) {
      if (name.startsWith('--chart-')) expect(contrast(colour, '#1d1f24'), `${name} dark`).toBeGreaterThanOrEqual(3);
    }
  });

  it('tells young from mature, and the busiest heatmap shade from an empty day, at 3:1 or more', () => {
    for (const theme of [light, dark]) {
      expect(contrast(theme['--heat-4']!, theme['--heat-0']!)).toBeGreaterThanOrEqual(3);
      expect(contrast(theme['--chart-young']!, theme['--chart-mature']!)).toBeGreaterThanOrEqual(1.5);
    }
  });
});
