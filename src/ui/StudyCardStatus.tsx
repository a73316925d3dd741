import { useEffect } from 'preact/hooks';
import type { StudyCardActions } from '../app/study-card-actions';

/**
 * What the last action on a study card did (suspended, buried, flagged), with its Undo; gone
 * once the session moves on (the next grade). A failure is said as an alert.
 */
export function StudyCardStatus({ actions, graded }: { actions: StudyCardActions; graded: number }) {
  useEffect(() => () => actions.dismiss(), [graded]);
  const error = actions.error.value;
  const status = actions.status.value;
  if (error) {
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  }
  return (
    <div class="study-card-status" role="status">
      {status ? (
        <>
          <span>{status}</span>
          {actions.canUndo() ? (
            <button type="button" class="button" onClick={() => void actions.undo()} disabled={actions.busy.value}>
              Undo
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
