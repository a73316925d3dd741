import { useEffect, useState } from 'preact/hooks';
import type { RehearsalSession } from '../app/rehearsal-session';
import type { StoryBook } from '../app/story-book';
import { plural } from '../domain/data-messages';
import { formatClock } from '../domain/rehearsal-text';
import { GRADE_NAMES } from './GradeBar';
import { RehearseQuestion } from './RehearseQuestion';
import { RehearseReview } from './RehearseReview';
import { RehearseSetup } from './RehearseSetup';
import { routeHref } from './routes';

interface Props {
  session: RehearsalSession;
  stories: StoryBook;
  /** Rehearse this one question (from its card while studying). */
  cardId?: string;
}

/** Rehearse the interview: choose, answer aloud against the timer, check, rate; then a summary. */
export function RehearseScreen({ session, stories, cardId }: Props) {
  const step = session.step.value;
  // Hiding the story prompt holds for the next questions too, until the screen is left.
  const [storiesOpen, setStoriesOpen] = useState(true);

  useEffect(() => {
    const current = session.items.peek()[0];
    const running = session.step.peek() === 'question' || session.step.peek() === 'review';
    if (cardId && !(running && current?.card.id === cardId && session.items.peek().length === 1))
      void session.startWithCard(cardId);
    else if (!cardId && session.step.peek() === 'setup') void session.setup.prepare();
  }, [cardId]);

  // The timer moves four times a second while a question runs (the figure changes once a second).
  useEffect(() => {
    if (step !== 'question') return;
    const id = setInterval(() => session.tick(), 250);
    return () => clearInterval(id);
  }, [step]);

  // Leaving the screen stops the recording and keeps it.
  useEffect(() => () => session.leave(), []);

  return (
    <section class="screen rehearse" aria-labelledby="rehearse-heading">
      <h1 id="rehearse-heading">Rehearse</h1>
      {session.error.value ? (
        <p class="error" role="alert">
          {session.error.value}
        </p>
      ) : null}
      {step === 'setup' ? (
        <RehearseSetup session={session} />
      ) : step === 'question' ? (
        <RehearseQuestion
          session={session}
          stories={stories}
          storiesOpen={storiesOpen}
          onStoriesToggle={setStoriesOpen}
        />
      ) : step === 'review' ? (
        <RehearseReview session={session} />
      ) : (
        <RehearseDone session={session} />
      )}
    </section>
  );
}

function RehearseDone({ session }: { session: RehearsalSession }) {
  const results = session.results.value;
  const rated = results.filter((r) => r.rating !== null).length;
  return (
    <div class="rehearse-done">
      <h2>
        Rehearsal done: {plural(results.length, 'question')}, {rated} rated.
      </h2>
      <p class="hint">Each rating counts as a review of that card: it is scheduled with your studying.</p>
      <ol class="result-list">
        {results.map((r, i) => (
          <li key={`${r.card.id}-${i}`}>
            <span class="result-question">{r.card.front}</span>
            <span class="hint">
              {formatClock(r.answerMs)}
              {r.overtimeMs >= 1000 ? ` (${formatClock(r.overtimeMs)} over)` : ''} ·{' '}
              {r.rating === null ? 'not rated' : GRADE_NAMES[r.rating]}
            </span>
          </li>
        ))}
      </ol>
      <div class="button-row">
        <button type="button" class="button primary" onClick={() => session.end()}>
          Rehearse again
        </button>
        <a class="button" href={routeHref('home')}>
          Back to decks
        </a>
      </div>
    </div>
  );
}
