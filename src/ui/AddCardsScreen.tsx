import { useRef, useState } from 'preact/hooks';
import type { CardEditor } from '../app/card-editor';
import { findClozeNumbers } from '../domain/anki-cloze';
import type { CardFormat, NoteTypeId } from '../domain/model';
import { NOTE_TYPES } from '../domain/note-types';
import { useApp } from './app-context';
import { NoteFields, type FieldProblem, type FieldValues } from './NoteFields';
import { routeHref } from './routes';
import './editor.css';

const NEW_DECK = '\u0000new';
const EMPTY: FieldValues = { front: '', back: '', notes: '', tags: '' };

/** What the form keeps between visits, as Anki's Add window does: the note type, deck, format and tags. */
const remembered: { type: NoteTypeId; deckId: string; format: CardFormat; tags: string } = {
  type: 'basic',
  deckId: '',
  format: 'text',
  tags: '',
};

/** How many cards the note would make as typed. */
function cardCount(type: NoteTypeId, front: string): number {
  if (type === 'basic') return 1;
  if (type === 'basic-reversed') return 2;
  return findClozeNumbers([front]).size;
}

/** Add cards: a note (Basic, Basic and reversed, Cloze) into a deck, or a new deck made here. */
export function AddCardsScreen({ editor }: { editor: CardEditor }) {
  const app = useApp();
  const decks = app.decks.value.filter((d) => !d.retired).sort((a, b) => a.name.localeCompare(b.name));
  const [type, setType] = useState<NoteTypeId>(remembered.type);
  const [deckId, setDeckId] = useState(
    decks.some((d) => d.id === remembered.deckId) ? remembered.deckId : (decks[0]?.id ?? NEW_DECK),
  );
  const [newDeck, setNewDeck] = useState('');
  const [format, setFormat] = useState<CardFormat>(remembered.format);
  const [values, setValues] = useState<FieldValues>({ ...EMPTY, tags: remembered.tags });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [added, setAdded] = useState<{ message: string; deckId: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const noteType = NOTE_TYPES.find((t) => t.id === type)!;
  const making = cardCount(type, values.front);

  const add = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const creatingDeck = deckId === NEW_DECK;
      const result = await editor.add(
        { type, deckId: creatingDeck ? '' : deckId, format, ...values },
        creatingDeck ? newDeck : undefined,
      );
      if (!result.ok) {
        if ('problems' in result) setProblems(result.problems);
        setAdded(null);
        return;
      }
      const target = result.deckId ?? deckId;
      Object.assign(remembered, { type, deckId: target, format, tags: values.tags });
      setProblems([]);
      setAdded({ message: result.message, deckId: target });
      setDeckId(target);
      setNewDeck('');
      setValues({ ...EMPTY, tags: values.tags });
      form.current?.querySelector<HTMLTextAreaElement>('#add-front')?.focus();
    } finally {
      setBusy(false);
    }
  };

  const deckProblem = problems.find((p) => p.field === 'deck')?.message;
  return (
    <section class="screen add" aria-labelledby="add-heading">
      <h1 id="add-heading">Add cards</h1>
      <form
        ref={form}
        class="add-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
        onKeyDown={(event) => {
          if (event.ctrlKey && event.key === 'Enter') {
            event.preventDefault();
            void add();
          }
        }}
      >
        <div class="field">
          <label for="add-type">Type</label>
          <select
            id="add-type"
            value={type}
            onChange={(e) => setType((e.target as HTMLSelectElement).value as NoteTypeId)}
          >
            {NOTE_TYPES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="add-deck">Deck</label>
          <select id="add-deck" value={deckId} onChange={(e) => setDeckId((e.target as HTMLSelectElement).value)}>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name.split('::').join(' › ')}
              </option>
            ))}
            <option value={NEW_DECK}>New deck…</option>
          </select>
        </div>
        {deckId === NEW_DECK ? (
          <div class="field">
            <label for="add-new-deck">New deck's name</label>
            <span class="hint" id="add-new-deck-hint">
              Parent::Child makes a subdeck.
            </span>
            <input
              id="add-new-deck"
              type="text"
              value={newDeck}
              autocomplete="off"
              aria-invalid={deckProblem ? true : undefined}
              aria-describedby={deckProblem ? 'add-new-deck-hint add-deck-problem' : 'add-new-deck-hint'}
              onInput={(e) => setNewDeck((e.target as HTMLInputElement).value)}
            />
          </div>
        ) : null}
        {deckProblem ? (
          <p class="field-error" id="add-deck-problem">
            {deckProblem}
          </p>
        ) : null}
        <div class="field">
          <label for="add-format">The text is</label>
          <select
            id="add-format"
            value={format}
            onChange={(e) => setFormat((e.target as HTMLSelectElement).value as CardFormat)}
          >
            <option value="text">Plain text</option>
            <option value="html">HTML (shown sanitized)</option>
          </select>
        </div>
        <NoteFields
          values={values}
          onChange={setValues}
          labels={noteType.fields}
          format={format}
          cloze={type === 'cloze'}
          problems={problems}
          idPrefix="add"
        />
        <div class="form-actions">
          <button type="submit" class="button primary" disabled={busy} aria-keyshortcuts="Control+Enter">
            {making > 1 ? `Add ${making} cards` : 'Add'}
          </button>
          <a class="button" href={routeHref('browse')}>
            Browse
          </a>
        </div>
        <div role="status" class="edit-status">
          {added ? (
            <p>
              {added.message} <a href={routeHref('study', { scope: added.deckId })}>Study this deck</a>
            </p>
          ) : null}
        </div>
      </form>
    </section>
  );
}
