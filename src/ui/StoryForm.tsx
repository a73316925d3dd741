import { useState } from 'preact/hooks';
import type { CardRecord } from '../domain/model';
import { STORY_LIMITS, type StoryDraft, type StoryField, type StoryProblem } from '../domain/star-stories';

interface Props {
  initial: StoryDraft;
  /** The questions a story can be linked to. */
  questions: readonly CardRecord[];
  cardsById: ReadonlyMap<string, CardRecord>;
  editing: boolean;
  onSave: (draft: StoryDraft) => Promise<StoryProblem[]>;
  onCancel: () => void;
}

const SECTIONS: Array<[StoryField, string, string]> = [
  ['situation', 'Situation', 'Where and when; what was at stake.'],
  ['task', 'Task', 'What you had to achieve.'],
  ['action', 'Action', 'What you did, step by step (say “I”, not “we”).'],
  ['result', 'Result', 'What changed, and what you learned.'],
];

/** Writing or editing a STAR story, and the questions it answers. */
export function StoryForm({ initial, questions, cardsById, editing, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<StoryDraft>(initial);
  const [problems, setProblems] = useState<StoryProblem[]>([]);
  const problemOf = (field: StoryField) => problems.find((p) => p.field === field)?.message;
  const set = (field: Exclude<StoryField, 'questionIds'>, value: string) => setDraft({ ...draft, [field]: value });
  const unlinked = questions.filter((q) => !draft.questionIds.includes(q.id));

  const field = (name: Exclude<StoryField, 'questionIds'>, label: string, hint: string, multiline: boolean) => {
    const problem = problemOf(name);
    const describedBy = `story-${name}-hint${problem ? ` story-${name}-error` : ''}`;
    const common = {
      id: `story-${name}`,
      value: draft[name],
      'aria-describedby': describedBy,
      'aria-invalid': problem ? true : undefined,
      onInput: (e: Event) => set(name, (e.target as HTMLInputElement).value),
    };
    return (
      <div class="field" key={name}>
        <label for={`story-${name}`}>{label}</label>
        {multiline ? <textarea rows={4} {...common} /> : <input {...common} />}
        <small id={`story-${name}-hint`} class="hint">
          {hint}
        </small>
        {problem ? (
          <small id={`story-${name}-error`} class="field-error">
            {problem}
          </small>
        ) : null}
      </div>
    );
  };

  return (
    <form
      class="story-form"
      aria-labelledby="story-form-heading"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setProblems(await onSave(draft));
      }}
    >
      <h2 id="story-form-heading">{editing ? 'Edit story' : 'New story'}</h2>
      {field('title', 'Title', 'A name you will recognise, e.g. “Cutting the support backlog”.', false)}
      {SECTIONS.map(([name, label, hint]) => field(name as Exclude<StoryField, 'questionIds'>, label, hint, true))}
      {field(
        'resultInNumbers',
        'Result in numbers',
        `One line, e.g. “Backlog down 40 % in 6 weeks” (up to ${STORY_LIMITS.resultInNumbers} characters).`,
        false,
      )}
      <fieldset class="story-links">
        <legend>Questions this story answers</legend>
        {draft.questionIds.length === 0 ? <p class="hint">None yet.</p> : null}
        <ul class="linked-questions">
          {draft.questionIds.map((id) => (
            <li key={id}>
              <span>{cardsById.get(id)?.front ?? 'A question no longer in your decks'}</span>
              <button
                type="button"
                class="button subtle"
                onClick={() => setDraft({ ...draft, questionIds: draft.questionIds.filter((q) => q !== id) })}
              >
                Unlink
              </button>
            </li>
          ))}
        </ul>
        {unlinked.length > 0 ? (
          <div class="field">
            <label for="story-link">Link a question</label>
            <select
              id="story-link"
              value=""
              onChange={(e) => {
                const id = (e.target as HTMLSelectElement).value;
                if (id) setDraft({ ...draft, questionIds: [...draft.questionIds, id] });
              }}
            >
              <option value="">Choose a question…</option>
              {unlinked.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.behavioural ? '★ ' : ''}
                  {q.front}
                </option>
              ))}
            </select>
            <small class="hint">★ marks behavioural questions, the ones a story answers best.</small>
          </div>
        ) : null}
      </fieldset>
      {problems.length > 0 ? (
        <p class="error" role="alert">
          The story was not saved: {problems.length === 1 ? 'one field needs' : `${problems.length} fields need`} a
          change.
        </p>
      ) : null}
      <div class="button-row">
        <button type="submit" class="button primary">
          Save story
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
