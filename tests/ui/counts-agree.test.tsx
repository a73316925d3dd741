// @vitest-environment happy-dom
/**
 * Issue 10, point 4: counts that agree everywhere. On the same data, each deck row's due + new,
 * "Study all due" and the study header of each deck and of "Study all" are the same numbers
 * (one function counts them all), and the shared new-card budget is said once on Home.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Grade } from '../../src/domain/model';
import { App } from '../../src/ui/App';
import { preloadScreen } from '../../src/ui/Lazy';
import { navigate } from '../../src/ui/routes';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

const MIN = 60_000;
const T = Date.UTC(2026, 11, 1, 10, 0);

afterEach(() => {
  cleanup();
  navigate('home');
});

/** "3 due · 20 new · 27 total" of each deck row, by deck name. */
function rowCounts(): Map<string, { due: number; fresh: number }> {
  const rows = new Map<string, { due: number; fresh: number }>();
  for (const link of document.querySelectorAll('.deck-link')) {
    const match = /(\d+) due · (\d+) new/.exec(link.textContent ?? '')!;
    rows.set(link.querySelector('.deck-name')!.textContent!, { due: Number(match[1]), fresh: Number(match[2]) });
  }
  return rows;
}

/** Opens a study session and reads its header's "N left" (once the header shows this scope's title). */
async function studyHeader(scope: string, title: string): Promise<number> {
  navigate('study', { scope });
  await screen.findByRole('heading', { name: title, level: 1 });
  const status = await screen.findByText(/^\d+ left$/);
  return Number(/(\d+)/.exec(status.textContent!)![1]);
}

describe('counts agree on Home, the deck rows, "Study all" and the study header', () => {
  it('on the same data, after studying across decks and subdecks', async () => {
    const clock = manualClock(T, 60);
    const { services, app, study } = await startApp(
      [makeDeck('ops', 6, 'Ops'), makeDeck('ops-m', 9, 'Ops::Metrics'), makeDeck('lang', 30, 'Lang')],
      clock,
    );
    await app.saveSettings({ ...app.settings.value, newPerDay: 12 });
    // Some learning cards, some graduated, some again: from two decks.
    for (const [scope, grades] of [
      ['ops-m', [Grade.Good, Grade.Again, Grade.Easy]],
      ['lang', [Grade.Good, Grade.Good, Grade.Hard, Grade.Again]],
    ] as const) {
      await study.start(scope);
      for (const grade of grades) {
        study.reveal();
        await study.grade(grade);
      }
    }
    clock.advance(2 * MIN);
    await app.tick();
    await preloadScreen('study', services);
    render(<App services={services} />);
    await screen.findByRole('link', { name: /Ops/ });

    const rows = rowCounts();
    // Home's next step is "Study all": today's cards of every deck.
    const next = screen.getByRole('link', { name: /^(Start today's|Continue:) \d+ cards?/ });
    expect(next.getAttribute('href')).toBe('#/study/all');
    const all = Number(/(\d+) cards?/.exec(next.textContent!)![1]);
    // The budget is said once: 12 a day, 7 started.
    expect(screen.getAllByText(/new cards left today, shared by all decks/)).toHaveLength(1);
    expect(screen.getByText('5 of 12 new cards left today, shared by all decks.')).toBeTruthy();
    // Lang: the Again card (1 minute) is due again; Good and Hard wait their steps.
    expect(rows.get('Lang')).toEqual({ due: 1, fresh: 5 });

    const headers = new Map<string, number>();
    for (const [id, name, title] of [
      ['ops', 'Ops', 'Ops'],
      ['ops-m', 'Metrics', 'Ops › Metrics'],
      ['lang', 'Lang', 'Lang'],
    ] as const) {
      headers.set(name, await studyHeader(id, title));
      expect(headers.get(name), name).toBe(rows.get(name)!.due + rows.get(name)!.fresh);
    }
    expect(await studyHeader('all', 'All decks')).toBe(all);
    // "Study all" draws on the same shared budget: its new cards are at most the budget.
    expect(all).toBe(rows.get('Ops')!.due + rows.get('Lang')!.due + 5);
  });
});
