import type { InterviewAnswers, InterviewErrors } from '../domain/interview-answers';
import { ROLES, type RoleId } from '../domain/roles';
import './interview-fields.css';

interface Props {
  /** Tells the first visit's fields from Settings' (ids must be unique on a page). */
  idPrefix: string;
  answers: InterviewAnswers;
  errors: InterviewErrors;
  /** Today's date ("YYYY-MM-DD"): the earliest the date picker offers. */
  today: string;
  onChange: (answers: InterviewAnswers) => void;
}

/** One option of a question: a whole row is the touch target, the checkbox covering it. */
function Choice({
  id,
  label,
  checked,
  onToggle,
}: {
  id: string;
  label: string;
  checked: boolean;
  onToggle: () => void;
}) {
  return (
    <label class="choice" for={id}>
      <input id={id} type="checkbox" checked={checked} onChange={onToggle} />
      <span class="choice-mark" aria-hidden="true" />
      <span>{label}</span>
    </label>
  );
}

/** The two questions: which roles (or "not sure"), and when the interview is (or "no date yet"). */
export function InterviewFields({ idPrefix, answers, errors, today, onChange }: Props) {
  const toggleRole = (role: RoleId) => {
    const roles = answers.roles.includes(role) ? answers.roles.filter((r) => r !== role) : [...answers.roles, role];
    onChange({ ...answers, roles, notSure: false });
  };
  return (
    <>
      <fieldset class="question" aria-describedby={errors.roles ? `${idPrefix}-roles-error` : undefined}>
        <legend>Which role are you preparing for?</legend>
        <p class="hint">Choose one or more.</p>
        <div class="choices">
          {ROLES.map((role) => (
            <Choice
              key={role.id}
              id={`${idPrefix}-role-${role.id}`}
              label={role.label}
              checked={answers.roles.includes(role.id)}
              onToggle={() => toggleRole(role.id)}
            />
          ))}
          <Choice
            id={`${idPrefix}-not-sure`}
            label="Not sure yet"
            checked={answers.notSure}
            onToggle={() => onChange({ ...answers, notSure: !answers.notSure, roles: [] })}
          />
        </div>
        {errors.roles ? (
          <small id={`${idPrefix}-roles-error`} class="field-error">
            {errors.roles}
          </small>
        ) : null}
      </fieldset>
      <fieldset class="question">
        <legend>When is your interview?</legend>
        <div class="field">
          <label for={`${idPrefix}-date`}>Interview date</label>
          <input
            id={`${idPrefix}-date`}
            type="date"
            min={today}
            value={answers.noDate ? '' : answers.date}
            disabled={answers.noDate}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={errors.date ? `${idPrefix}-date-error` : undefined}
            onInput={(e) => onChange({ ...answers, date: (e.target as HTMLInputElement).value, noDate: false })}
          />
          {errors.date ? (
            <small id={`${idPrefix}-date-error`} class="field-error">
              {errors.date}
            </small>
          ) : null}
        </div>
        <div class="choices">
          <Choice
            id={`${idPrefix}-no-date`}
            label="No date yet"
            checked={answers.noDate}
            onToggle={() => onChange({ ...answers, noDate: !answers.noDate, date: '' })}
          />
        </div>
      </fieldset>
    </>
  );
}
