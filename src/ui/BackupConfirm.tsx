import './thumb-check.css';
import { useState } from 'preact/hooks';
import { formatBytes } from '../app/storage-persistence';
import type { BackupSize } from '../domain/backup-size';
import { plural } from '../domain/data-messages';

/** Before a backup is made: how big it will be, with the recordings' share, which can be left out. */
export function BackupConfirm({
  size,
  onSave,
  onCancel,
}: {
  size: BackupSize;
  onSave: (includeRecordings: boolean) => void;
  onCancel: () => void;
}) {
  const [recordings, setRecordings] = useState(true);
  const total = recordings ? size.totalBytes : size.totalBytes - size.recordingBytes;
  return (
    <div class="restore-confirm backup-confirm" role="group" aria-labelledby="backup-size-heading">
      <h3 id="backup-size-heading">This backup will take up to {formatBytes(total)}</h3>
      <p class="hint">
        Cards, progress, settings and stories: at most {formatBytes(size.recordsBytes)} (less once compressed)
        {size.mediaBytes > 0 ? `; media ${formatBytes(size.mediaBytes)}` : ''}
        {size.recordingCount > 0
          ? `; ${plural(size.recordingCount, 'recording')} ${formatBytes(size.recordingBytes)}`
          : ''}
        .
      </p>
      {size.recordingCount > 0 ? (
        <label class="checkbox">
          <input
            class="thumb-check"
            type="checkbox"
            checked={recordings}
            onChange={(e) => setRecordings((e.target as HTMLInputElement).checked)}
          />
          Include my recordings
        </label>
      ) : null}
      <div class="button-row">
        <button type="button" class="button primary" onClick={() => onSave(recordings)}>
          Save backup
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
