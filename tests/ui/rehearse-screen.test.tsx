// @vitest-environment jsdom
/**
 * The Rehearse screen with a fake microphone and recogniser: the transcript's analysis shows
 * only where the device transcribes (else the points are a checklist), and a refused
 * microphone is said plainly while the timer and the grades keep working.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createRehearsalSession } from '../../src/app/rehearsal-session';
import { rehearsalPrefsFor } from '../../src/app/rehearsal-prefs';
import { storyBookFor } from '../../src/app/story-book';
import { AppContext } from '../../src/ui/app-context';
import { RehearseScreen } from '../../src/ui/RehearseScreen';
import { manualClock, startApp } from '../helpers/app-fixture';
import { fakeMicrophone, fakeRehearsalEnv, interviewDeck, settle } from '../helpers/rehearsal-fakes';

afterEach(cleanup);

async function renderRehearse(speech: 'available' | 'unsupported') {
  const clock = manualClock(Date.UTC(2026, 10, 2, 9));
  const { services } = await startApp([interviewDeck(2)], clock);
  const mic = fakeMicrophone(clock);
  const session = createRehearsalSession(services, fakeRehearsalEnv(mic, speech).env);
  await rehearsalPrefsFor(services).load();
  render(
    <AppContext.Provider value={services}>
      <RehearseScreen session={session} stories={storyBookFor(services)} />
    </AppContext.Provider>,
  );
  await screen.findByText(/2 questions for this role/);
  return { clock, mic, session };
}

async function answerAloud(r: Awaited<ReturnType<typeof renderRehearse>>, words: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Start rehearsal' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Skip thinking time' }));
  await settle();
  r.mic.speak(words);
  r.clock.advance(60_000);
  fireEvent.click(await screen.findByRole('button', { name: 'Done answering' }));
  await screen.findByRole('group', { name: 'Grade your answer' });
}

describe('the Rehearse screen', () => {
  it('shows the transcript’s pace, fillers and points where the device transcribes', async () => {
    const r = await renderRehearse('available');
    expect(screen.getByText(/Transcripts are made on this device/)).toBeTruthy();
    await answerAloud(r, 'Um I cut the backlog by forty percent in six weeks basically');
    expect(screen.getByText('12 words a minute: slow; a conversational pace is about 120 to 160.')).toBeTruthy();
    expect(screen.getByText('Filler words: “um” 1×, “basically” 1×.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /you touched 2 of 2/ })).toBeTruthy();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });

  it('without on-device recognition: no transcript, the points to tick', async () => {
    const r = await renderRehearse('unsupported');
    expect(screen.getByText(/No transcript here: this browser cannot transcribe on the device/)).toBeTruthy();
    await answerAloud(r, 'words nobody hears');
    expect(r.mic.transcriptsStarted).toBe(0);
    expect(screen.queryByText(/words a minute/)).toBeNull();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    fireEvent.click(boxes[0]!);
    expect(screen.getByText('1 of 2 covered')).toBeTruthy();
  });

  it('a refused microphone: said plainly, the timer runs on, the answer can be rated', async () => {
    const r = await renderRehearse('unsupported');
    fireEvent.click(screen.getByLabelText('Record my answers on this device'));
    await settle();
    r.mic.refuse = 'permission-denied';
    fireEvent.click(screen.getByRole('button', { name: 'Start rehearsal' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Skip thinking time' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Microphone access is turned off.*nothing was recorded/,
    );
    const before = screen.getByRole('timer').textContent;
    r.clock.advance(5000);
    r.session.tick();
    await settle();
    expect(screen.getByRole('timer').textContent).not.toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Done answering' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Good/ }));
    expect(await screen.findByText('Question 2 of 2')).toBeTruthy();
  });
});
