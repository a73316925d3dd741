import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../src/app/services';
import { CardState, Grade } from '../../src/domain/model';
import { openAppDb } from '../../src/storage/db';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

const MIN = 60_000;
const HOUR = 60 * MIN;
// 1 Dec 2026, 22:00 in UTC+9 (13:00 UTC)
const EVENING = Date.UTC(2026, 11, 1, 13, 0);
const TOKYO = 9 * 60;

describe('studying through the app model (fake-indexeddb)', () => {
  it('grades write the schedule and the review log together, and survive a reload', async () => {
    const clock = manualClock(EVENING, TOKYO);
    const { db, study, dbName } = await startApp([makeDeck('alpha', 3)], clock);
    await study.start('alpha');
    expect(study.session.value!.remaining).toBe(3);
    const first = study.session.value!.current!.card;
    study.reveal();
    await study.grade(Grade.Good);
    expect(await db.get('schedules', first.id)).toMatchObject({ state: CardState.Learning });
    expect(await db.count('reviews')).toBe(1);
    expect(study.session.value!.remaining).toBe(2);
    db.close();

    // "Close the tab, come back": a new model over the same database sees the same state.
    const reopened = createAppServices({
      db: await openAppDb(dbName),
      clock,
      loadBuiltinDecks: async () => [makeDeck('alpha', 3)],
    });
    const again = Object.assign(reopened.state, { db: reopened.db });
    await again.start();
    const summary = again.summaries.value.find((s) => s.deck.id === 'alpha')!;
    expect(summary.newCards).toBe(2);
    expect((await again.db.get('schedules', first.id))?.state).toBe(CardState.Learning);
    clock.advance(10 * MIN);
    await again.tick();
    expect(again.summaries.value.find((s) => s.deck.id === 'alpha')!.due).toBe(1);
  });

  it('undo returns the card state and the review log exactly to what they were', async () => {
    const clock = manualClock(EVENING, TOKYO);
    const { db, app, study } = await startApp([makeDeck('alpha', 2)], clock);
    await study.start('alpha');
    const card = study.session.value!.current!.card;
    study.reveal();
    await study.grade(Grade.Good);
    clock.advance(10 * MIN);
    await app.tick();
    await study.start('all');
    await study.start('alpha');
    expect(study.session.value!.current!.card.id).toBe(card.id);
    const scheduleBefore = await db.get('schedules', card.id);
    const reviewsBefore = await db.getAll('reviews');
    study.reveal();
    await study.grade(Grade.Again);
    expect(await db.get('schedules', card.id)).not.toEqual(scheduleBefore);

    await study.undo();
    expect(await db.get('schedules', card.id)).toEqual(scheduleBefore);
    expect(await db.getAll('reviews')).toEqual(reviewsBefore);
    // The undone card is back in front of the user, unrevealed.
    expect(study.session.value!.current!.card.id).toBe(card.id);
    expect(study.session.value!.revealed).toBe(false);

    // Undo again: the very first grade goes too, and the card is new once more.
    await study.undo();
    expect(await db.get('schedules', card.id)).toBeUndefined();
    expect(await db.count('reviews')).toBe(0);
    expect(app.summaries.value[0]!.newCards).toBe(2);
  });

  it('the new-card limit holds until 4 a.m. local time (UTC+9), then a new study day begins', async () => {
    const clock = manualClock(EVENING, TOKYO);
    const { app, study } = await startApp([makeDeck('big', 30)], clock);
    await app.saveSettings({ ...app.settings.value, newPerDay: 5 });
    await study.start('big');
    expect(study.session.value!.remaining).toBe(5);
    for (let i = 0; i < 5; i++) {
      study.reveal();
      await study.grade(Grade.Easy); // Easy graduates at once, so only new cards count here
    }
    expect(study.session.value!.current).toBeNull();
    // The next card comes with the next study day: 4 a.m. Tokyo = 19:00 UTC.
    expect(study.session.value!.nextDue).toBe(Date.UTC(2026, 11, 1, 19, 0));

    // 03:59 local, past midnight: still the same study day.
    clock.set(Date.UTC(2026, 11, 1, 18, 59));
    await app.tick();
    expect(app.summaries.value[0]!.newCards).toBe(0);
    // 04:00 local: a new day, five new cards again.
    clock.set(Date.UTC(2026, 11, 1, 19, 0));
    await app.tick();
    expect(app.summaries.value[0]!.newCards).toBe(5);
    expect(study.session.value!.current).not.toBeNull();
  });

  it('the review limit counts reviews of review cards only', async () => {
    const clock = manualClock(EVENING, TOKYO);
    const { app, study } = await startApp([makeDeck('r', 4)], clock);
    await app.saveSettings({ ...app.settings.value, maxReviewsPerDay: 1 });
    await study.start('r');
    for (let i = 0; i < 4; i++) {
      study.reveal();
      await study.grade(Grade.Easy);
    }
    // Two months later, all four are due but only one review is allowed today.
    clock.advance(60 * 24 * HOUR);
    await app.tick();
    expect(app.summaries.value[0]!.due).toBe(1);
    await study.start('r');
    study.reveal();
    await study.grade(Grade.Good);
    expect(study.session.value!.current).toBeNull();
    expect(app.summaries.value[0]!.due).toBe(0);
  });

  it('a grade that fails to write keeps the card on screen and says so', async () => {
    const clock = manualClock(EVENING, TOKYO);
    const { db, study, dbName } = await startApp([makeDeck('alpha', 2)], clock);
    await study.start('alpha');
    const card = study.session.value!.current!.card;
    study.reveal();
    db.close(); // every write now fails
    await expect(study.grade(Grade.Good)).rejects.toThrow();
    expect(study.error.value).toBeTruthy();
    expect(study.session.value!.current!.card.id).toBe(card.id);
    expect(await (await openAppDb(dbName)).get('schedules', card.id)).toBeUndefined();
  });
});

describe('undo stays within today', () => {
  it('a grade from an earlier study day cannot be undone', async () => {
    const clock = manualClock(EVENING, TOKYO);
    const { db, app, study } = await startApp([makeDeck('alpha', 2)], clock);
    await study.start('alpha');
    study.reveal();
    await study.grade(Grade.Good);
    clock.advance(3 * 24 * HOUR);
    await app.tick();
    expect(app.undoAvailable.value).toBe(false);
    await study.undo();
    expect(await db.count('reviews')).toBe(1);
    expect(await db.count('schedules')).toBe(1);
  });

  it('undo from another deck restores the data but does not put the card into this session', async () => {
    const clock = manualClock(EVENING, TOKYO);
    const { db, study } = await startApp([makeDeck('alpha', 2), makeDeck('beta', 2)], clock);
    await study.start('alpha');
    study.reveal();
    await study.grade(Grade.Good);
    await study.start('beta');
    await study.undo();
    expect(await db.count('reviews')).toBe(0);
    expect(study.session.value!.current!.card.deckId).toBe('beta');
  });
});
