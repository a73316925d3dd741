// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate } from '../../src/ui/routes';
import { App } from '../../src/ui/App';
import { preloadScreen } from '../../src/ui/Lazy';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

const T = Date.UTC(2026, 11, 1, 10, 0);

async function renderStudy(cards = 2) {
  const clock = manualClock(T, 60);
  const app = await startApp([makeDeck('alpha', cards, 'Alpha')], clock);
  // As the page does after its first paint: the study screen's code is loaded before it is opened.
  await preloadScreen('study', app.services);
  navigate('study', { scope: 'alpha' });
  render(<App services={app.services} />);
  await screen.findByRole('button', { name: 'Show answer' });
  return { ...app, clock };
}

afterEach(() => {
  cleanup();
  navigate('home');
});

describe('study screen', () => {
  it('shows the front, then reveals the answer with four grade buttons showing their intervals', async () => {
    await renderStudy();
    expect(screen.getByText('Alpha question 1')).toBeTruthy();
    expect(screen.queryByText('Alpha answer 1')).toBeNull();
    expect(screen.getByText('2 left')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    const answer = await screen.findByText('Alpha answer 1');
    // The answer sits in a live region, so a screen reader announces it.
    expect(answer.closest('[aria-live="polite"]')).toBeTruthy();
    const again = screen.getByRole('button', { name: /^Again 1m: next in 1 minute/ });
    const good = screen.getByRole('button', { name: /^Good 10m: next in 10 minutes/ });
    expect(again.textContent).toContain('1m');
    expect(good.textContent).toContain('10m');
    expect(screen.getByRole('button', { name: /^Hard/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Easy \d+d: next in \d+ days?/ })).toBeTruthy();
  });

  it('grading moves to the next card only after the write, and undo brings the card back', async () => {
    const { db } = await renderStudy();
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Good/ }));
    await screen.findByText('Alpha question 2');
    expect(await db.count('reviews')).toBe(1);
    // Card 1 comes back in 10 minutes; until then only card 2 is left.
    expect(screen.getByText('1 left')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Alpha question 1');
    expect(screen.getByText('2 left')).toBeTruthy();
    await waitFor(async () => expect(await db.count('reviews')).toBe(0));
  });

  it('keyboard: Space reveals, 1-4 grade, Z undoes', async () => {
    const { db } = await renderStudy();
    fireEvent.keyDown(window, { key: ' ' });
    await screen.findByText('Alpha answer 1');
    fireEvent.keyDown(window, { key: '3' });
    await screen.findByText('Alpha question 2');
    expect(await db.count('reviews')).toBe(1);
    fireEvent.keyDown(window, { key: 'z' });
    await screen.findByText('Alpha question 1');
    await waitFor(async () => expect(await db.count('reviews')).toBe(0));
    fireEvent.keyDown(window, { key: 'Enter' });
    await screen.findByText('Alpha answer 1');
  });

  it('an empty queue says so and when the next card is due', async () => {
    await renderStudy(1);
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Easy/ }));
    const done = await screen.findByText(/No cards due right now\. The next card is due in \d+d/);
    expect(done).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Session done' })).toBeTruthy();
    expect(screen.getByText('1 card')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' }).hasAttribute('disabled')).toBe(false);
  });

  it('home lists decks with due, new and total counts', async () => {
    const clock = manualClock(T, 60);
    const app = await startApp([makeDeck('alpha', 3, 'Alpha'), makeDeck('beta', 25, 'Beta')], clock);
    navigate('home');
    render(<App services={app.services} />);
    const alpha = await screen.findByRole('link', { name: /Alpha/ });
    expect(alpha.textContent).toContain('0 due · 3 new · 3 total');
    // New cards shown are capped by the daily limit (20).
    expect(screen.getByRole('link', { name: /Beta/ }).textContent).toContain('0 due · 20 new · 25 total');
    // Home's next step counts what the shared daily limit allows: 20 new cards, not 3 + 20.
    expect(screen.getByRole('link', { name: /^Start today's/ }).textContent).toBe("Start today's 20 cards");
  });

  it('after "Show answer", focus moves to Good; Enter on a focused control does its own job, not reveal', async () => {
    await renderStudy();
    const undo = screen.getByRole('button', { name: 'Undo' });
    const back = screen.getByRole('link', { name: 'Back to decks' });
    back.focus();
    fireEvent.keyDown(back, { key: 'Enter' });
    expect(screen.queryByText('Alpha answer 1')).toBeNull();
    fireEvent.keyDown(undo, { key: ' ' });
    expect(screen.queryByText('Alpha answer 1')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    await screen.findByText('Alpha answer 1');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Good'));
  });

  it('home: a deck with nothing to study says when its next card is due', async () => {
    const clock = manualClock(T, 60);
    const app = await startApp([makeDeck('solo', 1, 'Solo')], clock);
    await app.study.start('solo');
    app.study.reveal();
    await app.study.grade(4); // Easy: next due in days
    navigate('home');
    render(<App services={app.services} />);
    const row = await screen.findByRole('link', { name: /Solo/ });
    expect(row.textContent).toContain('0 due · 0 new · 1 total');
    expect(row.textContent).toMatch(/Next card in \d+d/);
    expect(screen.getByText('Today: 1 answer, 1 new card started.')).toBeTruthy();
  });
});
