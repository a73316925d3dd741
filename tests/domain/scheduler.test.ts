import { describe, expect, it } from 'vitest';
import { CardState, DEFAULT_SETTINGS, Grade, type ScheduleRecord } from '../../src/domain/model';
import { Scheduler } from '../../src/domain/scheduler';

const MIN = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9, 0, 0); // fixed instant: 2 Nov 2026, 09:00 UTC
const card = { id: 'deck/a', deckId: 'deck' };

function run(scheduler: Scheduler, steps: Array<[number, Grade]>): ScheduleRecord[] {
  let schedule: ScheduleRecord | null = null;
  const out: ScheduleRecord[] = [];
  for (const [at, grade] of steps) {
    schedule = scheduler.grade(card, schedule, at, grade).schedule;
    out.push(schedule);
  }
  return out;
}

describe('Scheduler (FSRS-6 through ts-fsrs)', () => {
  const scheduler = new Scheduler(DEFAULT_SETTINGS);

  it('takes a new card through the learning steps 1m / 10m', () => {
    const preview = scheduler.preview(card, null, T0);
    expect(preview[Grade.Again].schedule.due - T0).toBe(1 * MIN);
    expect(preview[Grade.Good].schedule.due - T0).toBe(10 * MIN);
    expect(preview[Grade.Hard].schedule.due - T0).toBeGreaterThan(1 * MIN);
    expect(preview[Grade.Hard].schedule.due - T0).toBeLessThan(10 * MIN);
    expect(preview[Grade.Good].schedule.state).toBe(CardState.Learning);
    // Easy skips the steps straight to a review measured in days.
    expect(preview[Grade.Easy].schedule.state).toBe(CardState.Review);
    expect(preview[Grade.Easy].schedule.due - T0).toBeGreaterThanOrEqual(DAY);
  });

  it('golden sequence: Good, Good graduates; a later Good grows the interval; Again lapses into relearning', () => {
    const [first, second] = run(scheduler, [
      [T0, Grade.Good],
      [T0 + 10 * MIN, Grade.Good],
    ]);
    expect(first!.state).toBe(CardState.Learning);
    expect(second!.state).toBe(CardState.Review);
    const firstInterval = second!.due - (T0 + 10 * MIN);
    expect(firstInterval).toBeGreaterThanOrEqual(DAY);

    const third = scheduler.grade(card, second!, second!.due, Grade.Good).schedule;
    expect(third.state).toBe(CardState.Review);
    expect(third.due - second!.due).toBeGreaterThan(firstInterval);
    expect(third.reps).toBe(3);

    const lapse = scheduler.grade(card, third, third.due, Grade.Again).schedule;
    expect(lapse.state).toBe(CardState.Relearning);
    expect(lapse.lapses).toBe(1);
    expect(lapse.due - third.due).toBe(10 * MIN); // relearning step 10m
    expect(lapse.stability).toBeLessThan(third.stability);
  });

  it('is deterministic at fixed instants, fuzz included', () => {
    const steps: Array<[number, Grade]> = [
      [T0, Grade.Good],
      [T0 + 10 * MIN, Grade.Good],
      [T0 + 5 * DAY, Grade.Hard],
      [T0 + 20 * DAY, Grade.Easy],
    ];
    expect(run(new Scheduler(DEFAULT_SETTINGS), steps)).toEqual(run(new Scheduler(DEFAULT_SETTINGS), steps));
  });

  it('each grade button shows exactly what grading gives at that instant', () => {
    let schedule: ScheduleRecord | null = null;
    let at = T0;
    for (const grade of [Grade.Good, Grade.Good, Grade.Good, Grade.Hard, Grade.Again, Grade.Good, Grade.Easy]) {
      const preview = scheduler.preview(card, schedule, at);
      for (const g of [Grade.Again, Grade.Hard, Grade.Good, Grade.Easy]) {
        expect(scheduler.grade(card, schedule, at, g)).toEqual(preview[g]);
      }
      schedule = preview[grade].schedule;
      at = Math.max(schedule.due, at + MIN);
    }
  });

  it('higher desired retention gives shorter review intervals', () => {
    const graduated = run(scheduler, [
      [T0, Grade.Good],
      [T0 + 10 * MIN, Grade.Good],
    ])[1]!;
    const at = graduated.due;
    const strict = new Scheduler({ ...DEFAULT_SETTINGS, desiredRetention: 0.97 }).preview(card, graduated, at)[
      Grade.Good
    ].schedule;
    const loose = new Scheduler({ ...DEFAULT_SETTINGS, desiredRetention: 0.7 }).preview(card, graduated, at)[Grade.Good]
      .schedule;
    expect(strict.due).toBeLessThan(loose.due);
  });

  it('uses the configured learning and relearning steps', () => {
    const custom = new Scheduler({ ...DEFAULT_SETTINGS, learningSteps: ['5m', '30m'], relearningSteps: ['20m'] });
    const preview = custom.preview(card, null, T0);
    expect(preview[Grade.Again].schedule.due - T0).toBe(5 * MIN);
    expect(preview[Grade.Good].schedule.due - T0).toBe(30 * MIN);
  });

  it('records the review with the state before the grade and a snapshot for undo', () => {
    const first = scheduler.grade(card, null, T0, Grade.Good);
    expect(first.review).toMatchObject({
      cardId: 'deck/a',
      rating: Grade.Good,
      review: T0,
      state: CardState.New,
      before: null,
    });
    const second = scheduler.grade(card, first.schedule, T0 + 10 * MIN, Grade.Good);
    expect(second.review.before).toEqual(first.schedule);
    expect(second.review.state).toBe(CardState.Learning);
  });
});
