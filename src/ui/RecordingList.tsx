import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatBytes } from '../app/storage-persistence';
import type { RecordingRecord } from '../domain/model';
import { formatClock } from '../domain/rehearsal-text';
import { formatWhen } from './format-date';

/** A recording's player, over an object URL that lives as long as the player. */
function RecordingPlayer({ recording, label }: { recording: RecordingRecord; label: string }) {
  const url = useMemo(() => URL.createObjectURL(recording.blob), [recording.blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <audio class="recording-player" controls preload="metadata" src={url} aria-label={label} />;
}

interface Props {
  recordings: readonly RecordingRecord[];
  now: number;
  onDelete: (recording: RecordingRecord) => Promise<void>;
  /** The question's words, for lists of many questions' recordings. */
  questionOf?: (recording: RecordingRecord) => string | undefined;
}

/** Recordings with their date and length, each to play back or delete (after a second tap). */
export function RecordingList({ recordings, now, onDelete, questionOf }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <ul class="recording-list">
      {recordings.map((recording) => {
        const when = formatWhen(recording.at, now);
        const length = formatClock(recording.durationMs);
        const question = questionOf?.(recording);
        return (
          <li key={recording.id} class="recording">
            {question ? <p class="recording-question">{question}</p> : null}
            <p class="recording-meta">
              <span>Recorded {when}</span> · <span>{length}</span> ·{' '}
              <span class="hint">{formatBytes(recording.size)}</span>
            </p>
            <RecordingPlayer recording={recording} label={`Recording from ${when}, ${length} long`} />
            {confirming === recording.id ? (
              <div class="button-row">
                <button
                  type="button"
                  class="button danger"
                  onClick={() => {
                    setConfirming(null);
                    void onDelete(recording);
                  }}
                >
                  Delete recording
                </button>
                <button type="button" class="button" onClick={() => setConfirming(null)}>
                  Keep it
                </button>
              </div>
            ) : (
              <button
                type="button"
                class="button subtle"
                aria-label={`Delete the recording from ${when}`}
                onClick={() => setConfirming(recording.id)}
              >
                Delete
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
