import { describe, expect, it } from 'vitest';
import {
  describeTimer,
  nextEventAt,
  normalizeTimerSettings,
  readTimer,
  skipThinking,
  startTimer,
  stopTimer,
  timerDurations,
  timerEvents,
} from '../../src/domain/rehearsal-timer';

const S = 1000;
const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);

describe('rehearsal timer: thinking, answer, overtime', () => {
  const timer = startTimer(T0); // defaults: 20 s thinking, 2 min answer

  it('counts the thinking time down from 0:20, then the answer time from 2:00', () => {
    expect(readTimer(timer, T0)).toMatchObject({ phase: 'thinking', label: '0:20' });
    expect(readTimer(timer, T0 + 0.4 * S)).toMatchObject({ phase: 'thinking', label: '0:20' });
    expect(readTimer(timer, T0 + 19.5 * S)).toMatchObject({ phase: 'thinking', label: '0:01' });
    expect(readTimer(timer, T0 + 20 * S)).toMatchObject({ phase: 'answering', label: '2:00', answeredMs: 0 });
    expect(readTimer(timer, T0 + 95 * S)).toMatchObject({ phase: 'answering', label: '0:45', answeredMs: 75 * S });
    expect(readTimer(timer, T0 + 140 * S)).toMatchObject({ phase: 'answering', label: '0:00' });
  });

  it('keeps counting over time, so the candidate learns their length', () => {
    expect(readTimer(timer, T0 + 140.5 * S)).toMatchObject({ phase: 'overtime', label: '+0:00' });
    expect(readTimer(timer, T0 + 152 * S)).toMatchObject({ phase: 'overtime', label: '+0:12', overtimeMs: 12 * S });
    expect(readTimer(timer, T0 + 215 * S)).toMatchObject({ phase: 'overtime', label: '+1:15' });
  });

  it('gives the end tone instant: the end of the answer time', () => {
    expect(readTimer(timer, T0).endsAt).toBe(T0 + 140 * S);
    expect(nextEventAt(timer, T0 + 100 * S)).toBe(T0 + 140 * S);
  });

  it('skipping the thinking time starts the answer time at once', () => {
    const skipped = skipThinking(timer, T0 + 6 * S);
    expect(readTimer(skipped, T0 + 6 * S)).toMatchObject({ phase: 'answering', label: '2:00' });
    expect(readTimer(skipped, T0 + 7 * S).endsAt).toBe(T0 + 126 * S);
    // Skipping once answering changes nothing.
    expect(skipThinking(skipped, T0 + 30 * S)).toBe(skipped);
    expect(skipThinking(timer, T0 + 25 * S)).toBe(timer);
  });

  it('without thinking time the answer starts with the timer', () => {
    const direct = startTimer(T0, { thinkingMs: 0, answerMs: 90 * S });
    expect(readTimer(direct, T0)).toMatchObject({ phase: 'answering', label: '1:30' });
  });

  it('once stopped shows the length of the answer and stays still', () => {
    const stopped = stopTimer(timer, T0 + 152 * S);
    const view = readTimer(stopped, T0 + 400 * S);
    expect(view).toMatchObject({ phase: 'stopped', label: '2:12', answeredMs: 132 * S, overtimeMs: 12 * S });
    expect(describeTimer(view)).toBe('Answered in 2 minutes 12 seconds');
    expect(stopTimer(stopped, T0 + 500 * S)).toBe(stopped);
    expect(timerDurations(stopped)).toEqual({ thinkingMs: 20 * S, answerMs: 132 * S, overtimeMs: 12 * S });
  });

  it('stopping during the thinking time records no answer', () => {
    const early = stopTimer(timer, T0 + 5 * S);
    expect(timerDurations(early)).toEqual({ thinkingMs: 5 * S, answerMs: 0, overtimeMs: 0 });
    expect(readTimer(early, T0 + 60 * S)).toMatchObject({ phase: 'stopped', label: '0:00' });
  });

  it('keeps the settings within sensible bounds', () => {
    expect(normalizeTimerSettings({})).toEqual({ thinkingMs: 20 * S, answerMs: 120 * S });
    expect(normalizeTimerSettings({ thinkingMs: -5, answerMs: 2 * S })).toEqual({ thinkingMs: 0, answerMs: 10 * S });
    expect(normalizeTimerSettings({ thinkingMs: NaN, answerMs: 3_600 * S })).toEqual({
      thinkingMs: 20 * S,
      answerMs: 900 * S,
    });
  });
});

describe('rehearsal timer: what a screen reader hears, and the tone', () => {
  const timer = startTimer(T0, { thinkingMs: 20 * S, answerMs: 180 * S });

  /** Ticks every 250 ms from the start to `until`, gathering what the screen would announce. */
  function tick(t: typeof timer, until: number) {
    const heard: Array<{ second: number; announcement: string; tone: boolean }> = [];
    let previous: number | null = null;
    for (let now = T0; now <= until; now += 250) {
      for (const e of timerEvents(t, previous, now)) {
        heard.push({ second: (e.at - T0) / S, announcement: e.announcement, tone: e.tone });
      }
      previous = now;
    }
    return heard;
  }

  it('announces the start, each minute and the end, and each minute over, not every second', () => {
    expect(tick(timer, T0 + 330 * S)).toEqual([
      { second: 0, announcement: 'Thinking time: 20 seconds.', tone: false },
      { second: 20, announcement: 'Answer now: 3 minutes.', tone: false },
      { second: 80, announcement: '2 minutes left.', tone: false },
      { second: 140, announcement: '1 minute left.', tone: false },
      { second: 200, announcement: 'Time is up. The timer counts on over time.', tone: true },
      { second: 260, announcement: '1 minute over time.', tone: false },
      { second: 320, announcement: '2 minutes over time.', tone: false },
    ]);
  });

  it('sounds the tone once, however often the screen ticks', () => {
    const tones = tick(timer, T0 + 400 * S).filter((e) => e.tone);
    expect(tones).toHaveLength(1);
  });

  it('says nothing more once stopped', () => {
    const stopped = stopTimer(timer, T0 + 150 * S);
    const heard = tick(stopped, T0 + 400 * S);
    expect(heard.at(-1)).toMatchObject({ second: 140, announcement: '1 minute left.' });
    expect(nextEventAt(stopped, T0 + 150 * S)).toBeNull();
  });

  it('after the page slept, the events missed come together, in order', () => {
    const events = timerEvents(timer, T0 + 30 * S, T0 + 230 * S);
    expect(events.map((e) => e.kind)).toEqual(['minutes-left', 'minutes-left', 'time-up']);
  });

  it('a short answer time announces no minutes left', () => {
    const short = startTimer(T0, { thinkingMs: 0, answerMs: 45 * S });
    expect(timerEvents(short, null, T0 + 50 * S).map((e) => e.announcement)).toEqual([
      'Answer now: 45 seconds.',
      'Time is up. The timer counts on over time.',
    ]);
  });

  it('describes the timer for a screen reader that asks', () => {
    expect(describeTimer(readTimer(timer, T0 + 5 * S))).toBe('Thinking time: 15 seconds left');
    expect(describeTimer(readTimer(timer, T0 + 95 * S))).toBe('1 minute 45 seconds left to answer');
    expect(describeTimer(readTimer(timer, T0 + 261 * S))).toBe('1 minute 1 second over time');
  });
});
