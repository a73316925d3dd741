// @vitest-environment happy-dom
/**
 * Issue 10, point 3, on screen: for each chosen role, the Readiness screen shows the numbers the
 * domain module gives on a fixed collection (cards seen, predicted recall now and on the date,
 * the weakest cards in order), and one tap drills them. Home shows the plan's warning when the
 * daily limit cannot make the date, with a way to raise it.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createInterviewForm } from '../../src/app/interview-form';
import { readinessOf } from '../../src/domain/readiness';
import { toPercent } from '../../src/domain/readiness-view';
import { App } from '../../src/ui/App';
import { navigate } from '../../src/ui/routes';
import { manualClock, startApp, taggedDeck } from '../helpers/app-fixture';
import { referenceReadiness, studiedCollection } from '../helpers/readiness-fixture';

afterEach(() => {
  cleanup();
  navigate('home');
});

/** The figures a role's section shows, as text. */
function figuresOf(section: HTMLElement): Record<string, string> {
  const figures: Record<string, string> = {};
  for (const group of section.querySelectorAll('.figure'))
    figures[group.querySelector('dt')!.textContent!] = group.querySelector('dd')!.textContent!.trim();
  return figures;
}

describe('the Readiness screen', () => {
  it("shows, for each chosen role, exactly the domain module's figures on a fixed collection", async () => {
    const { services, db, clock } = await studiedCollection();
    await createInterviewForm(services).submit({
      roles: ['analyst', 'director'],
      notSure: false,
      date: '2026-12-20',
      noDate: false,
    });
    const interviewAt = services.guide.profile.value.interviewAt!;
    const reference = await referenceReadiness(db, clock.now(), interviewAt);

    navigate('home');
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('link', { name: /Readiness per role/ }));
    navigate('readiness');
    await screen.findByRole('heading', { name: 'Readiness', level: 1 });
    const headings = await screen.findAllByRole('heading', { level: 2 });
    const sections = headings.map((h) => h.closest('section')!);
    // The chosen roles only, in the app's order.
    expect(sections.map((s) => within(s).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'Product data analyst',
      'Director of product operations',
    ]);

    const cards = new Map((await db.getAll('cards')).map((c) => [c.id, c]));
    for (const [section, role] of [
      [sections[0]!, 'analyst'],
      [sections[1]!, 'director'],
    ] as const) {
      const expected = readinessOf(reference, role);
      expect(figuresOf(section)).toEqual({
        'Cards seen': `${expected.seen} of ${expected.total}`,
        'Recall now': `${toPercent(expected.recallNow!)} %`,
        'On the interview date': `${toPercent(expected.recallOnDate!)} %`,
      });
      // Recall fades by the date: the two numbers differ on this collection.
      expect(expected.recallOnDate!).toBeLessThan(expected.recallNow!);
      const items = within(section).getAllByRole('listitem');
      expect(items.map((li) => li.querySelector('.weak-text')!.textContent)).toEqual(
        expected.weakest.map((w) => cards.get(w.cardId)!.front),
      );
      expect(items.map((li) => li.querySelector('.weak-recall')!.textContent)).toEqual(
        expected.weakest.map((w) => `predicted recall ${toPercent(w.recall)} %`),
      );
      expect(
        within(section)
          .getByRole('link', { name: /^Drill th(is|ese)/ })
          .getAttribute('href'),
      ).toBe(`#/drill/${role}`);
    }
  });

  it('one tap drills a role: the study screen shows its weakest card first', async () => {
    const { services, db, clock } = await studiedCollection();
    const weakest = readinessOf(await referenceReadiness(db, clock.now(), null), 'analyst').weakest;
    navigate('readiness');
    render(<App services={services} />);
    // No role chosen: all four are shown; the roles with studied cards offer a drill.
    const drill = await screen.findAllByRole('link', { name: /^Drill th(is|ese)/ });
    expect(drill.map((link) => link.getAttribute('href'))).toEqual(['#/drill/analyst', '#/drill/director']);
    expect(drill[0]!.textContent).toBe('Drill these 10 cards');
    navigate('drill', { role: 'analyst' });
    await screen.findByRole('heading', { name: 'Drill: Product data analyst', level: 1 });
    expect(await screen.findByText('10 left')).toBeTruthy();
    const front = (await db.get('cards', weakest[0]!.cardId))!.front;
    expect(await screen.findByText(front)).toBeTruthy();
  });

  it('without a date, shows recall now only and says how to add one', async () => {
    const { services } = await studiedCollection();
    navigate('readiness');
    render(<App services={services} />);
    await screen.findAllByRole('link', { name: /^Drill th(is|ese)/ });
    expect(screen.queryByText('On the interview date')).toBeNull();
    expect(screen.getByText(/No interview date ahead/)).toBeTruthy();
  });
});

describe('the plan on Home', () => {
  it('warns with the numbers when the daily limit makes the date unreachable, and raises the limit in one tap', async () => {
    const deck = taggedDeck(
      'roles',
      Array.from({ length: 60 }, () => ['operations-manager']),
    );
    const { services, app, db } = await startApp([deck], manualClock(Date.UTC(2026, 11, 1, 1, 0), 540));
    await services.guide.skip();
    await app.saveSettings({ ...app.settings.value, newPerDay: 5 });
    // 60 cards, interview on 9 Dec: 6 days to add them in (1-6 Dec): 10 a day.
    await createInterviewForm(services).submit({
      roles: ['manager'],
      notSure: false,
      date: '2026-12-09',
      noDate: false,
    });
    navigate('home');
    render(<App services={services} />);
    await screen.findByRole('heading', { name: /8 days to your interview/ });
    expect(
      screen.getByText(
        'At 5 new cards a day, 30 cards of 60 will not have been seen three days before the interview. Seeing them all in time takes 10 a day.',
      ),
    ).toBeTruthy();
    const plan = screen.getByRole('region', { name: /8 days to your interview/ });
    expect(within(plan).getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('#/settings');
    fireEvent.click(screen.getByRole('button', { name: 'Raise my limit to 10 a day' }));
    await waitFor(() => expect(screen.queryByText(/Seeing them all in time/)).toBeNull());
    expect(await db.get('settings', 'scheduler')).toMatchObject({ newPerDay: 10 });
    expect(screen.getByText("Today's share: 10 new cards.")).toBeTruthy();
  });
});
