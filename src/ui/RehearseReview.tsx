import type { RehearsalSession } from '../app/rehearsal-session';
import type { AnswerAnalysis } from '../domain/answer-analysis';
import type { AnswerPoint } from '../domain/model';
import { describePace, describeAnswerLength, fillerRanges, splitAtRanges } from '../domain/rehearsal-text';
import { timerDurations } from '../domain/rehearsal-timer';
import { useApp } from './app-context';
import { CardContent } from './CardContent';
import { GradeBar } from './GradeBar';
import { RecordingList } from './RecordingList';

/** With a transcript: pace, filler words, the points touched, and the transcript with its fillers marked. */
function TranscriptAnalysis({ transcript, analysis }: { transcript: string; analysis: AnswerAnalysis }) {
  const fillers = analysis.fillers.filter((f) => f.count > 0);
  return (
    <section class="analysis" aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">Your answer</h2>
      <p>{describePace(analysis)}</p>
      <p>
        {fillers.length === 0
          ? 'No filler words.'
          : `Filler words: ${fillers.map((f) => `“${f.filler}” ${f.count}×`).join(', ')}.`}
      </p>
      {analysis.points.length > 0 ? (
        <>
          <h3>
            Points a strong answer covers: you touched {analysis.pointsTouched} of {analysis.points.length}
          </h3>
          <ul class="point-list">
            {analysis.points.map((point) => (
              <li key={point.text} class={point.touched ? 'touched' : 'missed'}>
                <span aria-hidden="true">{point.touched ? '✓' : '○'}</span>{' '}
                <span class="visually-hidden">{point.touched ? 'Touched: ' : 'Not touched: '}</span>
                {point.text}
                {point.touched ? <span class="hint"> ({point.matched.join(', ')})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <details>
        <summary>Transcript</summary>
        <p class="transcript">
          {splitAtRanges(transcript, fillerRanges(analysis)).map((part, i) =>
            part.filler ? <mark key={i}>{part.text}</mark> : part.text,
          )}
        </p>
      </details>
    </section>
  );
}

/** Without a transcript: the points as a checklist the candidate ticks. */
function PointChecklist({
  points,
  checked,
  onToggle,
}: {
  points: readonly AnswerPoint[];
  checked: readonly number[];
  onToggle: (i: number) => void;
}) {
  return (
    <fieldset class="point-checklist">
      <legend>A strong answer covers: tick what you said</legend>
      {points.map((point, i) => (
        <label key={point.text} class="checkbox">
          <input class="thumb-check" type="checkbox" checked={checked.includes(i)} onChange={() => onToggle(i)} />
          {point.text}
        </label>
      ))}
      <p class="hint" role="status">
        {checked.length} of {points.length} covered
      </p>
    </fieldset>
  );
}

/** After an answer: its length, what it covered, its recordings, and the self-rating. */
export function RehearseReview({ session }: { session: RehearsalSession }) {
  const app = useApp();
  const item = session.current.value;
  const review = session.review.value;
  if (!item || !review) return null;
  const { answerMs, overtimeMs } = timerDurations(review.timer);
  const points = item.card.points ?? [];
  const recordings = session.library.byCard.value.get(item.card.id) ?? [];
  return (
    <div class="rehearse-review">
      <p class="rehearse-progress">
        Question {session.index.value + 1} of {session.items.value.length}
      </p>
      <article class="card" aria-label="Question">
        <CardContent card={item.card} side="front" />
      </article>
      <p class={overtimeMs >= 1000 ? 'answer-length over' : 'answer-length'}>
        {describeAnswerLength(answerMs, overtimeMs, review.timer.settings.answerMs)}
      </p>
      {session.capture.problem.value ? (
        <p class="recording-problem" role="alert">
          {session.capture.problem.value}
        </p>
      ) : null}
      {review.analysis ? (
        <TranscriptAnalysis transcript={review.transcript} analysis={review.analysis} />
      ) : points.length > 0 ? (
        <PointChecklist points={points} checked={review.checked} onToggle={(i) => session.togglePoint(i)} />
      ) : (
        <section aria-label="Answer">
          <CardContent card={item.card} side="back" />
        </section>
      )}
      {recordings.length > 0 ? (
        <section aria-labelledby="question-recordings-heading">
          <h2 id="question-recordings-heading">Recordings of this question</h2>
          <RecordingList recordings={recordings} now={app.now.value} onDelete={(r) => session.library.remove(r)} />
        </section>
      ) : null}
      <button type="button" class="button subtle" onClick={() => session.skip()}>
        Next without rating
      </button>
      <div class="action-bar rehearse-grades">
        <p class="grade-prompt" id="rate-prompt">
          How did it go?
        </p>
        <GradeBar
          preview={review.preview}
          at={review.previewAt}
          disabled={session.busy.value}
          onGrade={(g) => void session.rate(g)}
        />
      </div>
    </div>
  );
}
