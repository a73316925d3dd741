/**
 * The rehearsal timer as a pure state machine over instants: an optional thinking countdown
 * (skippable), the answer time, then overtime counting on so the candidate learns their length.
 * The screen keeps a RehearsalTimer, calls the transitions with the clock's instant, and on each
 * tick reads the view (`readTimer`) and the events crossed since the last tick (`timerEvents`):
 * the end tone, and what a screen reader should hear (the answer start, each minute, the end,
 * each minute over), never every second.
 */

export interface TimerSettings {
  /** Thinking time before the answer; 0 for none. */
  thinkingMs: number;
  answerMs: number;
}

export const DEFAULT_TIMER: TimerSettings = { thinkingMs: 20_000, answerMs: 120_000 };

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export interface RehearsalTimer {
  settings: TimerSettings;
  startedAt: number;
  /** When the candidate skipped the thinking time; null when it ran out by itself (or there was none). */
  skippedAt: number | null;
  stoppedAt: number | null;
}

export type TimerPhase = 'thinking' | 'answering' | 'overtime' | 'stopped';

export interface TimerView {
  phase: TimerPhase;
  /** The large figure: "0:17" thinking left, "1:42" answer left, "+0:12" over time; once stopped, the answer's length. */
  label: string;
  /** The figure in ms. */
  shownMs: number;
  /** Answer time used so far (or in total, once stopped). */
  answeredMs: number;
  overtimeMs: number;
  /** When the answer time ends: the instant for the end tone. */
  endsAt: number;
}

export type TimerEventKind = 'thinking-start' | 'answer-start' | 'minutes-left' | 'time-up' | 'minutes-over';

export interface TimerEvent {
  at: number;
  kind: TimerEventKind;
  /** Sound the end tone (and vibrate where the device can). */
  tone: boolean;
  /** What a screen reader should announce (for a polite live region). */
  announcement: string;
}

/** Settings kept to sensible bounds: thinking 0-5 minutes, answer 10 seconds to 15 minutes. */
export function normalizeTimerSettings(settings: Partial<TimerSettings>): TimerSettings {
  const clamp = (value: number | undefined, min: number, max: number, fallback: number) =>
    value === undefined || !Number.isFinite(value) ? fallback : Math.min(max, Math.max(min, Math.round(value)));
  return {
    thinkingMs: clamp(settings.thinkingMs, 0, 5 * MINUTE, DEFAULT_TIMER.thinkingMs),
    answerMs: clamp(settings.answerMs, 10 * SECOND, 15 * MINUTE, DEFAULT_TIMER.answerMs),
  };
}

/** A timer started at `at`: thinking first if the settings have thinking time. */
export function startTimer(at: number, settings: TimerSettings = DEFAULT_TIMER): RehearsalTimer {
  return { settings: normalizeTimerSettings(settings), startedAt: at, skippedAt: null, stoppedAt: null };
}

/** When the answer time begins: after the thinking time, or when it was skipped. */
export function answerStartOf(timer: RehearsalTimer): number {
  return timer.skippedAt ?? timer.startedAt + timer.settings.thinkingMs;
}

/** Skips the rest of the thinking time; no change once answering or stopped. */
export function skipThinking(timer: RehearsalTimer, at: number): RehearsalTimer {
  if (timer.stoppedAt !== null || at >= answerStartOf(timer)) return timer;
  return { ...timer, skippedAt: Math.max(at, timer.startedAt) };
}

/** Stops the timer (the answer is over); no change if already stopped. */
export function stopTimer(timer: RehearsalTimer, at: number): RehearsalTimer {
  if (timer.stoppedAt !== null) return timer;
  return { ...timer, stoppedAt: Math.max(at, timer.startedAt) };
}

