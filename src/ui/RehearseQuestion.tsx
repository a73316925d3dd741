import type { RehearsalSession } from '../app/rehearsal-session';
import type { StoryBook } from '../app/story-book';
import { describeTimer } from '../domain/rehearsal-timer';
import { CardContent } from './CardContent';
import { StoryPrompt } from './StoryPrompt';

const PHASE_LABEL = { thinking: 'Thinking time', answering: 'Answer', overtime: 'Over time', stopped: 'Answered' };

/** What the recording is doing, or why nothing is being recorded. */
function RecordingNote({ session }: { session: RehearsalSession }) {
  const { capture } = session;
  if (capture.problem.value)
    return (
      <p class="recording-problem" role="alert">
        {capture.problem.value}
      </p>
    );
  switch (capture.status.value) {
    case 'starting':
      return <p class="recording-note">Starting the microphone…</p>;
    case 'recording':
      return (
        <p class="recording-note recording-live">
          <span aria-hidden="true">●</span> Recording on this device
        </p>
      );
    case 'kept':
      return (
        <div class="recording-note" role="status">
          <p>
            {capture.stoppedBy.value === 'page-hidden'
              ? 'The recording stopped when you left the app; it was kept.'
              : capture.stoppedBy.value
                ? 'The recording stopped (the microphone went away); it was kept.'
                : 'Recording kept.'}
          </p>
          {/* Back in the app mid-answer: go on recording (a second recording of this answer). */}
          <button type="button" class="button" onClick={() => void capture.startRecording()}>
            Record again
          </button>
        </div>
      );
    default:
      return null;
  }
}

interface Props {
  session: RehearsalSession;
  stories: StoryBook;
  /** The story prompt shown or hidden (the candidate's choice, for the whole rehearsal). */
  storiesOpen: boolean;
  onStoriesToggle: (open: boolean) => void;
}

/** One question: the question, the large timer, skip thinking / done, record, the story prompt. */
export function RehearseQuestion({ session, stories, storiesOpen, onStoriesToggle }: Props) {
  const item = session.current.value;
  const view = session.view.value;
  if (!item || !view) return null;
  const recording = session.prefs.prefs.value.recording;
  const live = session.capture.transcript.value;
  return (
    <div class="rehearse-question">
      <p class="rehearse-progress">
        Question {session.index.value + 1} of {session.items.value.length}
        {item.due ? <span class="badge">Due for review</span> : null}
      </p>
      <article class="card" aria-label="Question">
        <CardContent card={item.card} side="front" />
      </article>
      <div class={`timer timer-${view.phase}`}>
        <p class="timer-phase">{PHASE_LABEL[view.phase]}</p>
        <p class="timer-figure" role="timer" aria-label={describeTimer(view)}>
          {view.label}
        </p>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {session.announcement.value}
      </p>
      <RecordingNote session={session} />
      {session.capture.listening.value || live.final ? (
        <p class="live-transcript" aria-label="Live transcript">
          {live.final} <span class="hint">{live.interim}</span>
        </p>
      ) : null}
      <StoryPrompt stories={stories.forCard(item.card.id)} open={storiesOpen} onToggle={onStoriesToggle} />
      <button type="button" class="button subtle" onClick={() => session.end()}>
        End rehearsal
      </button>
      <div class="action-bar rehearse-actions">
        {view.phase === 'thinking' ? (
          <button type="button" class="button primary timer-action" onClick={() => session.skipThinking()}>
            Skip thinking time
          </button>
        ) : (
          <button
            type="button"
            class="button primary timer-action"
            disabled={session.busy.value}
            onClick={() => void session.finish()}
          >
            Done answering
          </button>
        )}
        <button
          type="button"
          class={`button record-toggle${recording ? ' on' : ''}`}
          aria-pressed={recording}
          onClick={() => void session.toggleRecording()}
        >
          <span aria-hidden="true">●</span> Record
        </button>
      </div>
    </div>
  );
}
