import { useEffect, useState } from 'preact/hooks';
import { pendingBackup } from '../app/pending-files';
import type { DataFlow, SavedFile } from '../app/data-flow';
import { useApp, useServices } from './app-context';
import { AutoBackupList } from './AutoBackupList';
import { BackupConfirm } from './BackupConfirm';
import { downloadFile } from './download';
import { RestoreConfirm } from './RestoreConfirm';

/** Your data: export a deck, back up everything, restore a backup, delete an imported deck. */
export function DataScreen({ flow }: { flow: DataFlow }) {
  const app = useApp();
  const { autoBackups } = useServices();
  const decks = app.summaries.value.map((s) => s.deck);
  const [deckId, setDeckId] = useState(decks[0]?.id ?? '');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const chosen = decks.find((d) => d.id === deckId) ?? decks[0];
  const restore = flow.restoreStep.value;
  const backup = flow.backupStep.value;

  // A backup chosen on the Import screen arrives here.
  useEffect(() => flow.takePendingBackup(), [pendingBackup.value]);

  const save = async (make: () => Promise<SavedFile | undefined>) => {
    const file = await make();
    if (!file) return;
    downloadFile(file.name, file.data);
    flow.saved(file);
  };

  return (
    <section class="screen data" aria-labelledby="data-heading">
      <h1 id="data-heading">Your data</h1>
      <p class="hint">Everything stays on this device. Back it up here, and restore it on this or another device.</p>
      {flow.error.value ? (
        <p class="error" role="alert">
          {flow.error.value}
        </p>
      ) : null}
      <p class="data-status" role="status">
        {flow.status.value ?? ''}
      </p>

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Back up and restore</h2>
        <p class="hint">
          A backup holds every deck, card, all progress, settings, media, your stories and recordings in one .zip file;
          you see its size before it is made. Restoring one replaces everything on this device.
        </p>
        {restore.name === 'reading' ? (
          <div class="import-progress" role="status">
            <label for="restore-progress-bar">{restore.progress.label}…</label>
            <progress id="restore-progress-bar" max={1} value={restore.progress.fraction ?? undefined} />
            <button type="button" class="button" onClick={() => flow.cancelRestore()}>
              Cancel
            </button>
          </div>
        ) : restore.name === 'confirm' ? (
          <RestoreConfirm
            backup={restore.backup}
            onConfirm={() => void flow.confirmRestore()}
            onCancel={() => flow.cancelRestore()}
          />
        ) : restore.name === 'writing' ? (
          <p role="status">{restore.label}…</p>
        ) : backup.name === 'confirm' ? (
          <BackupConfirm
            size={backup.size}
            onSave={(recordings) => void save(() => flow.saveBackup(recordings))}
            onCancel={() => flow.cancelBackup()}
          />
        ) : (
          <div class="button-row">
            <button
              type="button"
              class="button primary"
              disabled={backup.name === 'measuring'}
              onClick={() => void flow.prepareBackup()}
            >
              {backup.name === 'measuring' ? 'Working out the size…' : 'Back up everything'}
            </button>
            <label class="button file-button">
              Restore a backup…
              <input
                class="visually-hidden"
                type="file"
                accept=".zip,application/zip"
                onChange={(e) => {
                  const input = e.target as HTMLInputElement;
                  const file = input.files?.[0];
                  input.value = '';
                  if (file) void flow.openBackup(file, file.name);
                }}
              />
            </label>
            <button type="button" class="button" onClick={() => void save(() => flow.exportStories())}>
              Export my stories (JSON)
            </button>
          </div>
        )}
      </section>

      <AutoBackupList
        backups={autoBackups}
        busy={restore.name !== 'idle'}
        onRestore={(info) => void flow.restoreAutomatic(info)}
      />

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export or delete a deck</h2>
        <div class="field">
          <label for="export-deck">Deck</label>
          <select
            id="export-deck"
            value={chosen?.id ?? ''}
            title={chosen?.name}
            onChange={(e) => {
              setDeckId((e.target as HTMLSelectElement).value);
              setConfirmingDelete(false);
            }}
          >
            {decks.map((deck) => (
              <option key={deck.id} value={deck.id}>
                {deck.name}
              </option>
            ))}
          </select>
        </div>
        <div class="button-row">
          <button
            type="button"
            class="button"
            disabled={!chosen}
            onClick={() => chosen && void save(() => flow.exportDeck(chosen.id, 'anki-text'))}
          >
            Export for Anki (.txt)
          </button>
          <button
            type="button"
            class="button"
            disabled={!chosen}
            onClick={() => chosen && void save(() => flow.exportDeck(chosen.id, 'json'))}
          >
            Export as JSON
          </button>
          <button
            type="button"
            class="button"
            disabled={!chosen || chosen.source === 'builtin'}
            title={chosen?.source === 'builtin' ? 'Decks that come with the app cannot be deleted' : undefined}
            onClick={() => setConfirmingDelete(true)}
          >
            Delete deck…
          </button>
        </div>
        {confirmingDelete && chosen ? (
          <div class="restore-confirm" role="alertdialog" aria-labelledby="delete-heading">
            <p id="delete-heading">
              Delete "{chosen.name}" with all its cards and their progress? This cannot be undone; export it or back up
              first if you may want it again.
            </p>
            <div class="button-row">
              <button
                type="button"
                class="button primary danger"
                onClick={() => {
                  setConfirmingDelete(false);
                  setDeckId('');
                  void flow.deleteDeck(chosen.id, chosen.name);
                }}
              >
                Delete
              </button>
              <button type="button" class="button" onClick={() => setConfirmingDelete(false)}>
                Keep it
              </button>
            </div>
          </div>
        ) : null}
      </section>
    </section>
  );
}
