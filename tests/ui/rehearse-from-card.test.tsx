// @vitest-environment jsdom
/**
 * "Rehearse aloud" on an interview question's card while studying: the tap opens Rehearse on
 * that one question (not a rehearsal of the whole role), as the app does it: the link, the
 * hash route, the lazily loaded screen and the app's one rehearsal session.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { followHashChanges } from '../../src/app/router';
import { App } from '../../src/ui/App';
import { navigate } from '../../src/ui/routes';
import { manualClock, startApp } from '../helpers/app-fixture';
import { interviewDeck } from '../helpers/rehearsal-fakes';

let stopFollowing = () => {};
afterEach(() => {
  cleanup();
  stopFollowing();
  navigate('home');
});

describe('Rehearse aloud from a card', () => {
  it('opens Rehearse on exactly the question being studied', async () => {
    const app = await startApp([interviewDeck(3)], manualClock(Date.UTC(2026, 10, 2, 9)));
    navigate('study', { scope: 'iq' });
    stopFollowing = followHashChanges();
    render(<App services={app.services} />);

    // Grade the first question so the one studied is the second: not simply the first of the deck.
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Good/ }));
    await screen.findByText('Interview question 2?');
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    const link = await screen.findByRole('link', { name: 'Rehearse aloud' });
    fireEvent.click(link);

    await screen.findByRole('heading', { level: 1, name: 'Rehearse' });
    expect(await screen.findByText('Question 1 of 1')).toBeTruthy();
    const question = screen.getByRole('article', { name: 'Question' });
    expect(within(question).getByText('Interview question 2?')).toBeTruthy();
    expect(within(question).queryByText(/Interview question [13]\?/)).toBeNull();
    // The rehearsal has begun on it: the thinking time runs, no role to choose first.
    expect(screen.getByRole('timer')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start rehearsal' })).toBeNull();
  });
});
