import type { CustomStudy } from '../app/custom-study';
import {
  CUSTOM_STUDY_KINDS,
  MAX_AHEAD_DAYS,
  MAX_LIMIT,
  requestProblems,
  type CustomStudyKind,
} from '../domain/custom-study';
import { ROLES } from '../domain/roles';
import { useApp } from './app-context';
import './thumb-check.css';

/** Custom study's choices: what to study, from which decks, and how many cards at most. */
export function CustomStudyForm({ flow }: { flow: CustomStudy }) {
  const app = useApp();
  const request = flow.request.value;
  const problems = requestProblems(request);
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const roleTags = new Set<string>(ROLES.map((r) => r.tag));
  const otherTags = flow.tags.value.filter((t) => !roleTags.has(t));
  const decks = app.decks.value.filter((d) => !d.retired).sort((a, b) => a.name.localeCompare(b.name));
  const number = (value: string) => (value.trim() === '' ? NaN : Number(value));

  return (
    <form
      class="custom-study-form"
      onSubmit={(event) => {
        event.preventDefault();
        void flow.start();
      }}
    >
      <fieldset class="custom-kind">
        <legend>What to study</legend>
        {CUSTOM_STUDY_KINDS.map((kind) => (
          <label key={kind.id}>
            <input
              class="thumb-check"
              type="radio"
              name="custom-kind"
              value={kind.id}
              checked={request.kind === kind.id}
              aria-describedby={`custom-hint-${kind.id}`}
              onChange={() => flow.setRequest({ kind: kind.id as CustomStudyKind })}
            />
            <span>
              {kind.label}
              <small class="hint" id={`custom-hint-${kind.id}`}>
                {kind.hint}
              </small>
            </span>
          </label>
        ))}
      </fieldset>
      {request.kind === 'tag' ? (
        <div class="field">
          <label for="custom-tag">Tag or role</label>
          <select
            id="custom-tag"
            value={request.tag}
            aria-invalid={problemOf('tag') ? true : undefined}
            aria-describedby={problemOf('tag') ? 'custom-tag-problem' : undefined}
            onChange={(e) => flow.setRequest({ tag: (e.target as HTMLSelectElement).value })}
          >
            <option value="">Choose…</option>
            <optgroup label="Roles">
              {ROLES.map((role) => (
                <option key={role.id} value={role.tag}>
                  {role.label}
                </option>
              ))}
            </optgroup>
            {otherTags.length > 0 ? (
              <optgroup label="Tags">
                {otherTags.map((tag) => (
                  <option key={tag} value={tag}>
                    {tag}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
          {problemOf('tag') ? (
            <span class="field-error" id="custom-tag-problem">
              {problemOf('tag')}
            </span>
          ) : null}
        </div>
      ) : null}
      {request.kind === 'ahead' ? (
        <div class="field">
          <label for="custom-days">Days ahead</label>
          <input
            id="custom-days"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_AHEAD_DAYS}
            value={Number.isNaN(request.days) ? '' : request.days}
            aria-invalid={problemOf('days') ? true : undefined}
            aria-describedby={problemOf('days') ? 'custom-days-problem' : undefined}
            onInput={(e) => flow.setRequest({ days: number((e.target as HTMLInputElement).value) })}
          />
          {problemOf('days') ? (
            <span class="field-error" id="custom-days-problem">
              {problemOf('days')}
            </span>
          ) : null}
        </div>
      ) : null}
      <div class="field">
        <label for="custom-deck">Decks</label>
        <select
          id="custom-deck"
          value={request.deckId}
          onChange={(e) => flow.setRequest({ deckId: (e.target as HTMLSelectElement).value })}
        >
          <option value="all">All decks</option>
          {decks.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name.split('::').join(' › ')}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="custom-limit">At most (cards)</label>
        <input
          id="custom-limit"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_LIMIT}
          value={Number.isNaN(request.limit) ? '' : request.limit}
          aria-invalid={problemOf('limit') ? true : undefined}
          aria-describedby={problemOf('limit') ? 'custom-limit-problem' : undefined}
          onInput={(e) => flow.setRequest({ limit: number((e.target as HTMLInputElement).value) })}
        />
        {problemOf('limit') ? (
          <span class="field-error" id="custom-limit-problem">
            {problemOf('limit')}
          </span>
        ) : null}
      </div>
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={problems.length > 0 || flow.busy.value}>
          {request.kind === 'preview' ? 'Start preview' : 'Start studying'}
        </button>
      </div>
      {flow.error.value ? (
        <p class="error" role="alert">
          {flow.error.value}
        </p>
      ) : null}
    </form>
  );
}
