import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/domain/answer-analysis';
import {
  choicesWith,
  DEFAULT_REHEARSAL_PREFS,
  describeDuration,
  readRehearsalPrefs,
} from '../../src/domain/rehearsal-prefs';
import {
  describeAnswerLength,
  describePace,
  fillerRanges,
  formatClock,
  splitAtRanges,
} from '../../src/domain/rehearsal-text';

describe('what the rehearsal screens say', () => {
  it('an answer length against the time set', () => {
    expect(formatClock(65_900)).toBe('1:05');
    expect(describeAnswerLength(132_000, 12_000, 120_000)).toBe('You answered in 2:12: 12 seconds over the 2:00.');
    expect(describeAnswerLength(95_000, 0, 120_000)).toBe('You answered in 1:35, 25 seconds inside the 2:00.');
    expect(describeAnswerLength(119_600, 0, 120_000)).toBe('You answered in 1:59, right on time.');
  });

  it('the pace in words', () => {
    expect(describePace({ words: 300, wordsPerMinute: 150, pace: 'steady' })).toBe(
      '150 words a minute: a steady, conversational pace.',
    );
    expect(describePace({ words: 400, wordsPerMinute: 200, pace: 'fast' })).toMatch(/^200 words a minute: fast/);
    expect(describePace({ words: 2, wordsPerMinute: null, pace: null })).toBe('2 words: too short to time.');
  });

  it('the transcript cut at its filler words, nothing lost', () => {
    const transcript = 'Um I cut the backlog, basically by half';
    const parts = splitAtRanges(transcript, fillerRanges(analyzeAnswer(transcript, 10_000)));
    expect(parts).toEqual([
      { text: 'Um', filler: true },
      { text: ' I cut the backlog, ', filler: false },
      { text: 'basically', filler: true },
      { text: ' by half', filler: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(transcript);
    expect(splitAtRanges('abc', [])).toEqual([{ text: 'abc', filler: false }]);
  });
});

describe('rehearsal settings', () => {
  it('are off for recording and 20 s / 2 min until set, whatever was stored', () => {
    expect(readRehearsalPrefs(undefined)).toEqual(DEFAULT_REHEARSAL_PREFS);
    expect(DEFAULT_REHEARSAL_PREFS).toEqual({ thinkingMs: 20_000, answerMs: 120_000, recording: false });
    expect(readRehearsalPrefs({ answerMs: 90_000, recording: true })).toEqual({
      thinkingMs: 20_000,
      answerMs: 90_000,
      recording: true,
    });
    // Damaged or out of bounds: clamped, never a broken timer.
    expect(readRehearsalPrefs({ answerMs: -5, thinkingMs: 'x', recording: 'yes' })).toEqual({
      thinkingMs: 20_000,
      answerMs: 10_000,
      recording: false,
    });
  });

  it('choices read as words, and a stored value outside them is kept among them', () => {
    expect(describeDuration(0)).toBe('None');
    expect(describeDuration(90_000)).toBe('1 minute 30 seconds');
    expect(describeDuration(120_000)).toBe('2 minutes');
    expect(choicesWith([30_000, 60_000], 45_000)).toEqual([30_000, 45_000, 60_000]);
    expect(choicesWith([30_000, 60_000], 60_000)).toEqual([30_000, 60_000]);
  });
});
