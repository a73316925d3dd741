// @vitest-environment happy-dom
/**
 * Issue 10, point 1: a first visit says what the app is for and asks the two questions, both
 * skippable; skipping leaves every part of the app usable; Settings changes the answers later;
 * Home then leads with one next step.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readInterviewProfile } from '../../src/domain/interview-profile';
import { Grade } from '../../src/domain/model';
import { App } from '../../src/ui/App';
import { PURPOSE } from '../../src/ui/FirstVisit';
import { navigate } from '../../src/ui/routes';
import { makeDeck, manualClock, startApp, taggedDeck } from '../helpers/app-fixture';

afterEach(() => {
  cleanup();
  navigate('home');
});

const TOKYO = 9 * 60;
/** 1 Dec 2026, 10:00 in Tokyo. */
const T0 = Date.UTC(2026, 11, 1, 1, 0);
const DECKS = [
  taggedDeck(
    'roles',
    Array.from({ length: 24 }, () => ['product-data-analyst']),
  ),
  makeDeck('alpha', 3, 'Alpha'),
];

async function openHome(decks = DECKS) {
  const clock = manualClock(T0, TOKYO);
  const started = await startApp(decks, clock);
  navigate('home');
  render(<App services={started.services} />);
  await screen.findByRole('heading', { name: 'Decks', level: 1 });
  return { ...started, clock };
}

const welcome = () => screen.findByRole('region', { name: 'Welcome to PrepDeck' });

