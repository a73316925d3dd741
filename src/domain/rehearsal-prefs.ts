/**
 * Rehearsal's settings: thinking time, answer time, and whether answers are recorded (off
 * until the candidate turns it on once). Stored as one settings record; anything missing or
 * out of bounds reads as the default, so an old or edited backup cannot break the timer.
 */
import { DEFAULT_TIMER, normalizeTimerSettings, type TimerSettings } from './rehearsal-timer';

export interface RehearsalPrefs extends TimerSettings {
  /** Record each answer on the device. */
  recording: boolean;
}

export const DEFAULT_REHEARSAL_PREFS: RehearsalPrefs = { ...DEFAULT_TIMER, recording: false };

/** The choices Settings offers (ms); a stored value outside them is still honoured. */
export const THINKING_CHOICES = [0, 10_000, 20_000, 30_000, 45_000, 60_000] as const;
export const ANSWER_CHOICES = [30_000, 60_000, 90_000, 120_000, 150_000, 180_000, 240_000, 300_000] as const;

/** Prefs from whatever was stored (nothing, an old shape, a damaged value). */
export function readRehearsalPrefs(stored: unknown): RehearsalPrefs {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  return {
    ...normalizeTimerSettings({ thinkingMs: num(value.thinkingMs), answerMs: num(value.answerMs) }),
    recording: value.recording === true,
  };
}

/** "No thinking time", "20 seconds", "2 minutes", "1 minute 30 seconds": for the Settings choices. */
export function describeDuration(ms: number): string {
  if (ms <= 0) return 'None';
  const total = Math.round(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  const mins = m === 0 ? '' : `${m} minute${m === 1 ? '' : 's'}`;
  const secs = s === 0 ? '' : `${s} second${s === 1 ? '' : 's'}`;
  return [mins, secs].filter(Boolean).join(' ');
}

/** The choices with the current value among them, in order (a value from a restored backup may be another). */
export function choicesWith(choices: readonly number[], current: number): number[] {
  return [...new Set([...choices, current])].sort((a, b) => a - b);
}
