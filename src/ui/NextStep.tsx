import { formatDueIn } from '../domain/format-time';
import { ALL_DECKS } from '../domain/study-session';
import { useApp, useGuide } from './app-context';
import { formatWhen } from './format-date';
import { routeHref } from './routes';
import './guide.css';

const cards = (n: number) => `${n} ${n === 1 ? 'card' : 'cards'}`;

/** Home's lead: the one thing to do next (today's cards, a short rehearsal, or nothing until the next card). */
export function NextStep() {
  const app = useApp();
  const guide = useGuide();
  const step = guide.nextStep.value;
  switch (step.kind) {
    case 'loading':
      return (
        <p class="next-step">
          <span class="button primary next-action" aria-disabled="true">
            Getting today ready…
          </span>
        </p>
      );
    case 'import':
      return (
        <p class="next-step">
          <a class="button primary next-action" href={routeHref('import')}>
            Import a deck to begin
          </a>
        </p>
      );
    case 'study':
      return (
        <p class="next-step">
          <a class="button primary next-action" href={routeHref('study', { scope: ALL_DECKS })}>
            {step.started ? `Continue: ${cards(step.cards)} left today` : `Start today's ${cards(step.cards)}`}
          </a>
        </p>
      );
    case 'rehearse':
      return (
        <div class="next-step">
          <p class="next-note">Today's cards are done.</p>
          {/* Rehearsal has its own screen (route 'rehearse'); going there counts as today's rehearsal. */}
          <a class="button primary next-action" href={routeHref('rehearse')} onClick={() => void guide.noteRehearsal()}>
            Rehearse {step.questions} {step.questions === 1 ? 'question' : 'questions'}
          </a>
        </div>
      );
    case 'done': {
      const now = app.now.value;
      const text =
        step.nextDue === null
          ? 'All done: no cards left to study.'
          : step.later
            ? `All done for today — next card ${formatWhen(step.nextDue, now)}`
            : `All done for now — next card ${formatDueIn(step.nextDue, now)} (${formatWhen(step.nextDue, now)})`;
      return (
        <p class="next-step all-done" role="status">
          {text}
        </p>
      );
    }
  }
}
