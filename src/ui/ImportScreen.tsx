import { useEffect, useRef, useState } from 'preact/hooks';
import { routeHref } from '../app/router';
import { pendingFiles } from '../app/pending-files';
import type { Backup, ImportActions, ImportPreview, Progress, Running, TextImportOptions } from '../app/import-actions';
import type { CardRecord } from '../domain/model';
import { useApp } from './app-context';
import { CardContent } from './CardContent';
import { downloadFile } from './download';
import { ImportOptionsForm } from './ImportOptionsForm';

type TextSource = { name: string; input: string | Blob; options: TextImportOptions };

type Step =
  | { name: 'idle' }
  | { name: 'reading'; progress: Progress; running: Running<unknown> }
  | { name: 'preview'; preview: ImportPreview; source: TextSource | null }
  | { name: 'writing' }
  | { name: 'done'; message: string; deckId: string | null }
  | { name: 'restore'; backup: Backup };

const ACCEPT = '.csv,.tsv,.txt,.json,.apkg,.colpkg,.zip,text/csv,text/tab-separated-values,text/plain,application/json';
const PREVIEW_CARDS = 5;

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Import (file, drop, paste), preview, confirm; export a deck; back up and restore everything. */
export function ImportScreen({ actions }: { actions: ImportActions }) {
  const app = useApp();
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [textOptions, setTextOptions] = useState<TextImportOptions>({});
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  async function run<T>(running: Running<T>, label: string): Promise<T | undefined> {
    setError(null);
    setStep({ name: 'reading', progress: { label, fraction: null }, running });
    try {
      return await running.promise;
    } catch (cause) {
      setStep({ name: 'idle' });
      if (!isAbort(cause)) setError(cause instanceof Error ? cause.message : String(cause));
      return undefined;
    }
  }

  const onProgress = (progress: Progress) =>
    setStep((current) => (current.name === 'reading' ? { ...current, progress } : current));

  async function previewText(source: TextSource) {
    const preview = await run(actions.previewText(source.name, source.input, source.options, onProgress), 'Reading');
    if (preview) setStep({ name: 'preview', preview, source });
  }

  async function openFile(file: File) {
    setError(null);
    const kind = await actions.kindOf(file);
    if (kind === 'backup') {
      try {
        setStep({ name: 'restore', backup: await actions.readBackupFile(file, file.name) });
      } catch (cause) {
        setError(cause instanceof Error ? cause.message : String(cause));
      }
      return;
    }
    if (kind === 'package') {
      const preview = await run(actions.previewPackage(file, file.name, onProgress), 'Opening the package');
      if (preview) setStep({ name: 'preview', preview, source: null });
      return;
    }
    await previewText({ name: file.name, input: file, options: textOptions });
  }

  // Files handed over by the operating system ("Open with PrepDeck") or dropped elsewhere.
  useEffect(() => {
    const [first] = pendingFiles.value;
    if (first) {
      pendingFiles.value = [];
      void openFile(first);
    }
  }, [pendingFiles.value]);

  async function confirm(preview: ImportPreview, source: TextSource | null) {
    setStep({ name: 'writing' });
    try {
      const plan = await actions.confirmImport(preview.bundle);
      const cards = plan.decks.reduce((n, d) => n + d.newCards + d.updatedCards, 0);
      const names = plan.decks.map((d) => d.name).join(', ');
      setStep({
        name: 'done',
        message: `Imported ${plural(cards, 'card')} into ${names}.`,
        deckId: plan.decks.length === 1 ? plan.decks[0]!.id : null,
      });
    } catch (cause) {
      setStep({ name: 'preview', preview, source });
      setError(`Nothing was imported: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  async function restore(backup: Backup) {
    setStep({ name: 'writing' });
    try {
      await actions.restore(backup);
      setStep({
        name: 'done',
        message: `Restored ${plural(backup.counts.decks, 'deck')}, ${plural(backup.counts.cards, 'card')} and ${plural(backup.counts.reviews, 'review')}.`,
        deckId: null,
      });
    } catch (cause) {
      setStep({ name: 'idle' });
      setError(`Nothing was restored: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) void openFile(file);
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
                <a href={routeHref({ name: 'study', scope: step.deckId })}>Study it now</a>
              ) : (
                <a href={routeHref({ name: 'home' })}>See your decks</a>
              )}
            </p>
          ) : null}
          <div class="drop-zone">
            <p>
              Anki packages (.apkg, .colpkg), Anki text exports, CSV or TSV spreadsheets, Quizlet exports, PrepDeck JSON
              decks and backups.
            </p>
            <label class="button primary file-button">
              Choose a file
              <input
                ref={fileInput}
                class="visually-hidden"
                type="file"
                accept={ACCEPT}
                onChange={(e) => {
                  const input = e.target as HTMLInputElement;
                  const file = input.files?.[0];
                  input.value = '';
                  if (file) void openFile(file);
                }}
              />
            </label>
            <p class="hint">or drop a file here</p>
          </div>
          <ImportOptionsForm options={textOptions} onChange={setTextOptions} />
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
              onClick={() => void previewText({ name: 'Pasted text', input: pasted, options: textOptions })}
            >
              Import pasted text
            </button>
          </div>
          <ExportAndBackup actions={actions} onError={setError} decks={app.summaries.value.map((s) => s.deck)} />
        </>
      ) : step.name === 'reading' ? (
        <div class="import-progress" role="status">
          <label for="import-progress-bar">{step.progress.label}…</label>
          <progress id="import-progress-bar" max={1} value={step.progress.fraction ?? undefined} />
          <button type="button" class="button" onClick={() => step.running.cancel()}>
            Cancel
          </button>
        </div>
      ) : step.name === 'writing' ? (
        <p role="status">Saving…</p>
      ) : step.name === 'restore' ? (
        <RestoreConfirm
          backup={step.backup}
          onConfirm={() => void restore(step.backup)}
          onCancel={() => setStep({ name: 'idle' })}
        />
      ) : (
        <ImportPreviewView
          preview={step.preview}
          source={step.source}
          onRetry={(options) => step.source && void previewText({ ...step.source, options })}
          onConfirm={() => void confirm(step.preview, step.source)}
          onCancel={() => setStep({ name: 'idle' })}
        />
      )}
    </section>
  );
}

