/**
 * The points of a strong answer, as a deck file, an import and a backup carry them: 1 to 5
 * points, each one line of text with the key words that show, in a transcript, that it was made.
 */
import type { AnswerPoint } from './model';

export const MAX_POINTS = 5;
/** One line on a phone held upright, give or take: longer text is a paragraph, not a point. */
export const MAX_POINT_LENGTH = 120;

const POINT_FIELDS = new Set(['text', 'keywords']);

function found(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : 'a text';
  return `a ${typeof value}`;
}

/** Why `value` is not a list of answer points ("point 2: ..."), or null if it is one. */
export function answerPointsProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return `expected a list of 1 to ${MAX_POINTS} points, but found ${found(value)}`;
  if (value.length === 0 || value.length > MAX_POINTS)
    return `expected 1 to ${MAX_POINTS} points, but found ${value.length}`;
  for (const [index, point] of value.entries()) {
    const where = `point ${index + 1}`;
    if (typeof point !== 'object' || point === null || Array.isArray(point))
      return `${where}: expected an object with "text" and "keywords", but found ${found(point)}`;
    const record = point as Record<string, unknown>;
    const unknown = Object.keys(record).find((key) => !POINT_FIELDS.has(key));
    if (unknown !== undefined) return `${where}: unknown field "${unknown}" (expected text, keywords)`;
    const { text, keywords } = record;
    if (typeof text !== 'string' || text.trim() === '')
      return `${where}: field "text": expected a non-empty text, but found ${found(text)}`;
    if (/[\r\n]/.test(text)) return `${where}: field "text": expected one line, but it has a line break`;
    if (text.length > MAX_POINT_LENGTH)
      return `${where}: field "text": expected one line of at most ${MAX_POINT_LENGTH} characters, but it has ${text.length}`;
    if (
      !Array.isArray(keywords) ||
      keywords.length === 0 ||
      keywords.some((k) => typeof k !== 'string' || k.trim() === '' || /[\r\n]/.test(k))
    )
      return `${where}: field "keywords": expected a list of one or more key words or phrases, e.g. ["metrics", "dashboard"]`;
  }
  return null;
}

/** A copy of valid points that shares no object or list with the input. */
export function copyAnswerPoints(points: readonly AnswerPoint[]): AnswerPoint[] {
  return points.map((point) => ({ text: point.text, keywords: [...point.keywords] }));
}

/** Whether two cards' points read the same (both absent counts as the same). */
export function sameAnswerPoints(
  a: readonly AnswerPoint[] | undefined,
  b: readonly AnswerPoint[] | undefined,
): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
