import type { Backup } from '../app/data-flow';
import { plural } from '../domain/data-messages';

/** Asks before a restore replaces everything: when the backup was made and what it holds. */
export function RestoreConfirm({
  backup,
  onConfirm,
  onCancel,
}: {
  backup: Backup;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const when = new Date(backup.createdAt).toLocaleString();
  return (
    <div class="restore-confirm" role="alertdialog" aria-labelledby="restore-heading" aria-describedby="restore-text">
      <h2 id="restore-heading">Restore this backup?</h2>
      <p id="restore-text">
        The backup from {when} holds {plural(backup.counts.decks, 'deck')}, {plural(backup.counts.cards, 'card')} and{' '}
        {plural(backup.counts.reviews, 'review')}. Restoring replaces every deck, card and all progress on this device
        with it.
      </p>
      <div class="action-bar">
        <button type="button" class="button primary danger" onClick={onConfirm}>
          Replace my data
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
