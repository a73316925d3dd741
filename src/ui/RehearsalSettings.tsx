import { useState } from 'preact/hooks';
import type { RecordingLibrary } from '../app/recording-library';
import type { RehearsalPrefsState } from '../app/rehearsal-prefs';
import { formatBytes } from '../app/storage-persistence';
import { plural } from '../domain/data-messages';
import { ANSWER_CHOICES, choicesWith, describeDuration, THINKING_CHOICES } from '../domain/rehearsal-prefs';

/** Settings for rehearsal: answer and thinking time, recording, and the room recordings take (delete all). */
export function RehearsalSettings({ prefs, library }: { prefs: RehearsalPrefsState; library: RecordingLibrary }) {
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const p = prefs.prefs.value;
  const usage = library.usage.value;
  const change = async (patch: Parameters<RehearsalPrefsState['update']>[0]) => {
    await prefs.update(patch);
    setStatus('Saved.');
  };
  const select = (
    id: string,
    label: string,
    value: number,
    choices: readonly number[],
    key: 'answerMs' | 'thinkingMs',
  ) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(e) => void change({ [key]: Number((e.target as HTMLSelectElement).value) })}
      >
        {choicesWith(choices, value).map((ms) => (
          <option key={ms} value={String(ms)}>
            {describeDuration(ms)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section class="rehearsal-settings" aria-labelledby="rehearsal-settings-heading">
      <h2 id="rehearsal-settings-heading">Rehearsal</h2>
      <p class="hint">These apply as you change them.</p>
      {select('rehearsal-answer', 'Answer time', p.answerMs, ANSWER_CHOICES, 'answerMs')}
      {select('rehearsal-thinking', 'Thinking time before each answer', p.thinkingMs, THINKING_CHOICES, 'thinkingMs')}
      <label class="checkbox">
        <input
          class="thumb-check"
          type="checkbox"
          checked={p.recording}
          onChange={(e) => void change({ recording: (e.target as HTMLInputElement).checked })}
        />
        Record my answers on this device
      </label>
      <p class="saved" role="status">
        {status}
      </p>
      <h3>Recordings</h3>
      <p>
        {usage === null
          ? 'Measuring…'
          : usage.count === 0
            ? 'No recordings.'
            : `${plural(usage.count, 'recording')}, ${formatBytes(usage.bytes)} on this device.`}
      </p>
      {usage && usage.count > 0 ? (
        confirming ? (
          <div class="restore-confirm" role="alertdialog" aria-labelledby="delete-recordings-text">
            <p id="delete-recordings-text">Delete all {plural(usage.count, 'recording')}? This cannot be undone.</p>
            <div class="button-row">
              <button
                type="button"
                class="button danger"
                onClick={async () => {
                  setConfirming(false);
                  const count = await library.removeAll();
                  setStatus(`Deleted ${plural(count, 'recording')}.`);
                }}
              >
                Delete all recordings
              </button>
              <button type="button" class="button" onClick={() => setConfirming(false)}>
                Keep them
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="button" onClick={() => setConfirming(true)}>
            Delete all recordings…
          </button>
        )
      ) : null}
    </section>
  );
}
