import { useEffect } from 'preact/hooks';
import type { Recovery } from '../app/recovery';
import type { StorageProblem } from '../app/storage-health';
import { KIND_LABELS } from '../domain/auto-backups';
import { formatBytes } from '../domain/format-bytes';

/**
 * What the app shows when it cannot go on (the database was deleted or closed under it, or
 * another tab upgraded it): what happened in plain words, and, when the data may be gone, the
 * latest automatic backup to restore in one tap. It never says the progress is saved.
 */
export function StorageProblemPanel({ problem, recovery }: { problem: StorageProblem; recovery?: Recovery }) {
  const offer = problem.offerBackup && recovery !== undefined;
  useEffect(() => {
    if (offer) void recovery!.findLatest();
  }, [offer]);
  const latest = recovery?.latest.value;
  const step = recovery?.step.value ?? { name: 'idle' };
  const busy = step.name === 'reading' || step.name === 'writing' || step.name === 'done';
  const restore = async () => {
    if (await recovery!.restoreLatest()) location.reload();
  };
  return (
    <div class="fatal" role="alert">
      <p>{problem.message}</p>
      {offer && latest ? (
        <p>
          The latest automatic backup in this browser is the {KIND_LABELS[latest.kind].toLowerCase()} of{' '}
          {new Date(latest.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} (
          {formatBytes(latest.size)}). Restoring it puts back every deck, card and grade it holds; anything done after
          it was made is lost.
        </p>
      ) : offer && latest === null ? (
        <p>There is no automatic backup in this browser. If you saved a backup file, restore it in Your data.</p>
      ) : null}
      {step.name === 'reading' ? (
        <p role="status">Reading the backup…{step.fraction !== null ? ` ${Math.round(step.fraction * 100)}%` : ''}</p>
      ) : step.name === 'writing' ? (
        <p role="status">Restoring…</p>
      ) : step.name === 'done' ? (
        <p role="status">Restored. Reloading…</p>
      ) : step.name === 'failed' ? (
        <p class="error">{step.message}</p>
      ) : null}
      <div class="button-row">
        {offer && latest ? (
          <button type="button" class="button primary" disabled={busy} onClick={() => void restore()}>
            Restore the latest automatic backup
          </button>
        ) : null}
        <button
          type="button"
          class={`button${offer && latest ? '' : ' primary'}`}
          disabled={busy}
          onClick={() => location.reload()}
        >
          Reload
        </button>
      </div>
    </div>
  );
}
