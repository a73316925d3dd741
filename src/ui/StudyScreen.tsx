import { useEffect, useRef } from 'preact/hooks';
import { formatDueIn } from '../domain/format-time';
import type { Grade } from '../domain/model';
import { ALL_DECKS } from '../domain/study-session';
import type { StudyCardActions } from '../app/study-card-actions';
import type { StudyState } from '../app/study-session';
import { useApp } from './app-context';
import { formatWhen } from './format-date';
import { GradeBar } from './GradeBar';
import { LinkedStories } from './LinkedStories';
import { StudyCard } from './StudyCard';
import { StudyCardStatus } from './StudyCardStatus';
import { StudyMenu } from './StudyMenu';
import { routeHref, type ScreenProps } from './routes';

/** Studies one deck (with its subdecks) or all decks: front, Show answer, back, grade, undo. */
export function StudyScreen({
  params,
  study,
  cardActions,
}: ScreenProps & { study: StudyState; cardActions: StudyCardActions }) {
  const scope = params.scope ?? ALL_DECKS;
  const app = useApp();
  const session = study.session.value;
  const revealButton = useRef<HTMLButtonElement>(null);

  // Each visit starts from the current queue (decks may have changed since the last one).
  useEffect(() => {
    if (app.ready.value) study.start(scope).catch(() => undefined);
  }, [scope, app.ready.value]);

  // Keyboard: Space/Enter reveal, 1-4 grade, Z or Ctrl+Z undo.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // The innermost element: a link or an audio control inside a card's shadow root too.
      const target = event.composedPath?.()[0] ?? event.target;
      if (target instanceof Element && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (event.altKey || event.metaKey) return;
      // A dialog over the card (a link's confirmation) has the keys until it closes.
      if (document.querySelector('dialog[open]')) return;
      const s = study.session.peek();
      if ((event.key === 'z' || event.key === 'Z') && !event.shiftKey) {
        event.preventDefault();
        void study.undo().catch(() => undefined);
        return;
      }
      if (event.ctrlKey) return;
      // Space/Enter on a focused link or button does that control's own job.
      const ownControl =
        target instanceof Element && target.closest('a, button, summary') !== null && target !== revealButton.current;
      if ((event.key === ' ' || event.key === 'Enter') && s?.current && !s.revealed && !ownControl) {
        event.preventDefault();
        study.reveal();
      } else if (/^[1-4]$/.test(event.key) && s?.revealed) {
        event.preventDefault();
        void study.grade(Number(event.key) as Grade).catch(() => undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [study]);

  // Keep keyboard and screen-reader focus on the next thing to do: "Show answer", then "Good".
  useEffect(() => {
    if (!session?.current) return;
    if (!session.revealed) revealButton.current?.focus({ preventScroll: true });
    else document.querySelector<HTMLButtonElement>('.grade-good')?.focus({ preventScroll: true });
  }, [session?.current?.card.id, session?.revealed, session?.graded]);

  const deckName = scope === ALL_DECKS ? 'All decks' : (app.decks.value.find((d) => d.id === scope)?.name ?? 'Deck');
  const undoButton = (
    <button
      type="button"
      class="button subtle undo"
      onClick={() => void study.undo().catch(() => undefined)}
      disabled={!app.undoAvailable.value || study.busy.value}
      aria-keyshortcuts="Z"
    >
      Undo
    </button>
  );

  if (!session || session.scope !== scope) {
    return (
      <section class="screen study">
        <p class="empty">Loading…</p>
      </section>
    );
  }

  const { current } = session;
  return (
    <section class="screen study" aria-labelledby="study-heading">
      <header class="study-header">
        <a class="button subtle back" href={routeHref('home')} aria-label="Back to decks">
          ‹ Decks
        </a>
        <h1 id="study-heading" class="study-title">
          {deckName.split('::').join(' › ')}
        </h1>
        <p class="remaining" role="status">
          {session.remaining} left
        </p>
        <StudyMenu actions={cardActions} card={current?.card ?? null} scope={scope} />
      </header>
      {study.error.value ? (
        <p class="error" role="alert">
          {study.error.value}
        </p>
      ) : null}
      {study.notice.value ? (
        <p class="notice" role="status">
          {study.notice.value}
        </p>
      ) : null}
      <StudyCardStatus actions={cardActions} graded={session.graded} />
      {current ? (
        <>
          <article class="card" aria-label="Card">
            <div class="card-meta">
              {current.kind === 'new' ? 'New' : current.kind === 'learning' ? 'Learning' : 'Review'}
            </div>
            <StudyCard card={current.card} revealed={session.revealed} onReveal={() => study.reveal()} />
            {session.revealed && current.card.source ? <p class="card-source">From: {current.card.source}</p> : null}
            {session.revealed ? <LinkedStories card={current.card} /> : null}
          </article>
          <div class="action-bar">
            {session.revealed && session.preview ? (
              <GradeBar
                preview={session.preview}
                at={session.previewAt}
                disabled={study.busy.value}
                onGrade={(g) => void study.grade(g).catch(() => undefined)}
              />
            ) : (
              <button
                ref={revealButton}
                type="button"
                class="button primary reveal"
                onClick={() => study.reveal()}
                aria-keyshortcuts="Space Enter"
              >
                Show answer
              </button>
            )}
            {undoButton}
          </div>
        </>
      ) : (
        <div class="done" role="status">
          <h2>
            {session.graded > 0
              ? `Done for now: ${session.graded} card${session.graded === 1 ? '' : 's'} studied.`
              : 'No cards due.'}
          </h2>
          <p>
            {session.nextDue !== null
              ? `No cards due right now. The next card is due ${formatDueIn(session.nextDue, app.now.value)} (${formatWhen(session.nextDue, app.now.value)}).`
              : 'No cards due: this deck has no cards left to study.'}
          </p>
          <div class="action-bar">
            <a class="button primary" href={routeHref('home')}>
              Back to decks
            </a>
            {undoButton}
          </div>
        </div>
      )}
    </section>
  );
}
