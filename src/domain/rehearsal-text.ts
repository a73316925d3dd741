/**
 * What the rehearsal screens say about an answer, in words: its length against the time set,
 * a recording's label, the pace, and the transcript cut into plain and highlighted parts.
 */
import type { AnswerAnalysis, TextRange } from './answer-analysis';
import { describeSpan } from './rehearsal-timer';

/** "1:05" for 65.9 s (whole seconds, as media players count); minutes run on ("75:00"). */
export function formatClock(ms: number): string {
  const whole = Math.floor(Math.max(0, ms) / 1000 + 1e-9);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** "You answered in 2:12: 12 seconds over the 2:00." */
export function describeAnswerLength(answerMs: number, overtimeMs: number, limitMs: number): string {
  const length = `You answered in ${formatClock(answerMs)}`;
  if (overtimeMs >= 1000) return `${length}: ${describeSpan(overtimeMs)} over the ${formatClock(limitMs)}.`;
  const spare = limitMs - answerMs;
  return spare >= 1000
    ? `${length}, ${describeSpan(spare)} inside the ${formatClock(limitMs)}.`
    : `${length}, right on time.`;
}

/** "142 words a minute: steady (120-160 is conversational)." */
export function describePace(analysis: Pick<AnswerAnalysis, 'wordsPerMinute' | 'pace' | 'words'>): string {
  if (analysis.wordsPerMinute === null || analysis.pace === null) return `${analysis.words} words: too short to time.`;
  const words = `${analysis.wordsPerMinute} words a minute`;
  switch (analysis.pace) {
    case 'slow':
      return `${words}: slow; a conversational pace is about 120 to 160.`;
    case 'fast':
      return `${words}: fast; slow down a little, a conversational pace is about 120 to 160.`;
    case 'steady':
      return `${words}: a steady, conversational pace.`;
  }
}

export interface TextPart {
  text: string;
  /** A filler word, to highlight. */
  filler: boolean;
}

/** The transcript cut at the filler ranges, in order, for highlighting. */
export function splitAtRanges(text: string, ranges: readonly TextRange[]): TextPart[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (start < at) continue; // overlapping: the earlier range wins
    if (start > at) parts.push({ text: text.slice(at, start), filler: false });
    parts.push({ text: text.slice(start, end), filler: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), filler: false });
  return parts;
}

/** Every filler range of an analysis. */
export function fillerRanges(analysis: Pick<AnswerAnalysis, 'fillers'>): TextRange[] {
  return analysis.fillers.flatMap((f) => f.ranges);
}
