import type { ComponentChildren } from 'preact';
import type { StudyState } from '../app/study-session';
import { formatDueIn } from '../domain/format-time';
import { formatSpent, nextDeckWithWork, recapSession } from '../domain/session-recap';
import { ALL_DECKS } from '../domain/study-session';
import { useApp } from './app-context';
import { formatWhen } from './format-date';
import { routeHref } from './routes';
import './session-end.css';

interface Props {
  study: StudyState;
  /** The session's scope: a deck id, every deck, or a list's (a drill's) own. */
  scope: string;
  /** Said instead of when the next card is due (a drill's word on what it was). */
  note?: ComponentChildren;
  undo: ComponentChildren;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The end of a session: what was done (cards, how many were Again, the time), when the next card
 * is due, and what to do next: review the missed cards, continue with the next deck with work.
 */
export function SessionEnd({ study, scope, note, undo }: Props) {
  const app = useApp();
  const session = study.session.value;
  const recap = recapSession(study.answers.value);
  const now = app.now.value;
  const studied = scope === ALL_DECKS ? undefined : app.decks.value.find((d) => d.id === scope);
  const rows = app.summaries.value.map((s) => ({ id: s.deck.id, name: s.deck.name, work: s.due + s.newCards }));
  const next = nextDeckWithWork(rows, studied ?? null);
  const nextDue = session?.nextDue ?? null;
  return (
    <div class="done session-end" role="status">
      <h2>{recap.cards > 0 ? 'Session done' : 'No cards due.'}</h2>
      {recap.cards > 0 ? (
        <div class="recap" role="group" aria-label="This session">
          <dl>
            <div>
              <dt>Studied</dt>
              <dd>{plural(recap.cards, 'card')}</dd>
            </div>
            <div>
              <dt>Again</dt>
              <dd class={recap.again > 0 ? 'recap-again' : undefined}>{recap.again}</dd>
            </div>
            <div>
              <dt>Time</dt>
              <dd>{formatSpent(recap.timeMs)}</dd>
            </div>
          </dl>
        </div>
      ) : null}
      {note ?? (
        <p>
          {nextDue !== null
            ? `No cards due right now. The next card is due ${formatDueIn(nextDue, now)} (${formatWhen(nextDue, now)}).`
            : 'No cards due: nothing is left to study here.'}
        </p>
      )}
      <div class="session-next">
        {recap.again > 0 ? (
          <button
            type="button"
            class="button primary"
            disabled={study.busy.value}
            onClick={() => void study.reviewMissed().catch(() => undefined)}
          >
            {recap.again === 1 ? 'Review the one I missed' : `Review the ${recap.again} I missed`}
          </button>
        ) : null}
        {next ? (
          <a
            class={`button ${recap.again > 0 ? '' : 'primary '}continue`}
            href={routeHref('study', { scope: next.id })}
          >
            Continue with <span class="continue-deck">{next.name.split('::').join(' › ')}</span>
          </a>
        ) : null}
      </div>
      <div class="action-bar">
        <a class={`button${recap.again > 0 || next ? '' : ' primary'}`} href={routeHref('home')}>
          Back to decks
        </a>
        {undo}
      </div>
    </div>
  );
}
