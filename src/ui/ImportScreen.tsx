import { useEffect, useState } from 'preact/hooks';
import { pendingFiles } from '../app/pending-files';
import type { ImportFlow } from '../app/import-flow';
import { ImportOptionsForm } from './ImportOptionsForm';
import { ImportPreviewView } from './ImportPreviewView';
import { navigate, routeHref } from './routes';

const ACCEPT = '.csv,.tsv,.txt,.json,.apkg,.colpkg,.zip,text/csv,text/tab-separated-values,text/plain,application/json';

/** Import (file, drop, paste), preview, confirm. The steps are the flow's (src/app/import-flow.ts). */
export function ImportScreen({ flow }: { flow: ImportFlow }) {
  const step = flow.step.value;
  const error = flow.error.value;
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);

  // Files handed over by the operating system ("Open with PrepDeck").
  useEffect(() => flow.takePendingFile(), [pendingFiles.value]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) void flow.openFile(file);
  };

  return (
    <section
      class={`screen import${dragging ? ' dragging' : ''}`}
      aria-labelledby="import-heading"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h1 id="import-heading">Import</h1>
      {error ? (
        <p class="error import-error" role="alert">
          {error}
        </p>
      ) : null}

      {step.name === 'idle' || step.name === 'done' ? (
        <>
          {step.name === 'done' ? (
            <p class="import-done" role="status">
              {step.message}{' '}
              {step.deckId ? (
                <a href={routeHref('study', { scope: step.deckId })}>Study it now</a>
              ) : (
                <a href={routeHref('home')}>See your decks</a>
              )}
            </p>
          ) : null}
          <div class="drop-zone">
            <p>
              Anki packages (.apkg, .colpkg), Anki text exports, CSV or TSV spreadsheets, Quizlet exports and PrepDeck
              JSON decks.
            </p>
            <label class="button primary file-button">
              Choose a file
              <input
                class="visually-hidden"
                type="file"
                accept={ACCEPT}
                onChange={(e) => {
                  const input = e.target as HTMLInputElement;
                  const file = input.files?.[0];
                  input.value = '';
                  if (file) void flow.openFile(file);
                }}
              />
            </label>
            <p class="hint">or drop a file here</p>
          </div>
          <ImportOptionsForm options={flow.textOptions.value} onChange={(o) => (flow.textOptions.value = o)} />
          <div class="field">
            <label for="paste-text">Or paste text (CSV, TSV, a Quizlet export, an Anki text export)</label>
            <textarea
              id="paste-text"
              rows={5}
              value={pasted}
              onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)}
            />
            <button
              type="button"
              class="button"
              disabled={pasted.trim() === ''}
              onClick={() => void flow.previewPasted(pasted)}
            >
              Import pasted text
            </button>
          </div>
          <p class="hint">
            To export a deck, back up everything or restore a backup, go to <a href={routeHref('data')}>Your data</a>.
          </p>
        </>
      ) : step.name === 'reading' ? (
        <div class="import-progress" role="status">
          <label for="import-progress-bar">{step.progress.label}…</label>
          <progress id="import-progress-bar" max={1} value={step.progress.fraction ?? undefined} />
          <button type="button" class="button" onClick={() => flow.cancelReading()}>
            Cancel
          </button>
        </div>
      ) : step.name === 'writing' ? (
        <p role="status">{step.label}…</p>
      ) : step.name === 'backup-found' ? (
        <div class="note" role="status">
          <p>
            {step.file.name} is a PrepDeck backup. Restoring it replaces every deck, card and all progress on this
            device; that is done in Your data, after a confirmation.
          </p>
          <div class="button-row">
            <button
              type="button"
              class="button primary"
              onClick={() => {
                flow.handOverBackup(step.file);
                navigate('data');
              }}
            >
              Restore it in Your data
            </button>
            <button type="button" class="button" onClick={() => flow.reset()}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <ImportPreviewView
          preview={step.preview}
          source={step.source}
          onRetry={(options) => void flow.retry(options)}
          onConfirm={() => void flow.confirm()}
          onCancel={() => flow.reset()}
        />
      )}
    </section>
  );
}