describe('a first visit', () => {
  it('says what the app is for, then asks which role and when the interview is', async () => {
    await openHome();
    const panel = await welcome();
    expect(within(panel).getByText(PURPOSE)).toBeTruthy();
    const roles = within(panel).getByRole('group', { name: 'Which role are you preparing for?' });
    expect(
      within(roles)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('id')),
    ).toHaveLength(5);
    for (const label of [
      'Product operations specialist',
      'Product data analyst',
      'Product operations manager',
      'Director of product operations',
      'Not sure yet',
    ])
      expect(within(roles).getByLabelText(label)).toBeTruthy();
    const when = within(panel).getByRole('group', { name: 'When is your interview?' });
    expect(within(when).getByLabelText('Interview date').getAttribute('type')).toBe('date');
    expect(within(when).getByLabelText('No date yet')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Skip for now' })).toBeTruthy();
    // The app is usable while the questions wait: the next step and the decks are there.
    expect(screen.getByRole('link', { name: "Start today's 20 cards" })).toBeTruthy();
  });

  it('skipping leaves the app fully usable: it does not ask again, and studying, readiness and Settings work', async () => {
    const { db, dbName, clock } = await openHome();
    fireEvent.click(within(await welcome()).getByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Welcome to PrepDeck' })).toBeNull());
    expect(readInterviewProfile(await db.get('settings', 'interview'))).toMatchObject({
      roles: [],
      notSure: false,
      interviewAt: null,
      answeredAt: T0,
    });
    // Home leads with the next step, and offers a date for a plan.
    const start = screen.getByRole('link', { name: "Start today's 20 cards" });
    expect(screen.getByText(/No interview date yet/)).toBeTruthy();

    // Study from the next step.
    expect(start.getAttribute('href')).toBe('#/study/all');
    navigate('study', { scope: 'all' });
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Good/ }));
    await waitFor(async () => expect(await db.count('reviews')).toBe(1));

    // Readiness covers all four roles when none was chosen.
    navigate('readiness');
    await screen.findByRole('heading', { name: 'Readiness', level: 1 });
    expect((await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent)).toEqual([
      'Product operations specialist',
      'Product data analyst',
      'Product operations manager',
      'Director of product operations',
    ]);

    // Settings shows the questions unanswered, ready to be answered later.
    navigate('settings');
    const form = await screen.findByRole('form', { name: 'Your interview' });
    expect(
      within(form)
        .getAllByRole('checkbox')
        .some((box) => (box as HTMLInputElement).checked),
    ).toBe(false);

    // Reopened: the first visit does not come back.
    cleanup();
    navigate('home');
    const again = await startApp(DECKS, clock, dbName);
    render(<App services={again.services} />);
    await screen.findByRole('link', { name: /^Continue: / });
    expect(screen.queryByRole('region', { name: 'Welcome to PrepDeck' })).toBeNull();
  });

  it('saves the answers in IndexedDB and shows the plan toward the date on Home', async () => {
    const { db } = await openHome();
    const panel = await welcome();
    fireEvent.click(within(panel).getByLabelText('Product data analyst'));
    fireEvent.input(within(panel).getByLabelText('Interview date'), { target: { value: '2026-12-15' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save and start' }));
    await screen.findByRole('heading', { name: /14 days to your interview/ });
    expect(screen.queryByRole('region', { name: 'Welcome to PrepDeck' })).toBeNull();
    expect(readInterviewProfile(await db.get('settings', 'interview'))).toMatchObject({
      roles: ['analyst'],
      interviewAt: Date.UTC(2026, 11, 15, 0, 0),
      anchor: { since: T0, unseen: 24 },
    });
    // 24 analyst cards over 12 days: 2 today; the 3 other cards come from the user's limit.
    expect(screen.getByText("Today's share: 2 new cards.")).toBeTruthy();
    expect(screen.getByText('On plan')).toBeTruthy();
    expect(await screen.findByRole('link', { name: "Start today's 5 cards" })).toBeTruthy();
  });

  it('refuses a date that has passed, and "not sure" with roles, saying why by the question', async () => {
    const { db } = await openHome();
    const panel = await welcome();
    fireEvent.input(within(panel).getByLabelText('Interview date'), { target: { value: '2026-11-20' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save and start' }));
    expect(await within(panel).findByText('This date has passed: choose today or a later day.')).toBeTruthy();
    expect(within(panel).getByLabelText('Interview date').getAttribute('aria-invalid')).toBe('true');
    expect(await db.get('settings', 'interview')).toBeUndefined();
  });

  it('Settings changes the roles and the date later, and Home follows', async () => {
    const { db } = await openHome();
    fireEvent.click(within(await welcome()).getByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Welcome to PrepDeck' })).toBeNull());

    navigate('settings');
    const form = await screen.findByRole('form', { name: 'Your interview' });
    expect((within(form).getByLabelText('Interview date') as HTMLInputElement).value).toBe('');
    fireEvent.click(within(form).getByLabelText('Not sure yet'));
    fireEvent.input(within(form).getByLabelText('Interview date'), { target: { value: '2026-12-10' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save interview details' }));
    await within(form).findByText('Saved.');
    expect(readInterviewProfile(await db.get('settings', 'interview'))).toMatchObject({
      roles: [],
      notSure: true,
      interviewAt: Date.UTC(2026, 11, 10, 0, 0),
    });

    // Choosing a role unticks "Not sure"; "No date yet" clears the date.
    fireEvent.click(within(form).getByLabelText('Product operations specialist'));
    expect((within(form).getByLabelText('Not sure yet') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(within(form).getByLabelText('No date yet'));
    expect((within(form).getByLabelText('Interview date') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(form).getByRole('button', { name: 'Save interview details' }));
    await waitFor(async () =>
      expect(readInterviewProfile(await db.get('settings', 'interview'))).toMatchObject({
        roles: ['specialist'],
        notSure: false,
        interviewAt: null,
        noDate: true,
      }),
    );
    navigate('home');
    expect(await screen.findByText(/No interview date yet/)).toBeTruthy();
  });
});

describe('the next step on Home', () => {
  it('leads with today\'s cards, then a rehearsal, then "all done" with when the next card comes', async () => {
    const interview = taggedDeck('interview', [['director']], 'Interview questions', { interview: true });
    const { services, study, clock } = await openHome([interview]);
    fireEvent.click(within(await welcome()).getByRole('button', { name: 'Skip for now' }));
    await screen.findByRole('link', { name: "Start today's 1 card" });

    await study.start('all');
    study.reveal();
    await study.grade(Grade.Easy);
    const rehearse = await screen.findByRole('link', { name: 'Rehearse 1 question' });
    expect(rehearse.getAttribute('href')).toBe('#/rehearse');
    expect(screen.getByText("Today's cards are done.")).toBeTruthy();
    fireEvent.click(rehearse);
    navigate('home');
    // Rehearsal started today: nothing more to do until the card comes back (Easy: days from now).
    const done = await screen.findByText(/^All done for today — next card /);
    expect(done.textContent).not.toContain('today at');
    expect(services.guide.profile.value.rehearsedAt).toBe(clock.now());
  });
});
