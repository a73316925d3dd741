import { deckRowLabel } from '../domain/deck-summary';
import { formatDueIn } from '../domain/format-time';
import { useApp } from './app-context';
import { FirstVisitSlot } from './FirstVisitSlot';
import { NextStep } from './NextStep';
import { PlanSummary } from './PlanSummary';
import { RehearseLinks } from './RehearseLinks';
import { routeHref } from './routes';

/**
 * The first visit's questions, the one next step (today's cards: every deck together), the plan
 * toward the interview, the day's shared new-card budget (said once: each row's new count is what
 * that deck would start now, from the same budget) and the decks with their due / new / total
 * counts. What arrives with the data sits below the next step, whose place is kept from the first
 * paint, so nothing already on screen moves (CLS 0); only a first visit puts its questions above.
 */
export function HomeScreen() {
  const app = useApp();
  const summaries = app.summaries.value;
  const now = app.now.value;
  const names = new Set(summaries.map((s) => s.deck.name));
  const newLeft = app.momentAt(now).room.newCards;
  const newPerDay = app.settings.value.newPerDay;
  return (
    <section class="screen home" aria-labelledby="decks-heading">
      <h1 id="decks-heading">Decks</h1>
      <FirstVisitSlot />
      <NextStep />
      <PlanSummary />
      <RehearseLinks />
      {app.gradedToday.value > 0 ? (
        <p class="today" role="status">
          Today: {app.gradedToday.value} {app.gradedToday.value === 1 ? 'answer' : 'answers'},{' '}
          {app.doneToday.value.newCards} new {app.doneToday.value.newCards === 1 ? 'card' : 'cards'} started.
        </p>
      ) : null}
      {app.ready.value ? (
        <p class="budget">
          {newLeft === 0
            ? `No new cards left today (${newPerDay} a day, shared by all decks).`
            : `${newLeft} of ${newPerDay} new cards left today, shared by all decks.`}
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
