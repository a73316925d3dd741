import type { CardCounts } from '../../domain/stats/card-counts';
import { formatPercent } from './chart-format';
import { ChartFigure } from './ChartFigure';
import { layoutProportions } from './proportion-layout';
import { cardCountParts } from './stat-charts';

const WIDTH = 340;
const HEIGHT = 18;

/** Card counts by state: one bar split by share, and a legend that lists every count. */
export function CardCountsBar({ counts, title = 'Cards' }: { counts: CardCounts; title?: string }) {
  const parts = cardCountParts(counts);
  const segments = layoutProportions(parts, WIDTH);
  const summary =
    counts.total === 0
      ? 'No cards yet.'
      : `${counts.total.toLocaleString('en')} cards: ` +
        parts
          .filter((p) => p.value > 0)
          .map((p) => `${p.value.toLocaleString('en')} ${p.label.toLowerCase()}`)
          .join(', ') +
        '.';
  return (
    <ChartFigure title={title} summary={summary}>
      {segments.length > 0 && (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
          {segments.map((s) => (
            <rect key={s.key} x={s.x} y={0} width={s.width} height={HEIGHT} fill={s.color}>
              <title>{`${s.label}: ${s.value.toLocaleString('en')}`}</title>
            </rect>
          ))}
        </svg>
      )}
      <ul class="chart-legend">
        {parts.map((p) => (
          <li key={p.key}>
            <span class="chart-swatch" style={{ background: p.color }} aria-hidden="true" />
            {p.label}: {p.value.toLocaleString('en')}
            {counts.total > 0 && ` (${formatPercent(p.value / counts.total)})`}
          </li>
        ))}
      </ul>
    </ChartFigure>
  );
}