/** "1:05" for 65 s. */
function clock(ms: number): string {
  const seconds = Math.max(0, ms) / SECOND;
  const whole = Math.floor(seconds + 1e-9);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** What the screen shows at `now`. */
export function readTimer(timer: RehearsalTimer, now: number): TimerView {
  const at = timer.stoppedAt === null ? now : Math.min(now, timer.stoppedAt);
  const answerStart = answerStartOf(timer);
  const endsAt = answerStart + timer.settings.answerMs;
  const answeredMs = Math.max(0, at - answerStart);
  const overtimeMs = Math.max(0, at - endsAt);
  const stopped = timer.stoppedAt !== null && now >= timer.stoppedAt;
  const base = { answeredMs, overtimeMs, endsAt };
  if (stopped) return { phase: 'stopped', label: clock(answeredMs), shownMs: answeredMs, ...base };
  if (at < answerStart) {
    // Countdowns round up, so "0:00" shows only when the time is up.
    const left = answerStart - at;
    return { phase: 'thinking', label: clock(Math.ceil(left / SECOND) * SECOND), shownMs: left, ...base };
  }
  if (overtimeMs > 0) return { phase: 'overtime', label: `+${clock(overtimeMs)}`, shownMs: overtimeMs, ...base };
  const left = endsAt - at;
  return { phase: 'answering', label: clock(Math.ceil(left / SECOND) * SECOND), shownMs: left, ...base };
}

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

/** Spoken form of a span: "1 minute 5 seconds", "40 seconds". */
export function describeSpan(ms: number): string {
  const total = Math.round(Math.max(0, ms) / SECOND);
  const m = Math.floor(total / 60);
  const s = total % 60;
  const secs = `${s} second${s === 1 ? '' : 's'}`;
  return m === 0 ? secs : s === 0 ? minutes(m) : `${minutes(m)} ${secs}`;
}

/** The timer's text for a screen reader that asks (aria-label), not announced on its own. */
export function describeTimer(view: TimerView): string {
  switch (view.phase) {
    case 'thinking':
      return `Thinking time: ${describeSpan(view.shownMs)} left`;
    case 'answering':
      return `${describeSpan(view.shownMs)} left to answer`;
    case 'overtime':
      return `${describeSpan(view.overtimeMs)} over time`;
    case 'stopped':
      return `Answered in ${describeSpan(view.answeredMs)}`;
  }
}

/** Every event of the timer in order, up to `until` (overtime minutes go on until stopped). */
function eventsUntil(timer: RehearsalTimer, until: number): TimerEvent[] {
  const answerStart = answerStartOf(timer);
  const { answerMs } = timer.settings;
  const endsAt = answerStart + answerMs;
  const last = Math.min(until, timer.stoppedAt ?? Infinity);
  const events: TimerEvent[] = [];
  const push = (event: TimerEvent) => {
    if (event.at <= last) events.push(event);
  };
  if (answerStart > timer.startedAt) {
    const thinking = `Thinking time: ${describeSpan(timer.settings.thinkingMs)}.`;
    push({ at: timer.startedAt, kind: 'thinking-start', tone: false, announcement: thinking });
  }
  push({ at: answerStart, kind: 'answer-start', tone: false, announcement: `Answer now: ${describeSpan(answerMs)}.` });
  for (let left = Math.ceil(answerMs / MINUTE) - 1; left >= 1; left -= 1) {
    push({ at: endsAt - left * MINUTE, kind: 'minutes-left', tone: false, announcement: `${minutes(left)} left.` });
  }
  push({ at: endsAt, kind: 'time-up', tone: true, announcement: 'Time is up. The timer counts on over time.' });
  for (let over = 1; endsAt + over * MINUTE <= last; over += 1) {
    push({
      at: endsAt + over * MINUTE,
      kind: 'minutes-over',
      tone: false,
      announcement: `${minutes(over)} over time.`,
    });
  }
  return events;
}

/**
 * The events that fall in (from, to]: call on each tick with the previous tick's instant (null
 * on the first tick, to include the answer start). After a long sleep several may come at once:
 * announce the last, and sound the tone only if its instant is recent.
 */
export function timerEvents(timer: RehearsalTimer, from: number | null, to: number): TimerEvent[] {
  return eventsUntil(timer, to).filter((event) => from === null || event.at > from);
}

/** The next event's instant after `after`, to schedule the tone exactly; null when stopped. */
export function nextEventAt(timer: RehearsalTimer, after: number): number | null {
  if (timer.stoppedAt !== null && after >= timer.stoppedAt) return null;
  const ahead = eventsUntil(timer, Math.max(after, answerStartOf(timer) + timer.settings.answerMs) + MINUTE);
  return ahead.find((event) => event.at > after)?.at ?? null;
}

/** The durations to keep with the attempt: thinking, answer (overtime included) and overtime, up to the stop (or `now`). */
export function timerDurations(
  timer: RehearsalTimer,
  now: number = timer.stoppedAt ?? timer.startedAt,
): { thinkingMs: number; answerMs: number; overtimeMs: number } {
  const end = Math.min(now, timer.stoppedAt ?? now);
  const view = readTimer(timer, end);
  const thinkingMs = Math.min(answerStartOf(timer), end) - timer.startedAt;
  return { thinkingMs: Math.max(0, thinkingMs), answerMs: view.answeredMs, overtimeMs: view.overtimeMs };
}
