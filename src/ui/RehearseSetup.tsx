import type { RehearsalSession } from '../app/rehearsal-session';
import { formatClock } from '../domain/rehearsal-text';
import { ROLES, type RoleId } from '../domain/roles';
import { useApp } from './app-context';
import { RecordingList } from './RecordingList';
import { routeHref } from './routes';

const COUNTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** What the device can do about transcripts, in plain words, with the download only on request. */
function SpeechNote({ session }: { session: RehearsalSession }) {
  const status = session.setup.speech.value;
  switch (status) {
    case 'checking':
      return null;
    case 'available':
      return <p class="hint">Transcripts are made on this device as you speak: nothing is sent anywhere.</p>;
    case 'downloadable':
      return (
        <div class="speech-note">
          <p class="hint">
            This browser can transcribe on the device once its English speech pack is downloaded. Without it you tick
            the points you covered; nothing is ever sent to a server.
          </p>
          <button type="button" class="button" onClick={() => void session.setup.installSpeech()}>
            Download the speech pack
          </button>
        </div>
      );
    case 'downloading':
      return (
        <p class="hint" role="status">
          Downloading the speech pack…
        </p>
      );
    default:
      return (
        <p class="hint">
          No transcript here: this browser cannot transcribe on the device, and your voice is never sent anywhere. After
          each answer you tick the points you covered.
        </p>
      );
  }
}

/** Choosing the role and how many questions; recording and transcripts; recent recordings. */
export function RehearseSetup({ session }: { session: RehearsalSession }) {
  const { setup, prefs, library } = session;
  const app = useApp();
  const { total, due } = setup.available.value;
  const p = prefs.prefs.value;
  const fronts = new Map((setup.pool.value?.cards ?? []).map((c) => [c.id, c.front]));
  return (
    <div class="rehearse-setup">
      <p class="hint">
        Answer interview questions aloud against a timer, then rate yourself: each rating is a review of that card.
      </p>
      <fieldset class="role-choice">
        <legend>Role</legend>
        {[{ id: 'all', label: 'All roles' } as const, ...ROLES].map((role) => (
          <label key={role.id} class="checkbox">
            <input
              class="thumb-check"
              type="radio"
              name="rehearse-role"
              value={role.id}
              checked={setup.role.value === role.id}
              onChange={() => (setup.role.value = role.id as RoleId | 'all')}
            />
            {role.label}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="rehearse-count">Questions</label>
        <select
          id="rehearse-count"
          value={String(setup.count.value)}
          onChange={(e) => (setup.count.value = Number((e.target as HTMLSelectElement).value))}
        >
          {COUNTS.map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
        <small class="hint">
          {setup.pool.value
            ? `${total} question${total === 1 ? '' : 's'} for this role${due > 0 ? `, ${due} due for review (asked first)` : ''}.`
            : 'Reading the questions…'}
        </small>
      </div>
      <label class="checkbox">
        <input
          class="thumb-check"
          type="checkbox"
          checked={p.recording}
          onChange={(e) => void prefs.update({ recording: (e.target as HTMLInputElement).checked })}
        />
        Record my answers on this device
      </label>
      <p class="hint">
        Thinking time {p.thinkingMs > 0 ? formatClock(p.thinkingMs) : 'off'}, answer time {formatClock(p.answerMs)}.{' '}
        <a href={routeHref('settings')}>Change in Settings</a>
      </p>
      <SpeechNote session={session} />
      <div class="button-row">
        <button
          type="button"
          class="button primary start-rehearsal"
          disabled={!setup.pool.value || total === 0}
          onClick={() => session.start()}
        >
          Start rehearsal
        </button>
        <a class="button" href={routeHref('stories')}>
          My stories
        </a>
      </div>
      {library.recent.value.length > 0 ? (
        <section aria-labelledby="recent-recordings-heading">
          <h2 id="recent-recordings-heading">Your recordings</h2>
          <RecordingList
            recordings={library.recent.value}
            now={app.now.value}
            onDelete={(r) => library.remove(r)}
            questionOf={(r) => fronts.get(r.cardId)}
          />
        </section>
      ) : null}
    </div>
  );
}
