import { describe, expect, it } from 'vitest';
import { CardState, type ScheduleRecord } from '../../../src/domain/model';
import { isoDateOfDay } from '../../../src/domain/stats/calendar';
import { joinByCardId, pairWithSchedules } from '../../../src/domain/stats/card-items';
import { computeCardStats } from '../../../src/domain/stats/card-stats';
import { foldAll } from '../../../src/domain/stats/fold';
import { createDueForecastFold } from '../../../src/domain/stats/due-forecast';
import {
  createDifficultySpreadFold,
  createIntervalSpreadFold,
  difficultyPercent,
} from '../../../src/domain/stats/spread';
import { clockAt, DAY, HOUR, parisOffset, schedule } from './stats-fixtures';

const { New, Learning, Review, Relearning } = CardState;
// Wednesday 10 June 2026, 12:00 in Paris (UTC+2); the study day started at 04:00 local.
const now = Date.UTC(2026, 5, 10, 10);
const clock = clockAt(now, parisOffset);
const card = (id: string, marks: { suspended?: boolean; buriedUntil?: number; retired?: boolean } = {}) => ({
  id,
  ...marks,
});

describe('card counts by state', () => {
  it('counts new, learning, relearning, young, mature, and suspended and buried apart', () => {
    const items = [
      { card: card('new1'), schedule: null },
      { card: card('new2'), schedule: schedule('new2', New, now) },
      { card: card('learn'), schedule: schedule('learn', Learning, now) },
      { card: card('relearn'), schedule: schedule('relearn', Relearning, now) },
      { card: card('young'), schedule: schedule('young', Review, now + DAY, 20) },
      { card: card('mature'), schedule: schedule('mature', Review, now + DAY, 21) },
      { card: card('susp', { suspended: true }), schedule: schedule('susp', Review, now, 50) },
      { card: card('buried', { buriedUntil: now + HOUR }), schedule: schedule('buried', Review, now, 3) },
      { card: card('unburied', { buriedUntil: now - HOUR }), schedule: null },
      { card: card('retired', { retired: true }), schedule: null },
    ];
    expect(computeCardStats(items, clock).counts).toEqual({
      new: 3,
      learning: 1,
      relearning: 1,
      young: 1,
      mature: 1,
      suspended: 1,
      buried: 1,
      total: 9,
    });
  });
});

describe('the due forecast', () => {
  it('stacks young and mature per study day; overdue counts today; buried cards wait for their day', () => {
    const localNoon = (day: number) => Date.UTC(2026, 5, day, 10);
    const items = [
      { card: card('overdue'), schedule: schedule('overdue', Review, localNoon(5), 30) },
      { card: card('today-young'), schedule: schedule('today-young', Review, localNoon(10), 4) },
      { card: card('learning'), schedule: schedule('learning', Learning, now + 10 * 60_000) },
      // 03:00 local on 11 June is still the study day of 10 June.
      { card: card('night'), schedule: schedule('night', Review, Date.UTC(2026, 5, 11, 1), 25) },
      { card: card('tomorrow'), schedule: schedule('tomorrow', Review, Date.UTC(2026, 5, 11, 2, 30), 8) },
      {
        card: card('buried', { buriedUntil: Date.UTC(2026, 5, 11, 2) }),
        schedule: schedule('buried', Review, localNoon(9), 40),
      },
      { card: card('last'), schedule: schedule('last', Review, localNoon(10) + 29 * DAY, 60) },
      { card: card('later'), schedule: schedule('later', Review, localNoon(10) + 30 * DAY, 60) },
      { card: card('susp', { suspended: true }), schedule: schedule('susp', Review, localNoon(10), 5) },
      { card: card('new'), schedule: null },
    ];
    const forecast = foldAll(createDueForecastFold(clock), items);
    expect(forecast.days).toHaveLength(30);
    expect(isoDateOfDay(forecast.days[0]!.day)).toBe('2026-06-10');
    expect(forecast.days[0]).toMatchObject({ young: 2, mature: 2 }); // today-young, learning | overdue, night
    expect(forecast.days[1]).toMatchObject({ young: 1, mature: 1 }); // tomorrow | buried
    expect(forecast.days[29]).toMatchObject({ young: 0, mature: 1 });
    expect(forecast).toMatchObject({ overdue: 1, later: 1, total: 7 });
  });
});

describe('interval and difficulty spread', () => {
  it('puts review intervals into readable buckets with 21 days as an edge', () => {
    const intervals = [1, 2, 5, 6, 20, 21, 400];
    const items = intervals.map((d, i) => ({ card: card(`c${i}`), schedule: schedule(`c${i}`, Review, now, d) }));
    items.push({ card: card('learning'), schedule: schedule('learning', Learning, now, 0) });
    const spread = foldAll(createIntervalSpreadFold(), items);
    const byLabel = Object.fromEntries(spread.buckets.map((b) => [b.label, b.count]));
    expect(byLabel).toMatchObject({
      '1 day': 1,
      '2 days': 1,
      '3–6 days': 2,
      '2–3 weeks': 1,
      '3 weeks – 1 month': 1,
      'Over a year': 1,
    });
    expect(spread.count).toBe(7);
    expect(spread.mean).toBeCloseTo(455 / 7);
    expect(spread.buckets.at(-1)!.to).toBeNull();
  });

  it('shows FSRS difficulty 1-10 as 0-100 % in tenths, for studied cards only', () => {
    expect(difficultyPercent(1)).toBe(0);
    expect(difficultyPercent(10)).toBe(100);
    const items = [1, 5.5, 10].map((d, i) => ({
      card: card(`c${i}`),
      schedule: schedule(`c${i}`, i === 0 ? Learning : Review, now, 3, d),
    }));
    items.push({ card: card('new'), schedule: schedule('new', New, now, 0, 9) });
    const spread = foldAll(createDifficultySpreadFold(), items);
    expect(spread.buckets.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(spread.mean).toBeCloseTo(50);
  });
});

describe('feeding card stats without loading every card', () => {
  const s = (id: string): ScheduleRecord => schedule(id, Review, now, 3);
  it('joins cards and schedules read in id order, skipping schedules without a card', async () => {
    async function* stream<T>(items: T[]) {
      for (const item of items) yield await Promise.resolve(item);
    }
    const pairs: [string, string | null][] = [];
    for await (const { card: c, schedule: sch } of joinByCardId(
      stream([card('a'), card('b'), card('d')]),
      stream([s('a'), s('c'), s('d'), s('e')]),
    )) {
      pairs.push([c.id, sch?.cardId ?? null]);
    }
    expect(pairs).toEqual([
      ['a', 'a'],
      ['b', null],
      ['d', 'd'],
    ]);
  });

  it('refuses cards out of id order', async () => {
    const join = joinByCardId([card('b'), card('a')], [s('a')]);
    await expect(
      (async () => {
        for await (const _ of join);
      })(),
    ).rejects.toThrow(/id order/);
  });

  it('pairs an in-memory deck through a map', () => {
    const pairs = [...pairWithSchedules([card('a'), card('b')], new Map([['b', s('b')]]))];
    expect(pairs.map((p) => p.schedule?.cardId ?? null)).toEqual([null, 'b']);
  });
});
