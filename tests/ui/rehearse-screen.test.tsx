// @vitest-environment jsdom
/**
 * The Rehearse screen with a fake microphone and recogniser: the transcript's analysis shows
 * only where the device transcribes (else the points are a checklist), and a refused
 * microphone is said plainly while the timer and the grades keep working. The timer turns to
 * its overtime colour once the answer time is past; the linked STAR stories are a prompt the
 * candidate hides and shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../src/app/services';
import { createRehearsalSession } from '../../src/app/rehearsal-session';
import { rehearsalPrefsFor } from '../../src/app/rehearsal-prefs';
import { storyBookFor } from '../../src/app/story-book';
import { emptyStoryDraft } from '../../src/domain/star-stories';
import { AppContext } from '../../src/ui/app-context';
import { RehearseScreen } from '../../src/ui/RehearseScreen';
import { manualClock, startApp } from '../helpers/app-fixture';
import { fakeMicrophone, fakeRehearsalEnv, interviewDeck, settle } from '../helpers/rehearsal-fakes';

afterEach(cleanup);

async function renderRehearse(speech: 'available' | 'unsupported', before?: (services: AppServices) => Promise<void>) {
  const clock = manualClock(Date.UTC(2026, 10, 2, 9));
  const { services } = await startApp([interviewDeck(2)], clock);
  const mic = fakeMicrophone(clock);
  const session = createRehearsalSession(services, fakeRehearsalEnv(mic, speech).env);
  await rehearsalPrefsFor(services).load();
  await before?.(services);
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

/** The app's own stylesheet for Rehearse, so the colour a class gives is the one a user sees. */
const REHEARSE_CSS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/ui/rehearse.css');

/** The timer box (its class names the phase the stylesheet colours). */
const timerBox = () => screen.getByRole('timer').closest('.timer') as HTMLElement;

/**
 * The colour the app's stylesheet gives an element: the last rule setting `color` that matches it
 * (jsdom cascades no custom properties, so the rule's own value is read). Undefined: the text colour.
 */
function sheetColour(sheet: CSSStyleSheet, element: Element): string | undefined {
  const rules = [...sheet.cssRules].filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.style.color !== '');
  return rules.filter((r) => element.matches(r.selectorText)).at(-1)?.style.color;
}

describe('the timer', () => {
  it('turns to its overtime colour once the answer time is past, and not before', async () => {
    const style = document.createElement('style');
    style.textContent = readFileSync(REHEARSE_CSS, 'utf8');
    document.head.append(style);
    try {
      const r = await renderRehearse('unsupported');
      fireEvent.click(screen.getByRole('button', { name: 'Start rehearsal' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Skip thinking time' }));
      await settle();
      const figure = () => screen.getByRole('timer');
      const colour = () => sheetColour(style.sheet!, figure());

      // One second before the 2 minutes are up: counting down in the text colour.
      r.clock.advance(119_000);
      r.session.tick();
      await settle();
      expect(figure().textContent).toBe('0:01');
      expect(timerBox().classList.contains('timer-overtime')).toBe(false);
      expect(colour()).toBeUndefined();

      // Past the answer time: counting on, over time, in the colour of Again.
      r.clock.advance(6_000);
      r.session.tick();
      await settle();
      expect(figure().textContent).toBe('+0:05');
      expect(timerBox().classList.contains('timer-overtime')).toBe(true);
      expect(within(timerBox()).getByText('Over time')).toBeTruthy();
      expect(colour()).toBe('var(--again)');
    } finally {
      style.remove();
    }
  });
});

describe('the story prompt', () => {
  const story = {
    ...emptyStoryDraft(),
    title: 'Cutting the backlog',
    situation: 'Tickets piled up.',
    result: 'Backlog halved.',
    resultInNumbers: '-40 % in 6 weeks',
    questionIds: ['iq/q1', 'iq/q2'],
  };
  const linkStory = async (services: AppServices) => {
    const book = storyBookFor(services);
    await book.load();
    const saved = await book.save(story);
    if (!('story' in saved)) throw new Error('story not saved');
  };
  const prompt = () => screen.getByText(/your story for this question/).closest('details') as HTMLDetailsElement;

  it('shows the linked story while answering; it can be hidden and shown again', async () => {
    await renderRehearse('unsupported', linkStory);
    fireEvent.click(screen.getByRole('button', { name: 'Start rehearsal' }));
    await screen.findByText('Question 1 of 2');
    expect(prompt().open).toBe(true);
    expect(within(prompt()).getByText('Cutting the backlog')).toBeTruthy();
    expect(within(prompt()).getByText('-40 % in 6 weeks')).toBeTruthy();
    expect(screen.getByText('Hide your story for this question')).toBeTruthy();

    fireEvent.click(screen.getByText('Hide your story for this question'));
    expect(await screen.findByText('Show your story for this question')).toBeTruthy();
    expect(prompt().open).toBe(false);

    fireEvent.click(screen.getByText('Show your story for this question'));
    expect(await screen.findByText('Hide your story for this question')).toBeTruthy();
    expect(prompt().open).toBe(true);
    expect(within(prompt()).getByText('Cutting the backlog')).toBeTruthy();
  });

  it('stays hidden for the next question once the candidate hid it', async () => {
    await renderRehearse('unsupported', linkStory);
    fireEvent.click(screen.getByRole('button', { name: 'Start rehearsal' }));
    await screen.findByText('Question 1 of 2');
    fireEvent.click(screen.getByText('Hide your story for this question'));
    await screen.findByText('Show your story for this question');
    fireEvent.click(screen.getByRole('button', { name: 'Skip thinking time' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Done answering' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Good/ }));
    await screen.findByText('Question 2 of 2');
    expect(prompt().open).toBe(false);
    expect(screen.getByText('Show your story for this question')).toBeTruthy();
  });
});
