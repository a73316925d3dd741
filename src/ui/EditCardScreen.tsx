import { useEffect, useState } from 'preact/hooks';
import type { CardEditor, EditableCard } from '../app/card-editor';
import { dueLabel } from '../domain/browse-row';
import { NOTE_TYPES } from '../domain/note-types';
import type { CardRecord } from '../domain/model';
import { useApp, useServices } from './app-context';
import { CardPreview } from './CardPreview';
import { NoteFields, type FieldProblem, type FieldValues } from './NoteFields';
import { routeHref } from './routes';
import './editor.css';

function valuesOf(card: CardRecord): FieldValues {
  if (card.note)
    return { front: card.note.front, back: card.note.back, notes: card.notes ?? '', tags: card.tags.join(' ') };
  return { front: card.front, back: card.back, notes: card.notes ?? '', tags: card.tags.join(' ') };
}

/** What the card's progress is: shown so the user sees it stay the same across an edit. */
function CardFacts({ opened }: { opened: EditableCard }) {
  const app = useApp();
  const { clock } = useServices();
  const { card, schedule, reviews } = opened;
  const now = app.now.value;
  const due = dueLabel(schedule, {
    now,
    dayStartHour: app.settings.value.dayStartHour,
    utcOffset: (at) => clock.utcOffsetMinutes(at),
  });
  const facts: [string, string][] = [
    ['Due', schedule ? `${due} (${new Date(schedule.due).toLocaleString()})` : due],
    ['Reviews', String(reviews.length)],
    ['Lapses', String(schedule?.lapses ?? 0)],
  ];
  if (schedule && schedule.scheduledDays > 0) facts.push(['Interval', `${schedule.scheduledDays} days`]);
  if (card.addedAt !== undefined) facts.push(['Added', new Date(card.addedAt).toLocaleDateString()]);
  if (card.suspended) facts.push(['Suspended', 'Yes']);
  return (
    <dl class="card-facts" aria-label="This card's progress">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An app update to a built-in card the user edited: its text, and the choice to take it or keep one's own. */
function AppUpdate({ card, onTake, onKeep }: { card: CardRecord; onTake(): void; onKeep(): void }) {
  const update = card.appUpdate!;
  return (
    <section class="app-update note" aria-labelledby="app-update-heading">
      <h2 id="app-update-heading">The app has a newer version of this card</h2>
      <p class="hint">You edited this card, so the update did not replace your text. Its text:</p>
      <p>
        <strong>Front:</strong> {update.front}
      </p>
      <p>
        <strong>Back:</strong> {update.back}
      </p>
      {update.notes ? (
        <p>
          <strong>Notes:</strong> {update.notes}
        </p>
      ) : null}
      <div class="button-row">
        <button type="button" class="button primary" onClick={onTake}>
          Use the app's version
        </button>
        <button type="button" class="button" onClick={onKeep}>
          Keep mine
        </button>
      </div>
    </section>
  );
}

/** Where the screen leads back to: Browse, or the study session it was opened from (once saved, too). */
export interface EditBack {
  href: string;
  label: string;
  afterSave?: () => void;
}

const TO_BROWSE: EditBack = { href: routeHref('browse'), label: 'Back to Browse' };

/** Edits one card (or the note it was made from): text, notes, tags, deck; its progress stays. */
export function EditCardScreen({
  editor,
  cardId,
  back = TO_BROWSE,
}: {
  editor: CardEditor;
  cardId: string;
  back?: EditBack;
}) {
  const app = useApp();
  const [opened, setOpened] = useState<EditableCard | null | undefined>(undefined);
  const [values, setValues] = useState<FieldValues>({ front: '', back: '', notes: '', tags: '' });
  const [deckId, setDeckId] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [removal, setRemoval] = useState<CardRecord[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = async () => {
    const found = await editor.open(cardId);
    setOpened(found ?? null);
    if (found) {
      setValues(valuesOf(found.card));
      setDeckId(found.card.deckId);
    }
  };
  useEffect(() => {
    setMessage(null);
    void load();
  }, [cardId]);

  const save = async (confirmRemoval = false) => {
    if (!opened || saving) return;
    setSaving(true);
    try {
      const result = await editor.save(opened, { ...values, deckId }, { confirmRemoval });
      if (result.ok && back.afterSave) {
        back.afterSave();
      } else if (result.ok) {
        setProblems([]);
        setRemoval(null);
        setMessage(result.message);
        await load();
      } else if ('confirmRemoval' in result) {
        setRemoval(result.confirmRemoval);
      } else {
        setProblems(result.problems);
        setMessage(null);
      }
    } finally {
      setSaving(false);
    }
  };

  if (opened === undefined) return <p role="status">Loading the card…</p>;
  if (opened === null) {
    return (
      <section class="screen edit" aria-labelledby="edit-heading">
        <h1 id="edit-heading">Edit card</h1>
        <p>This card no longer exists. It may have been deleted.</p>
        <a class="button" href={back.href}>
          {back.label}
        </a>
      </section>
    );
  }
  const { card } = opened;
  const noteType = card.note ? NOTE_TYPES.find((t) => t.id === card.note!.type) : undefined;
  const decks = app.decks.value.filter((d) => !d.retired).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section class="screen edit" aria-labelledby="edit-heading">
      <h1 id="edit-heading">Edit card</h1>
      <p class="hint">
        {noteType
          ? `${noteType.name} note: ${opened.noteCards.length === 1 ? 'its card follows' : `its ${opened.noteCards.length} cards follow`} the edit.`
          : opened.deck?.source === 'builtin'
            ? 'This card comes with the app. Your edit is yours: app updates will not overwrite it.'
            : 'Edit the text; the card keeps its progress.'}
      </p>
      <CardFacts opened={opened} />
      {card.appUpdate ? (
        <AppUpdate
          card={card}
          onTake={() =>
            void editor
              .takeUpdate(card)
              .then(load)
              .then(() => setMessage("Now showing the app's version."))
          }
          onKeep={() =>
            void editor
              .keepMine(card)
              .then(load)
              .then(() => setMessage('Kept your version.'))
          }
        />
      ) : null}
      <form
        class="edit-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        onKeyDown={(event) => {
          if (event.ctrlKey && event.key === 'Enter') {
            event.preventDefault();
            void save();
          }
        }}
      >
        <div class="field">
          <label for="edit-deck">Deck</label>
          <select id="edit-deck" value={deckId} onChange={(e) => setDeckId((e.target as HTMLSelectElement).value)}>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name.split('::').join(' › ')}
              </option>
            ))}
          </select>
        </div>
        <NoteFields
          values={values}
          onChange={setValues}
          labels={noteType ? noteType.fields : ['Front', 'Back']}
          format={card.note ? card.note.format : card.format}
          cloze={card.note?.type === 'cloze'}
          problems={problems}
          idPrefix="edit"
        />
        {!card.note && card.format === 'html' ? <CardPreview card={card} values={values} /> : null}
        {removal ? (
          <div class="note" role="alert">
            <p>
              This edit removes{' '}
              {removal.length === 1 ? 'a cloze number: its card' : `${removal.length} cloze numbers: their cards`} and{' '}
              {removal.length === 1 ? 'its' : 'their'} review history will be deleted.
            </p>
            <div class="button-row">
              <button type="button" class="button danger" onClick={() => void save(true)}>
                Delete and save
              </button>
              <button type="button" class="button" onClick={() => setRemoval(null)}>
                Keep editing
              </button>
            </div>
          </div>
        ) : null}
        <div class="form-actions">
          <button type="submit" class="button primary" disabled={saving} aria-keyshortcuts="Control+Enter">
            Save
          </button>
          <a class="button" href={back.href}>
            {back.label}
          </a>
        </div>
        <p role="status" class="edit-status">
          {message ?? ''}
        </p>
      </form>
    </section>
  );
}
