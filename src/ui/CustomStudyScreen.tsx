import { useEffect, useRef } from 'preact/hooks';
import type { CustomSession, CustomStudy } from '../app/custom-study';
import { describeRequest } from '../domain/custom-study';
import type { Grade } from '../domain/model';
import { CustomStudyForm } from './CustomStudyForm';
import { GradeBar } from './GradeBar';
import { isTyping } from './KeyboardHelp';
import { routeHref } from './routes';
import { StudyCard } from './StudyCard';
import './custom-study.css';

const cards = (n: number) => `${n} ${n === 1 ? 'card' : 'cards'}`;

/** A running custom session: the card, Show answer, then grades (or Next, in a preview). */
function CustomSessionView({ flow, session }: { flow: CustomStudy; session: CustomSession }) {
  const head = session.queue[0];
  const previewing = session.request.kind === 'preview';
  const reveal = useRef<HTMLButtonElement>(null);

  // Keys as on the study screen: Space/Enter show the answer (or, in a preview, go on), 1-4 grade.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTyping(event)) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target;
      const ownControl = target instanceof Element && target.closest('a, button, summary') && target !== reveal.current;
      const s = flow.session.peek();
      if ((event.key === ' ' || event.key === 'Enter') && !ownControl && s?.queue[0]) {
        event.preventDefault();
        if (!s.revealed) flow.reveal();
        else if (s.request.kind === 'preview') flow.next();
      } else if (/^[1-4]$/.test(event.key) && s?.revealed && s.preview) {
        event.preventDefault();
        void flow.grade(Number(event.key) as Grade);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flow]);

  useEffect(() => {
    if (head && !session.revealed) reveal.current?.focus({ preventScroll: true });
    else if (head && previewing)
      document.querySelector<HTMLButtonElement>('.custom-next')?.focus({ preventScroll: true });
    else if (head) document.querySelector<HTMLButtonElement>('.grade-good')?.focus({ preventScroll: true });
  }, [head?.card.id, session.revealed, session.done]);

  return (
    <>
      <div class="custom-session-head">
        <h2 class="custom-title">{describeRequest(session.request)}</h2>
        <p class="remaining" role="status">
          {head ? `${session.queue.length} left` : ''}
        </p>
        <button type="button" class="button subtle" onClick={() => flow.end()}>
          End
        </button>
      </div>
      {flow.error.value ? (
        <p class="error" role="alert">
          {flow.error.value}
        </p>
      ) : null}
      {flow.notice.value ? (
        <p class="notice" role="status">
          {flow.notice.value}
        </p>
      ) : null}
      {head ? (
        <>
          <article class="card" aria-label="Card">
            <div class="card-meta">{previewing ? 'Preview: not scheduled' : head.schedule ? 'Review' : 'New'}</div>
            <StudyCard card={head.card} revealed={session.revealed} onReveal={() => flow.reveal()} />
          </article>
          <div class="action-bar">
            {!session.revealed ? (
              <button
                ref={reveal}
                type="button"
                class="button primary reveal"
                onClick={() => flow.reveal()}
                aria-keyshortcuts="Space Enter"
              >
                Show answer
              </button>
            ) : previewing ? (
              <button type="button" class="button primary reveal custom-next" onClick={() => flow.next()}>
                Next
              </button>
            ) : session.preview ? (
              <GradeBar
                preview={session.preview}
                at={session.previewAt}
                disabled={flow.busy.value}
                onGrade={(g) => void flow.grade(g)}
              />
            ) : null}
          </div>
        </>
      ) : (
        <div class="done" role="status">
          <h3>
            {session.picked === 0
              ? 'No cards to study for this choice.'
              : previewing
                ? `Preview done: ${cards(session.done)} seen, none scheduled.`
                : `Custom study done: ${cards(session.done)} graded.`}
          </h3>
          <p>
            {session.picked === 0
              ? 'Try another tag, more days ahead or other decks.'
              : previewing
                ? 'The cards stay new: they come up in study as before.'
                : 'Each grade was a normal review: the cards are scheduled from it.'}
          </p>
          <div class="button-row">
            <button type="button" class="button primary" onClick={() => flow.end()}>
              Another custom study
            </button>
            <a class="button" href={routeHref('home')}>
              Back to decks
            </a>
          </div>
        </div>
      )}
    </>
  );
}

/** Custom study: choose what to study outside the day's queue, then study it. */
export function CustomStudyScreen({ flow }: { flow: CustomStudy }) {
  useEffect(() => {
    void flow.open();
    return () => flow.end();
  }, [flow]);
  const session = flow.session.value;
  return (
    <section class="screen custom-study" aria-labelledby="custom-study-heading">
      <h1 id="custom-study-heading">Custom study</h1>
      {session ? (
        <CustomSessionView flow={flow} session={session} />
      ) : (
        <>
          <p class="hint">Study outside today's queue and its daily limits.</p>
          <CustomStudyForm flow={flow} />
        </>
      )}
    </section>
  );
}
