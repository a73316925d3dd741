/**
 * Study's touch gestures, as data: the stored preference (swipe to grade, on unless turned off)
 * and what a finished swipe means. Pure: distances are in CSS pixels, given by the screen.
 */
import { Grade } from './model';

export interface StudyGestures {
  /** Swipe left for Again, right for Good, on a revealed card (touch screens). */
  swipe: boolean;
}

export const DEFAULT_STUDY_GESTURES: StudyGestures = { swipe: true };

/** The preference from whatever was stored (nothing, a damaged value): on unless turned off. */
export function readStudyGestures(stored: unknown): StudyGestures {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return { swipe: value.swipe !== false };
}

/** How far a swipe must go to grade: a quarter of the card, between 60 and 120 px. */
export function swipeThreshold(cardWidth: number): number {
  return Math.min(120, Math.max(60, cardWidth / 4));
}

/**
 * The grade a swipe gives: left is Again, right is Good, when it went far enough and mostly
 * sideways (a scroll up or down that drifts is not a grade). Null: no grade.
 */
export function swipeGrade(dx: number, dy: number, cardWidth: number): Grade | null {
  if (Math.abs(dx) < swipeThreshold(cardWidth) || Math.abs(dx) < 2 * Math.abs(dy)) return null;
  return dx < 0 ? Grade.Again : Grade.Good;
}
