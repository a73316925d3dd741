import { deckRowLabel } from '../domain/deck-summary';
import { formatDueIn } from '../domain/format-time';
import { useApp } from './app-context';
import { FirstVisitSlot } from './FirstVisitSlot';
import { NextStep } from './NextStep';
import { PlanSummary } from './PlanSummary';
import { routeHref } from './routes';

/** The first visit's questions, the next step, the plan toward the interview, and the decks with their counts. */
export function HomeScreen() {
  const app = useApp();
  const summaries = app.summaries.value;
  const now = app.now.value;
  const names = new Set(summaries.map((s) => s.deck.name));
  return (
    <section class="screen home" aria-labelledby="decks-heading">
      <h1 id="decks-heading">Decks</h1>
      <FirstVisitSlot />
      <NextStep />
      <PlanSummary />
      {app.gradedToday.value > 0 ? (
        <p class="today" role="status">
          Today: {app.gradedToday.value} {app.gradedToday.value === 1 ? 'answer' : 'answers'},{' '}
          {app.doneToday.value.newCards} new {app.doneToday.value.newCards === 1 ? 'card' : 'cards'} started.
        </p>
      ) : null}
      {summaries.length === 0 ? (
        <p class="empty">{app.ready.value ? 'No decks yet. Import one to begin.' : 'Loading decks…'}</p>
      ) : (
        <ul class="deck-list">
          {summaries.map(({ deck, due, newCards, total, nextDue }) => {
            const { depth, label } = deckRowLabel(deck.name, names);
            return (
              <li
                key={deck.id}
                class="deck-row"
                style={depth ? { paddingInlineStart: `${depth * 1.25}rem` } : undefined}
              >
                <a class="deck-link" href={routeHref('study', { scope: deck.id })}>
                  <span class="deck-name">{label}</span>
                  <span class="deck-counts">
                    <span class={due ? 'count due' : 'count'}>{due} due</span> ·{' '}
                    <span class={newCards ? 'count new' : 'count'}>{newCards} new</span> ·{' '}
                    <span class="count">{total} total</span>
                  </span>
                  {due + newCards === 0 && nextDue !== null ? (
                    <span class="deck-next">Next card {formatDueIn(nextDue, now)}</span>
                  ) : null}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
