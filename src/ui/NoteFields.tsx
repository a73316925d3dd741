import { useRef } from 'preact/hooks';
import { insertCloze } from '../domain/cloze-insert';
import type { CardFormat } from '../domain/model';

/** The text fields of the Add and Edit forms. */
export interface FieldValues {
  front: string;
  back: string;
  notes: string;
  tags: string;
}

export interface FieldProblem {
  field: 'deck' | 'front' | 'back';
  message: string;
}

interface Props {
  values: FieldValues;
  onChange(next: FieldValues): void;
  /** Field names as the note type calls them: Front/Back, or Text/Back Extra for a cloze. */
  labels: readonly [string, string];
  format: CardFormat;
  cloze: boolean;
  problems: readonly FieldProblem[];
  /** Where ids start, so two forms never share one. */
  idPrefix: string;
}

/** True for the Cloze key: Alt+Shift+C (by key position, so any layout works). */
export function isClozeKey(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyC';
}

/**
 * Front, back, notes and tags, each labelled, with its problem under it. A cloze note gets a
 * Cloze button (and Alt+Shift+C) that hides the selected text as the next {{cN::…}}.
 */
export function NoteFields({ values, onChange, labels, format, cloze, problems, idPrefix }: Props) {
  const front = useRef<HTMLTextAreaElement>(null);
  const problemOf = (field: FieldProblem['field']) => problems.find((p) => p.field === field)?.message;
  const set = (field: keyof FieldValues, value: string) => onChange({ ...values, [field]: value });

  const addCloze = () => {
    const area = front.current;
    if (!area) return;
    const { text, caret } = insertCloze(values.front, area.selectionStart, area.selectionEnd);
    onChange({ ...values, front: text });
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(caret, caret);
    });
  };

  const field = (name: 'front' | 'back', label: string, hint?: string) => {
    const id = `${idPrefix}-${name}`;
    const problem = problemOf(name);
    return (
      <div class="field">
        <label for={id}>{label}</label>
        {hint ? (
          <span class="hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
        <textarea
          ref={name === 'front' ? front : undefined}
          id={id}
          rows={name === 'front' ? 3 : 4}
          value={values[name]}
          spellcheck
          aria-invalid={problem ? true : undefined}
          aria-describedby={[hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].join(' ').trim() || undefined}
          onInput={(e) => set(name, (e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (name === 'front' && cloze && isClozeKey(e)) {
              e.preventDefault();
              addCloze();
            }
          }}
        />
        {problem ? (
          <span class="field-error" id={`${id}-problem`}>
            {problem}
          </span>
        ) : null}
      </div>
    );
  };

  const htmlHint = format === 'html' ? 'HTML: shown sanitized, as every HTML card is.' : undefined;
  return (
    <div class="note-fields">
      {field(
        'front',
        labels[0],
        cloze ? 'Mark what to hide as {{c1::answer}} or {{c1::answer::hint}}; each number makes a card.' : htmlHint,
      )}
      {cloze ? (
        <button type="button" class="button cloze-button" onClick={addCloze} aria-keyshortcuts="Alt+Shift+C">
          Cloze […]
        </button>
      ) : null}
      {field('back', labels[1], cloze ? 'Optional: shown under the answer.' : htmlHint)}
      <div class="field">
        <label for={`${idPrefix}-notes`}>Notes</label>
        <textarea
          id={`${idPrefix}-notes`}
          rows={2}
          value={values.notes}
          onInput={(e) => set('notes', (e.target as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}-tags`}>Tags</label>
        <span class="hint" id={`${idPrefix}-tags-hint`}>
          Separated by spaces or commas.
        </span>
        <input
          id={`${idPrefix}-tags`}
          type="text"
          value={values.tags}
          autocomplete="off"
          aria-describedby={`${idPrefix}-tags-hint`}
          onInput={(e) => set('tags', (e.target as HTMLInputElement).value)}
        />
      </div>
    </div>
  );
}
