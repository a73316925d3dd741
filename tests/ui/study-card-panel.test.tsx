// @vitest-environment happy-dom
/**
 * Issue 10, point 6, on the study screen: a tap on the card shows the answer (a tap on a link
 * in it does not), each card of a mixed session names its deck, and the back shows the tags.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { preloadScreen } from '../../src/ui/Lazy';
import { navigate } from '../../src/ui/routes';
import { makeDeck, manualClock, startApp, taggedDeck } from '../helpers/app-fixture';

const T = Date.UTC(2026, 11, 1, 10, 0);

afterEach(() => {
  cleanup();
  navigate('home');
});

async function openStudy(scope: string) {
  const clock = manualClock(T);
  const app = await startApp(
    [taggedDeck('alpha', [['metrics', 'sql']], 'Ops::Alpha'), makeDeck('beta', 1, 'Beta')],
    clock,
  );
  await preloadScreen('study', app.services);
  navigate('study', { scope });
  render(<App services={app.services} />);
  await screen.findByRole('button', { name: 'Show answer' });
  return app;
}

describe('the card on the study screen', () => {
  it('a tap on the card shows the answer; the back shows the tags', async () => {
    await openStudy('alpha');
    const card = screen.getByRole('article', { name: 'Card' });
    expect(within(card).queryByRole('list', { name: 'Tags' })).toBeNull();
    fireEvent.click(within(card).getByText('Ops::Alpha question 1'));
    await screen.findByRole('group', { name: 'Grade your answer' });
    expect(within(card).getByText('Ops::Alpha answer 1')).toBeTruthy();
    const tags = within(card).getByRole('list', { name: 'Tags' });
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['metrics', 'sql']);
    // A deck's own session does not repeat its name on the card.
    expect(within(card).queryByText('Ops › Alpha')).toBeNull();
  });

  it('in "Study all", every card names its deck', async () => {
    await openStudy('all');
    const named = within(screen.getByRole('article', { name: 'Card' })).getByText(/^(Ops › Alpha|Beta)$/);
    const question = screen.getByRole('article', { name: 'Card' }).textContent!;
    expect(question).toContain(named.textContent === 'Beta' ? 'Beta question' : 'Ops::Alpha question');
  });
});
