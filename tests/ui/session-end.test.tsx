// @vitest-environment happy-dom
/**
 * Issue 10, point 5: the end of a session shows the cards studied, how many were Again and the
 * time spent; "Review the ones I missed" studies exactly the cards graded Again in this session
 * (and writes normal reviews); "Continue with" names the next deck with work.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { preloadScreen } from '../../src/ui/Lazy';
import { navigate } from '../../src/ui/routes';
import { Grade } from '../../src/domain/model';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

const T = Date.UTC(2026, 11, 1, 10, 0);

afterEach(() => {
  cleanup();
  navigate('home');
});

/** Reveals and grades the card on screen after `seconds` of thinking; returns its question. */
async function answer(grade: string, seconds: number, clock: ReturnType<typeof manualClock>): Promise<string> {
  const reveal = await screen.findByRole('button', { name: 'Show answer' });
  const question = screen.getByRole('article', { name: 'Card' }).textContent!;
  clock.advance(seconds * 1000);
  fireEvent.click(reveal);
  fireEvent.click(await screen.findByRole('button', { name: new RegExp(`^${grade}`) }));
  return question;
}

describe('the end of a session', () => {
  it('recaps the session and reviews exactly the missed cards', async () => {
    const clock = manualClock(T);
    const { services, db, study } = await startApp([makeDeck('alpha', 4, 'Alpha'), makeDeck('beta', 2, 'Beta')], clock);
    await preloadScreen('study', services);
    navigate('study', { scope: 'alpha' });
    render(<App services={services} />);
    await screen.findByRole('button', { name: 'Show answer' });

    // Cards 1 and 3 missed; the missed ones come back (learn-ahead) and are then known: 6 answers.
    const grades = ['Again', 'Easy', 'Again', 'Easy', 'Easy', 'Easy'];
    for (const grade of grades) await answer(grade, 20, clock);
    await screen.findByRole('heading', { name: 'Session done' });
    const recap = screen.getByRole('group', { name: 'This session' });
    // 4 different cards (not 6 answers), 2 of them Again, 6 answers of 20 s each.
    expect(recap.textContent).toBe('Studied4 cardsAgain2Time2 min');
    const missedIds = study.answers.value.filter((a) => a.grade === Grade.Again).map((a) => a.cardId);
    expect(missedIds).toEqual(['alpha/c1', 'alpha/c3']);
    expect(screen.getByRole('link', { name: 'Continue with Beta' }).getAttribute('href')).toBe('#/study/beta');

    const reviewsBefore = await db.count('reviews');
    fireEvent.click(screen.getByRole('button', { name: 'Review the 2 I missed' }));
    await screen.findByRole('heading', { name: 'Missed cards' });
    expect(screen.getByText('2 left')).toBeTruthy();
    const shown = [await answer('Good', 5, clock)];
    shown.push(await answer('Good', 5, clock));
    await screen.findByRole('heading', { name: 'Session done' });
    // Exactly the two Again cards, in the order they were missed, each graded once more in the log.
    expect(shown.map((text) => /question (\d)/.exec(text)![1])).toEqual(['1', '3']);
    expect(await db.count('reviews')).toBe(reviewsBefore + 2);
    const last = (await db.getAllFromIndex('reviews', 'by-card', 'alpha/c3')).at(-1)!;
    expect(last).toMatchObject({ rating: Grade.Good, origin: 'app' });
    expect(within(screen.getByRole('group', { name: 'This session' })).getByText('2 cards')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /I missed/ })).toBeNull();
  });

  it('an undone Again is not reviewed as missed; no work anywhere offers no deck to continue with', async () => {
    const clock = manualClock(T);
    const { services, study } = await startApp([makeDeck('alpha', 1, 'Alpha')], clock);
    await preloadScreen('study', services);
    navigate('study', { scope: 'alpha' });
    render(<App services={services} />);
    await screen.findByRole('button', { name: 'Show answer' });
    await answer('Again', 10, clock);
    // The missed card comes back at once (nothing else is left); the Again is taken back.
    await screen.findByRole('button', { name: 'Show answer' });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(study.answers.value).toHaveLength(0));
    await answer('Easy', 10, clock);
    await screen.findByRole('heading', { name: 'Session done' });
    expect(screen.getByRole('group', { name: 'This session' }).textContent).toBe('Studied1 cardAgain0Time10 s');
    expect(screen.queryByRole('button', { name: /I missed/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /^Continue with/ })).toBeNull();
  });
});
