/** The chart colours: defined for light and dark alike, and visible on the card surface of each. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio as contrast } from '../../helpers/contrast';

const css = readFileSync(new URL('../../../src/ui/charts/charts.css', import.meta.url), 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const variables = (block: string): Record<string, string> =>
  Object.fromEntries([...block.matchAll(/(--(?:chart|heat)-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
const light = variables(css.slice(0, darkStart));
const dark = variables(css.slice(darkStart, css.indexOf('}', css.indexOf('}', darkStart) + 1)));

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
