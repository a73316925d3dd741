import { Grade, type CardRecord, type ScheduleRecord } from '../../src/domain/model';
import { measureReadiness, type Readiness } from '../../src/domain/readiness';
import { DRILL_SIZE } from '../../src/domain/readiness-view';
import type { AppDb } from '../../src/storage/db';
import { manualClock, startApp, taggedDeck } from './app-fixture';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TOKYO = 9 * 60;
/** 1 Dec 2026, 10:00 in Tokyo. */
export const T0 = Date.UTC(2026, 11, 1, 1, 0);

/** 16 analyst cards (4 also for directors), 4 for directors only, 4 of no role. */
export const QUESTIONS = taggedDeck('questions', [
  ...Array.from({ length: 12 }, () => ['product-data-analyst']),
  ...Array.from({ length: 4 }, () => ['product-data-analyst', 'director']),
  ...Array.from({ length: 4 }, () => ['director']),
  ...Array.from({ length: 4 }, () => ['general']),
]);

const GRADES: Grade[] = [Grade.Good, Grade.Again, Grade.Easy, Grade.Hard, Grade.Good, Grade.Good, Grade.Again];

/**
 * A fixed collection with varied memories: over ten days, the due cards studied each day with
 * a fixed cycle of grades; 3 cards are never studied. The clock ends on 11 Dec, 10:00 Tokyo.
 */
export async function studiedCollection() {
  const clock = manualClock(T0, TOKYO);
  const started = await startApp([QUESTIONS], clock);
  const { app, study } = started;
  await app.saveSettings({ ...app.settings.value, newPerDay: 21 });
  let turn = 0;
  for (let day = 0; day < 10; day++) {
    // 21 of the 24 cards are started on the first day; the other 3 stay new.
    if (day === 1) await app.saveSettings({ ...app.settings.value, newPerDay: 0 });
    clock.set(T0 + day * DAY);
    await app.tick();
    await study.start('questions');
    // Each day, what is due.
    for (let i = 0; i < 30 && study.session.value!.current; i++) {
      study.reveal();
      await study.grade(GRADES[turn++ % GRADES.length]!);
    }
    // Learning steps come back within the hour: finish the day's learning too.
    clock.advance(HOUR);
    await app.tick();
    await study.start('questions');
    while (study.session.value!.current && study.session.value!.current.kind !== 'new') {
      study.reveal();
      await study.grade(Grade.Good);
    }
  }
  clock.set(T0 + 10 * DAY);
  await app.tick();
  return { ...started, clock };
}

/** The domain module's figures over everything stored: the reference the screens are checked against. */
export async function referenceReadiness(db: AppDb, now: number, interviewAt: number | null): Promise<Readiness> {
  const cards: CardRecord[] = await db.getAll('cards');
  const schedules = new Map<string, ScheduleRecord>((await db.getAll('schedules')).map((s) => [s.cardId, s]));
  return measureReadiness(
    cards.map((card) => ({ card, schedule: schedules.get(card.id) })),
    { now, interviewAt, weakest: DRILL_SIZE },
  );
}
