import { useEffect } from 'preact/hooks';
import { ALL_CARDS, type StatsFlow } from '../app/stats-flow';
import { ROLES } from '../domain/roles';
import { streakLine, todayLines } from '../domain/stats/stats-text';
import { useApp } from './app-context';
import { BarChart } from './charts/BarChart';
import { CardCountsBar } from './charts/CardCountsBar';
import { Heatmap } from './charts/Heatmap';
import { RetentionTable } from './charts/RetentionTable';
import { forecastChart, histogramChart } from './charts/stat-charts';
import './charts/charts.css';

/** Stats for all cards, one deck (with its subdecks) or one role: today, streak, calendar, forecast, retention, counts. */
export function StatsScreen({ flow }: { flow: StatsFlow }) {
  const app = useApp();
  const result = flow.result.value;
  const decks = app.decks.value.filter((d) => !d.retired).sort((a, b) => a.name.localeCompare(b.name));

  // Each visit computes afresh: cards may have been studied since.
  useEffect(() => void flow.compute(), [flow]);

  return (
    <section
      class="screen stats"
      aria-labelledby="stats-heading"
      aria-busy={flow.loading.value}
      data-computed-ms={result ? Math.round(result.ms) : undefined}
      data-computed-at={result?.at}
    >
      <h1 id="stats-heading">Stats</h1>
      <div class="field">
        <label for="stats-scope">Cards</label>
        <select
          id="stats-scope"
          value={flow.scope.value}
          onChange={(e) => void flow.choose((e.target as HTMLSelectElement).value)}
        >
          <option value={ALL_CARDS}>All decks</option>
          <optgroup label="Deck">
            {decks.map((d) => (
              <option key={d.id} value={`deck:${d.id}`}>
                {d.name.split('::').join(' › ')}
              </option>
            ))}
          </optgroup>
          <optgroup label="Role">
            {ROLES.map((r) => (
              <option key={r.id} value={`role:${r.id}`}>
                {r.label}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <p role="status" class="hint">
        {flow.error.value
          ? ''
          : flow.loading.value
            ? flow.progress.value && flow.progress.value.total > 0
              ? `Counting: ${flow.progress.value.read.toLocaleString('en')} of ${flow.progress.value.total.toLocaleString('en')} reviews read…`
              : 'Counting…'
            : result
              ? `From ${result.reviewsRead.toLocaleString('en')} reviews and ${result.cardsCounted.toLocaleString('en')} cards.`
              : ''}
      </p>
      {flow.error.value ? (
        <p class="error" role="alert">
          Could not count the stats: {flow.error.value}
        </p>
      ) : null}
      {result ? (
        <>
          <section class="chart" aria-labelledby="today-heading">
            <h2 class="chart-title" id="today-heading">
              Today
            </h2>
            {todayLines(result.reviews.today).map((line) => (
              <p key={line} class="stat-line">
                {line}
              </p>
            ))}
            <p class="stat-line">
              <strong>Streak:</strong> {streakLine(result.reviews.streak)}
            </p>
          </section>
          <Heatmap heatmap={result.reviews.heatmap} />
          <BarChart title="Due in the next 30 days" chart={forecastChart(result.cards.forecast)} />
          <RetentionTable retention={result.reviews.retention} />
          <CardCountsBar counts={result.cards.counts} title="Card counts" />
          <BarChart title="Intervals" chart={histogramChart(result.cards.intervals, 'intervals')} />
          <BarChart title="Difficulty" chart={histogramChart(result.cards.difficulty, 'difficulty')} />
        </>
      ) : null}
    </section>
  );
}
