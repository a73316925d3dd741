/** Issue 10, point 6, the pure part: swipe left is Again, right is Good, far enough and sideways; on by default. */
import { describe, expect, it } from 'vitest';
import { Grade } from '../../src/domain/model';
import { readStudyGestures, swipeGrade, swipeThreshold } from '../../src/domain/study-gestures';

describe('swipe to grade', () => {
  it('left is Again, right is Good, once past a quarter of the card (60 to 120 px)', () => {
    expect(swipeThreshold(336)).toBe(84);
    expect(swipeThreshold(100)).toBe(60);
    expect(swipeThreshold(1000)).toBe(120);
    expect(swipeGrade(-90, 10, 336)).toBe(Grade.Again);
    expect(swipeGrade(90, -10, 336)).toBe(Grade.Good);
    expect(swipeGrade(80, 0, 336)).toBeNull();
  });

  it('a scroll that drifts sideways is not a grade', () => {
    expect(swipeGrade(100, 60, 336)).toBeNull();
    expect(swipeGrade(0, 300, 336)).toBeNull();
  });

  it('is on unless turned off', () => {
    expect(readStudyGestures(undefined)).toEqual({ swipe: true });
    expect(readStudyGestures('junk')).toEqual({ swipe: true });
    expect(readStudyGestures({ swipe: false })).toEqual({ swipe: false });
  });
});