function ImportPreviewView({
  preview,
  source,
  onRetry,
  onConfirm,
  onCancel,
}: {
  preview: ImportPreview;
  source: TextSource | null;
  onRetry: (options: TextImportOptions) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { bundle, plan, text } = preview;
  const cards = bundle.decks.flatMap((deck) => deck.cards.map((card) => ({ deck, card })));
  const sample: CardRecord[] = cards.slice(0, PREVIEW_CARDS).map(({ card }, i) => ({
    id: `preview/${i}`,
    deckId: 'preview',
    key: card.key,
    front: card.front,
    back: card.back,
    format: card.format,
    tags: card.tags,
    order: i,
  }));
  const summary = bundle.summary;
  const csv = text?.csv;
  return (
    <div class="import-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview: {bundle.fileName}</h2>
      {bundle.kind === 'colpkg' ? (
        <p class="note">
          This is a whole Anki collection. Its decks are added beside your other decks; nothing you have is replaced.
        </p>
      ) : null}
      <ul class="plan-list">
        {plan.decks.map((deck) => (
          <li key={deck.id}>
            <strong>{deck.name}</strong>: {deck.created ? 'new deck' : 'updates your deck'},{' '}
            {plural(deck.newCards, 'new card')}
            {deck.updatedCards ? `, ${plural(deck.updatedCards, 'updated card')} (progress kept)` : ''}
            {deck.unchangedCards ? `, ${deck.unchangedCards} unchanged` : ''}
            {deck.cardsWithProgress ? `, ${plural(deck.cardsWithProgress, 'card')} with progress from Anki` : ''}
          </li>
        ))}
      </ul>
      {summary ? (
        <p class="hint">
          {plural(summary.notes, 'note')}, {plural(summary.cards, 'card')}, {summary.withProgress} with progress,{' '}
          {summary.suspended} suspended, {plural(summary.mediaFiles, 'media file')}
          {summary.missingMedia ? `, ${summary.missingMedia} missing` : ''}
          {summary.templateErrors ? `, ${summary.templateErrors} with template problems` : ''}.
        </p>
      ) : null}
      {csv && source ? (
        <CsvControls
          columnNames={csv.columnNames}
          separator={csv.separator}
          hasHeader={csv.hasHeader}
          mapping={csv.mapping}
          onChange={(change) =>
            onRetry({
              ...source.options,
              separator: csv.separator,
              hasHeader: csv.hasHeader,
              mapping: csv.mapping,
              ...change,
            })
          }
        />
      ) : null}
      {plan.warnings.length > 0 ? (
        <details class="warnings" open={plan.warnings.length <= 5}>
          <summary>{plural(plan.warnings.length, 'warning')}: rows skipped or things to check</summary>
          <ul>
            {plan.warnings.slice(0, 100).map((w, i) => (
              <li key={i}>{w.message.startsWith(w.location) ? w.message : `${w.location}: ${w.message}`}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <h3>First cards</h3>
      <ol class="preview-cards">
        {sample.map((card) => (
          <li key={card.id} class="preview-card">
            <CardContent card={card} side="front" />
            <hr />
            <CardContent card={card} side="back" />
          </li>
        ))}
      </ol>
      <div class="action-bar">
        <button type="button" class="button primary" onClick={onConfirm} disabled={plan.cards === 0}>
          Import {plural(plan.cards, 'card')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

const SEPARATOR_CHOICES: [string, string][] = [
  [',', 'Comma'],
  [';', 'Semicolon'],
  ['\t', 'Tab'],
  ['|', 'Pipe'],
];

function CsvControls({
  columnNames,
  separator,
  hasHeader,
  mapping,
  onChange,
}: {
  columnNames: string[];
  separator: string;
  hasHeader: boolean;
  mapping: { front: number; back: number; tags?: number; notes?: number; deck?: number };
  onChange: (change: TextImportOptions) => void;
}) {
  const column = (role: 'front' | 'back' | 'tags' | 'notes', label: string, optional: boolean) => (
    <div class="field">
      <label for={`map-${role}`}>{label}</label>
      <select
        id={`map-${role}`}
        value={mapping[role] === undefined ? '' : String(mapping[role])}
        onChange={(e) => {
          const value = (e.target as HTMLSelectElement).value;
          // Every role is sent, "None" as an explicit undefined, so a later change to another
          // column does not bring back the guess the user turned off.
          const explicit = {
            front: mapping.front,
            back: mapping.back,
            tags: mapping.tags,
            notes: mapping.notes,
            deck: mapping.deck,
          };
          onChange({ mapping: { ...explicit, [role]: value === '' ? undefined : Number(value) } });
        }}
      >
        {optional ? <option value="">None</option> : null}
        {columnNames.map((name, i) => (
          <option key={i} value={String(i)}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset class="csv-controls">
      <legend>Columns</legend>
      <div class="field">
        <label for="csv-separator">Separator</label>
        <select
          id="csv-separator"
          value={separator}
          onChange={(e) => onChange({ separator: (e.target as HTMLSelectElement).value, mapping: undefined })}
        >
          {SEPARATOR_CHOICES.map(([value, label]) => (
            <option key={label} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={hasHeader}
          onChange={(e) => onChange({ hasHeader: (e.target as HTMLInputElement).checked, mapping: undefined })}
        />
        The first row holds column names
      </label>
      {column('front', 'Front', false)}
      {column('back', 'Back', false)}
      {column('tags', 'Tags', true)}
      {column('notes', 'Notes', true)}
    </fieldset>
  );
}

function RestoreConfirm({
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

function ExportAndBackup({
  actions,
  decks,
  onError,
}: {
  actions: ImportActions;
  decks: { id: string; name: string; source: string }[];
  onError: (message: string) => void;
}) {
  const [deckId, setDeckId] = useState(decks[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const chosen = decks.find((d) => d.id === deckId) ?? decks[0];
  const save = async (make: () => Promise<{ name: string; data: Blob }>) => {
    try {
      const file = await make();
      downloadFile(file.name, file.data);
    } catch (cause) {
      onError(cause instanceof Error ? cause.message : String(cause));
    }
  };
  const remove = async () => {
    if (!chosen) return;
    setConfirming(false);
    try {
      const deleted = await actions.deleteDeck(chosen.id);
      setStatus(`Deleted "${chosen.name}": ${plural(deleted.cards, 'card')} and their progress.`);
      setDeckId('');
    } catch (cause) {
      onError(cause instanceof Error ? cause.message : String(cause));
    }
  };
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading">Export, back up, delete</h2>
      <div class="field">
        <label for="export-deck">Deck</label>
        <select
          id="export-deck"
          value={chosen?.id ?? ''}
          onChange={(e) => {
            setDeckId((e.target as HTMLSelectElement).value);
            setConfirming(false);
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
          onClick={() => chosen && void save(() => actions.exportDeck(chosen.id, 'anki-text'))}
        >
          Export for Anki (.txt)
        </button>
        <button
          type="button"
          class="button"
          disabled={!chosen}
          onClick={() => chosen && void save(() => actions.exportDeck(chosen.id, 'json'))}
        >
          Export as JSON
        </button>
        <button
          type="button"
          class="button"
          disabled={!chosen || chosen.source === 'builtin'}
          title={chosen?.source === 'builtin' ? 'Decks that come with the app cannot be deleted' : undefined}
          onClick={() => setConfirming(true)}
        >
          Delete deck…
        </button>
      </div>
      {confirming && chosen ? (
        <div class="restore-confirm" role="alertdialog" aria-labelledby="delete-heading">
          <p id="delete-heading">
            Delete "{chosen.name}" with all its cards and their progress? This cannot be undone; export it or back up
            first if you may want it again.
          </p>
          <div class="button-row">
            <button type="button" class="button primary danger" onClick={() => void remove()}>
              Delete
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : null}
      <p role="status">{status}</p>
      <p class="hint">
        A backup holds every deck, card, all progress, settings and media in one file. Restore it here, on this or
        another device, by choosing it as the file to import.
      </p>
      <button type="button" class="button" onClick={() => void save(() => actions.backup())}>
        Back up everything
      </button>
    </section>
  );
}
