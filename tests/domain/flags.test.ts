import { describe, expect, it } from 'vitest';
import { buryUntil, isBuried, isStudyable, stageOf } from '../../src/domain/card-status';
import { FLAGS, flagCssVariables, flagOf, isFlagId, toggleFlag } from '../../src/domain/flags';
import { CardState } from '../../src/domain/model';
import { contrastRatio as contrast } from '../helpers/contrast';

describe("Anki's card flags", () => {
  it('has the seven flags in Anki order and names', () => {
    expect(FLAGS.map((f) => `${f.id} ${f.name}`)).toEqual([
      '1 Red',
      '2 Orange',
      '3 Green',
      '4 Blue',
      '5 Pink',
      '6 Turquoise',
      '7 Purple',
    ]);
  });

  it('keeps every flag colour visible on the card surface and the page, in light and dark (3:1)', () => {
    // --surface and --bg from src/ui/styles.css
    for (const flag of FLAGS) {
      expect(contrast(flag.light, '#ffffff'), flag.name).toBeGreaterThanOrEqual(3);
      expect(contrast(flag.light, '#f7f7f5'), flag.name).toBeGreaterThanOrEqual(3);
      expect(contrast(flag.dark, '#1d1f24'), flag.name).toBeGreaterThanOrEqual(3);
      expect(contrast(flag.dark, '#121316'), flag.name).toBeGreaterThanOrEqual(3);
    }
  });

  it('toggles like Ctrl+N in Anki, and reads only 1-7 as a flag', () => {
    expect(toggleFlag(undefined, 1)).toBe(1);
    expect(toggleFlag(1, 1)).toBe(0);
    expect(toggleFlag(1, 4)).toBe(4);
    expect(flagOf({ flag: 4 })?.name).toBe('Blue');
    expect(flagOf({ flag: 0 })).toBeNull();
    expect(flagOf({ flag: 9 })).toBeNull();
    expect(flagOf({})).toBeNull();
    expect([0, 1, 7, 8, 2.5].map(isFlagId)).toEqual([false, true, true, false, false]);
    expect(flagCssVariables('dark')).toContain('--flag-1: #ff8a80;');
  });
});

describe('suspend and bury', () => {
  const now = Date.UTC(2026, 5, 10, 12);
  it('buries until the next study day starts (4 a.m. local) and then lets the card back', () => {
    const until = buryUntil(now, 4, 120);
    expect(until).toBe(Date.UTC(2026, 5, 11, 2));
    const card = { buriedUntil: until };
    expect(isBuried(card, now)).toBe(true);
    expect(isStudyable(card, now)).toBe(false);
    expect(isStudyable(card, until)).toBe(true);
    expect(isStudyable({ suspended: true }, now)).toBe(false);
    expect(isStudyable({ retired: true }, now)).toBe(false);
    expect(isStudyable({}, now)).toBe(true);
  });

  it('tells the stages apart, 21 days being mature', () => {
    const s = (state: CardState, scheduledDays: number) =>
      ({ state, scheduledDays }) as Parameters<typeof stageOf>[0] & object;
    expect(stageOf(null)).toBe('new');
    expect(stageOf(s(CardState.Relearning, 0))).toBe('relearning');
    expect(stageOf(s(CardState.Review, 20))).toBe('young');
    expect(stageOf(s(CardState.Review, 21))).toBe('mature');
  });
});
