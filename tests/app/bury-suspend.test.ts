/**
 * Issue 14's index design leaves out suspended and buried cards (issue 11 sets them): neither
 * is in the queue nor in the counts; a buried card comes back when the next study day starts.
 */
import { describe, expect, it } from 'vitest';
import { updateCard } from '../../src/storage/card-writes';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

const T = Date.UTC(2026, 11, 1, 10, 0); // 11:00 in UTC+1; the next study day starts at 03:00 UTC
const NEXT_DAY = Date.UTC(2026, 11, 2, 3, 0);

describe('suspended and buried cards', () => {
  it('are left out of the queue and the counts; a buried card is back on the next study day', async () => {
    const clock = manualClock(T, 60);
    const { db, app, study } = await startApp([makeDeck('alpha', 3, 'Alpha')], clock);
    const [first, second] = await db.getAllFromIndex('cards', 'by-deck', 'alpha');
    await updateCard(db, { ...first!, suspended: true });
    await updateCard(db, { ...second!, buriedUntil: NEXT_DAY });
    await app.refreshCounts();
    expect(app.summaries.value[0]).toMatchObject({ newCards: 1, total: 3 });
    await study.start('alpha');
    expect(study.session.value!.remaining).toBe(1);
    expect(study.session.value!.current!.card.id).toBe('alpha/c3');

    clock.set(NEXT_DAY - 60_000);
    await app.tick();
    expect(app.summaries.value[0]!.newCards).toBe(1);
    clock.set(NEXT_DAY);
    await app.tick();
    expect(app.summaries.value[0]!.newCards).toBe(2);
    expect((await db.get('cards', second!.id))?.buriedUntil).toBeUndefined();
    await study.start('alpha');
    expect(study.session.value!.current!.card.id).toBe(second!.id);
  });
});
