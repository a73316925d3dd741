// @vitest-environment jsdom
/**
 * Recorded answers on screen, over fake-indexeddb: the Rehearse screen lists each with its
 * question, date and length, to play back or delete; Settings counts them and the room they take
 * and deletes them all; each screen follows what the other deleted; the answer just given lists
 * its own recording.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordingLibraryFor } from '../../src/app/recording-library';
import { createRehearsalSession } from '../../src/app/rehearsal-session';
import { rehearsalPrefsFor } from '../../src/app/rehearsal-prefs';
import { storyBookFor } from '../../src/app/story-book';
import { AppContext } from '../../src/ui/app-context';
import { formatWhen } from '../../src/ui/format-date';
import { RehearsalSettings } from '../../src/ui/RehearsalSettings';
import { RehearseScreen } from '../../src/ui/RehearseScreen';
import { manualClock, startApp } from '../helpers/app-fixture';
import { fakeMicrophone, fakeRehearsalEnv, interviewDeck, settle } from '../helpers/rehearsal-fakes';

const T = Date.UTC(2026, 10, 2, 15);
const DAY = 86_400_000;

beforeEach(() => {
  // A player's address for its bytes: Node's takes only its own Blobs, and jsdom's recordings
  // come back from fake-indexeddb as plain objects. Playing back is the browser test's part.
  let next = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:recording-${next++}`);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Audio bytes as IndexedDB keeps them (Node's Blob: the structured clone fake-indexeddb uses takes it). */
const audio = (bytes: number) => new NodeBlob([new Uint8Array(bytes)], { type: 'audio/webm' }) as unknown as Blob;

/** The Rehearse screen and the Settings section over one app, with two recordings stored. */
async function renderBoth() {
  const clock = manualClock(T);
  const { services, db } = await startApp([interviewDeck(2)], clock);
  const env = fakeRehearsalEnv(fakeMicrophone(clock)).env;
  const session = createRehearsalSession(services, env);
  const prefs = rehearsalPrefsFor(services);
  await prefs.load();
  const library = recordingLibraryFor(services);
  const base = { attemptId: 'a', mimeType: 'audio/webm' };
  await library.save({
    ...base,
    id: 'r1',
    cardId: 'iq/q1',
    at: T - 3 * DAY,
    durationMs: 65_000,
    size: 5000,
    blob: audio(5000),
  });
  await library.save({
    ...base,
    id: 'r2',
    cardId: 'iq/q2',
    at: T - 60_000,
    durationMs: 40_000,
    size: 3000,
    blob: audio(3000),
  });
  render(
    <AppContext.Provider value={services}>
      <RehearseScreen session={session} stories={storyBookFor(services)} />
      <RehearsalSettings prefs={prefs} library={library} />
    </AppContext.Provider>,
  );
  await screen.findByText(/2 questions for this role/);
  return { db, clock, session };
}

const recordingsList = () =>
  within(screen.getByRole('heading', { name: 'Your recordings' }).closest('section')!).getByRole('list');
const settings = () => screen.getByRole('region', { name: 'Rehearsal' });

describe('the recordings on screen', () => {
  it('each recording shows its question, date and length, newest first, with a player', async () => {
    await renderBoth();
    const items = within(recordingsList()).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [newest, older] = items as [HTMLElement, HTMLElement];
    expect(within(newest).getByText('Interview question 2?')).toBeTruthy();
    expect(within(newest).getByText(`Recorded ${formatWhen(T - 60_000, T)}`).textContent).toMatch(/^Recorded today at/);
    expect(within(newest).getByText('0:40')).toBeTruthy();
    expect(within(older).getByText('Interview question 1?')).toBeTruthy();
    expect(within(older).getByText(`Recorded ${formatWhen(T - 3 * DAY, T)}`).textContent).not.toMatch(/today/);
    expect(within(older).getByText('1:05')).toBeTruthy();
    expect(newest.querySelector('audio')?.getAttribute('aria-label')).toMatch(
      /^Recording from today at .*, 0:40 long$/,
    );
    // Settings counts them and the room they take.
    expect(within(settings()).getByText('2 recordings, 8.0 kB on this device.')).toBeTruthy();
  });

  it('deleting one asks once more, removes it from the device and the list, and Settings recounts', async () => {
    const { db } = await renderBoth();
    const older = within(recordingsList()).getAllByRole('listitem')[1]!;
    fireEvent.click(within(older).getByRole('button', { name: /^Delete the recording from/ }));
    // A second tap deletes; "Keep it" keeps it.
    fireEvent.click(within(older).getByRole('button', { name: 'Keep it' }));
    expect(await db.count('recordings')).toBe(2);
    fireEvent.click(within(older).getByRole('button', { name: /^Delete the recording from/ }));
    fireEvent.click(within(older).getByRole('button', { name: 'Delete recording' }));

    await within(settings()).findByText('1 recording, 3.0 kB on this device.');
    expect((await db.getAll('recordings')).map((r) => r.id)).toEqual(['r2']);
    const items = within(recordingsList()).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(within(items[0]!).getByText('Interview question 2?')).toBeTruthy();
  });

  it('Settings deletes them all after a confirmation, and the Rehearse screen lists none', async () => {
    const { db } = await renderBoth();
    fireEvent.click(within(settings()).getByRole('button', { name: 'Delete all recordings…' }));
    const confirm = within(settings()).getByRole('alertdialog');
    expect(within(confirm).getByText('Delete all 2 recordings? This cannot be undone.')).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep them' }));
    expect(await db.count('recordings')).toBe(2);

    fireEvent.click(within(settings()).getByRole('button', { name: 'Delete all recordings…' }));
    fireEvent.click(within(settings()).getByRole('button', { name: 'Delete all recordings' }));
    await within(settings()).findByText('Deleted 2 recordings.');
    expect(within(settings()).getByText('No recordings.')).toBeTruthy();
    expect(await db.count('recordings')).toBe(0);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Your recordings' })).toBeNull());
  });

  it('after a recorded answer, the question’s own recordings are listed with their length, to delete there', async () => {
    const { db, clock, session } = await renderBoth();
    fireEvent.click(screen.getByLabelText('Record my answers on this device', { selector: '.rehearse-setup input' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Start rehearsal' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Skip thinking time' }));
    await screen.findByText('Recording on this device');
    clock.advance(75_000);
    session.tick();
    fireEvent.click(screen.getByRole('button', { name: 'Done answering' }));

    const section = (await screen.findByRole('heading', { name: 'Recordings of this question' })).closest('section')!;
    const asked = session.current.value!.card.id;
    const stored = (await db.getAllFromIndex('recordings', 'by-card', asked)).sort((a, b) => b.at - a.at);
    const items = await waitFor(() => {
      const found = within(section).getAllByRole('listitem');
      expect(found).toHaveLength(stored.length);
      return found;
    });
    // The answer just given (1:15) is there, beside any earlier recording of the same question.
    expect(stored[0]).toMatchObject({ durationMs: 75_000 });
    expect(within(items[0]!).getByText('1:15')).toBeTruthy();
    expect(within(settings()).getByText(/^3 recordings, .* on this device\.$/)).toBeTruthy();

    fireEvent.click(within(items[0]!).getByRole('button', { name: /^Delete the recording from/ }));
    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Delete recording' }));
    await waitFor(async () => expect(await db.count('recordings')).toBe(2));
    await waitFor(() => expect(within(section).queryByText('1:15')).toBeNull());
  });
});
