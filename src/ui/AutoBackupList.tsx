import { useEffect } from 'preact/hooks';
import type { AutoBackups } from '../app/auto-backups';
import { KIND_LABELS, type AutoBackupInfo } from '../domain/auto-backups';
import { formatBytes } from '../domain/format-bytes';

/** "3 Mar 2026, 09:15" in the user's locale. */
function formatDateTime(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Your data: the automatic backups kept in this browser, newest first, with their date and
 * size, each restored in one tap (what is here now is backed up first).
 */
export function AutoBackupList({
  backups,
  busy,
  onRestore,
}: {
  backups: AutoBackups;
  busy: boolean;
  onRestore: (info: AutoBackupInfo) => void;
}) {
  useEffect(() => {
    void backups.refresh();
  }, [backups]);
  const list = backups.list.value;
  const running = backups.running.value;
  return (
    <section aria-labelledby="auto-backups-heading">
      <h2 id="auto-backups-heading">Automatic backups</h2>
      {backups.available.value === false ? (
        <p class="hint">
          This browser does not let PrepDeck keep automatic backups. Use “Back up everything” now and then, and keep the
          file somewhere safe.
        </p>
      ) : (
        <p class="hint">
          Kept in this browser, apart from the app’s database: one a day after your first study session, one before each
          import or restore (the last 3 of each), and the last “Back up everything”. Restoring one first backs up what
          is here now.
        </p>
      )}
      {running ? (
        <p role="status" class="auto-backup-running">
          Making a backup…{running.fraction !== null ? ` ${Math.round(running.fraction * 100)}%` : ''}
        </p>
      ) : null}
      {backups.failure.value ? (
        <p class="error" role="alert">
          {backups.failure.value}
        </p>
      ) : null}
      {list && list.length > 0 ? (
        <ul class="auto-backup-list">
          {list.map((info) => (
            <li key={info.name}>
              <span class="auto-backup-what">
                <strong>{KIND_LABELS[info.kind]}</strong>
                <span>
                  {formatDateTime(info.createdAt)} · {formatBytes(info.size)}
                </span>
              </span>
              <button
                type="button"
                class="button"
                disabled={busy}
                aria-label={`Restore ${KIND_LABELS[info.kind]} of ${formatDateTime(info.createdAt)}`}
                onClick={() => onRestore(info)}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      ) : list ? (
        <p class="hint">No automatic backup yet: the first is made after your first study session.</p>
      ) : null}
    </section>
  );
}
