import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { parseSettingsForm, settingsToForm, type SettingsErrors, type SettingsForm } from '../domain/settings-form';
import { useApp } from './app-context';
import { InterviewSettings } from './InterviewSettings';
import type { ScreenProps } from './routes';

type FieldProps = {
  name: keyof SettingsForm;
  label: string;
  hint: string;
  form: SettingsForm;
  errors: SettingsErrors;
  onInput: (name: keyof SettingsForm, value: string) => void;
  inputMode?: 'decimal' | 'numeric' | 'text';
};

function Field({ name, label, hint, form, errors, onInput, inputMode = 'numeric' }: FieldProps) {
  const error = errors[name];
  return (
    <div class="field">
      <label for={`setting-${name}`}>{label}</label>
      <input
        id={`setting-${name}`}
        name={name}
        value={form[name]}
        inputMode={inputMode}
        aria-describedby={`setting-${name}-hint${error ? ` setting-${name}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onInput={(e) => onInput(name, (e.target as HTMLInputElement).value)}
      />
      <small id={`setting-${name}-hint`} class="hint">
        {hint}
      </small>
      {error ? (
        <small id={`setting-${name}-error`} class="field-error">
          {error}
        </small>
      ) : null}
    </div>
  );
}

/** The scheduler's options: retention, daily limits, steps, and when a study day starts; then the features' own sections. */
export function SettingsScreen({ extras, sections }: ScreenProps & { sections?: ComponentChildren }) {
  const app = useApp();
  const [form, setForm] = useState<SettingsForm>(() => settingsToForm(app.settings.value));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saved, setSaved] = useState(false);
  const onInput = (name: keyof SettingsForm, value: string) => {
    setForm({ ...form, [name]: value });
    setSaved(false);
  };
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const result = parseSettingsForm(form);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    await app.saveSettings(result.settings);
    setSaved(true);
  };
  const common = { form, errors, onInput };
  return (
    <section class="screen settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <InterviewSettings />
      <form onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>Scheduling (FSRS)</legend>
          <Field
            name="desiredRetention"
            label="Desired retention"
            hint="0.70 to 0.97. Higher means more reviews and better recall. Default 0.90."
            inputMode="decimal"
            {...common}
          />
          <Field name="newPerDay" label="New cards per day" hint="Default 20." {...common} />
          <Field name="maxReviewsPerDay" label="Maximum reviews per day" hint="Default 200." {...common} />
          <Field
            name="learningSteps"
            label="Learning steps"
            hint='For new cards, e.g. "1m 10m" (m, h, d).'
            inputMode="text"
            {...common}
          />
          <Field
            name="relearningSteps"
            label="Relearning steps"
            hint='For forgotten cards, e.g. "10m".'
            inputMode="text"
            {...common}
          />
          <div class="field">
            <label for="setting-dayStartHour">A new study day starts at</label>
            <select
              id="setting-dayStartHour"
              value={form.dayStartHour}
              onChange={(e) => onInput('dayStartHour', (e.target as HTMLSelectElement).value)}
            >
              {Array.from({ length: 24 }, (_, h) => (
                <option key={h} value={String(h)}>{`${String(h).padStart(2, '0')}:00`}</option>
              ))}
            </select>
            <small class="hint">
              Reviews done after midnight but before this hour count for the day before. Default 04:00.
            </small>
          </div>
        </fieldset>
        <div class="form-actions">
          <button type="submit" class="button primary">
            Save settings
          </button>
          <span role="status" class="saved">
            {saved ? 'Saved.' : ''}
          </span>
        </div>
      </form>
      {sections}
      {extras}
    </section>
  );
}
