/**
 * Issue 15, point 5 ("two tabs share one truth"), on fake-indexeddb: two app instances over the
 * same database stand for two tabs. A grade computed from a schedule the other tab has since
 * changed is refused inside its transaction (nothing written, the queue re-read); and a grade
 * in one tab moves the other tab's queue and counts (BroadcastChannel).
 */
import { describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../../src/app/services';
import { Grade } from '../../src/domain/model';
import { openAppDb } from '../../src/storage/db';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

const T = Date.UTC(2026, 11, 1, 10, 0);

async function twoTabs() {
  const clock = manualClock(T, 0);
  const first = await startApp([makeDeck('alpha', 3, 'Alpha')], clock);
  const services = createAppServices({
    db: await openAppDb(first.dbName),
    clock,
    loadBuiltinDecks: async () => [makeDeck('alpha', 3, 'Alpha')],
  });
  await services.state.start();
  return {
    clock,
    db: first.db,
    a: { app: first.app, study: first.study },
    b: { app: services.state, study: await services.loadStudy() },
  };
}

describe('two tabs on one database', () => {
  it('a grade on a card the other tab has just graded is refused, and that tab moves on', async () => {
    const { db, a, b } = await twoTabs();
    await a.study.start('alpha');
    await b.study.start('alpha');
    const card = a.study.session.value!.current!.card;
    expect(b.study.session.value!.current!.card.id).toBe(card.id);
    a.study.reveal();
    b.study.reveal();
    // Both tabs grade the same card at once: the writes queue up, the second finds a newer schedule.
    await Promise.all([a.study.grade(Grade.Easy), b.study.grade(Grade.Again)]);
    const reviews = await db.getAllFromIndex('reviews', 'by-card', card.id);
    expect(reviews.map((r) => r.rating)).toEqual([Grade.Easy]);
    expect((await db.get('schedules', card.id))?.reps).toBe(1);
    expect(b.study.notice.value).toMatch(/another tab/);
    expect(b.study.session.value!.current!.card.id).not.toBe(card.id);
    expect(b.study.error.value).toBeNull();
  });

  it('a grade in one tab moves the other tab’s card and counts', async () => {
    const { a, b } = await twoTabs();
    await a.study.start('alpha');
    await b.study.start('alpha');
    const card = a.study.session.value!.current!.card;
    expect(b.app.summaries.value[0]!.newCards).toBe(3);
    a.study.reveal();
    await a.study.grade(Grade.Easy);
    await vi.waitFor(() => {
      expect(b.study.session.value!.current!.card.id).not.toBe(card.id);
      expect(b.study.session.value!.remaining).toBe(2);
      expect(b.app.summaries.value[0]!.newCards).toBe(2);
      expect(b.app.gradedToday.value).toBe(1);
    });
    // And the other way: an undo in B brings the card back in A.
    await b.study.undo();
    await vi.waitFor(() => expect(a.app.summaries.value[0]!.newCards).toBe(3));
  });
});
