/**
 * The record of one rehearsed answer: built from the stopped timer and the self-rating, and
 * checked field by field when it comes back from a backup.
 */
import type { AnswerAnalysis } from './answer-analysis';
import { checkFields, describeValue, type Fail } from './backup-format';
import type { CardRecord, Grade, RehearsalAttempt } from './model';
import { timerDurations, type RehearsalTimer } from './rehearsal-timer';

export interface AttemptInput {
  id: string;
  card: Pick<CardRecord, 'id' | 'deckId' | 'points'>;
  /** The timer, stopped when the candidate finished answering. */
  timer: RehearsalTimer;
  rating: Grade;
  transcript?: string;
  analysis?: AnswerAnalysis;
  checkedPoints?: readonly number[];
  recordingId?: string;
}

/** The attempt to store; empty transcripts and ticks outside the card's points are left out. */
export function createAttempt(input: AttemptInput): RehearsalAttempt {
  const { card, timer } = input;
  const { thinkingMs, answerMs, overtimeMs } = timerDurations(timer);
  const pointCount = card.points?.length ?? 0;
  const checked = [...new Set(input.checkedPoints ?? [])]
    .filter((i) => Number.isInteger(i) && i >= 0 && i < pointCount)
    .sort((a, b) => a - b);
  const transcript = input.transcript?.trim();
  return {
    id: input.id,
    cardId: card.id,
    deckId: card.deckId,
    at: timer.startedAt,
    thinkingMs,
    answerMs,
    overtimeMs,
    answerLimitMs: timer.settings.answerMs,
    rating: input.rating,
    ...(transcript ? { transcript } : {}),
    ...(transcript && input.analysis ? { analysis: input.analysis } : {}),
    ...(checked.length > 0 ? { checkedPoints: checked } : {}),
    ...(input.recordingId ? { recordingId: input.recordingId } : {}),
  };
}

const ATTEMPT_FIELDS = {
  id: 'name',
  cardId: 'name',
  deckId: 'name',
  at: 'number',
  thinkingMs: 'number',
  answerMs: 'number',
  overtimeMs: 'number',
  answerLimitMs: 'number',
  rating: 'grade',
  transcript: 'text?',
  recordingId: 'name?',
} as const;

/** An attempt record from a backup or the JSON export; fails naming the field. The analysis is kept as written. */
export function readRehearsalAttempt(value: unknown, where: string, fail: Fail): RehearsalAttempt {
  const record = checkFields(value, ATTEMPT_FIELDS, where, fail);
  for (const field of ['thinkingMs', 'answerMs', 'overtimeMs', 'answerLimitMs'] as const) {
    if ((record[field] as number) < 0) fail(where, `field "${field}": a duration cannot be negative`);
  }
  const checked = record.checkedPoints;
  if (checked !== undefined && !(Array.isArray(checked) && checked.every((i) => Number.isInteger(i) && i >= 0))) {
    fail(where, `field "checkedPoints": expected a list of point numbers, but found ${describeValue(checked)}`);
  }
  const analysis = record.analysis;
  if (analysis !== undefined && (typeof analysis !== 'object' || analysis === null || Array.isArray(analysis))) {
    fail(where, `field "analysis": expected a record, but found ${describeValue(analysis)}`);
  }
  return {
    id: record.id as string,
    cardId: record.cardId as string,
    deckId: record.deckId as string,
    at: record.at as number,
    thinkingMs: record.thinkingMs as number,
    answerMs: record.answerMs as number,
    overtimeMs: record.overtimeMs as number,
    answerLimitMs: record.answerLimitMs as number,
    rating: record.rating as Grade,
    ...(record.transcript !== undefined ? { transcript: record.transcript as string } : {}),
    ...(analysis !== undefined ? { analysis: analysis as AnswerAnalysis } : {}),
    ...(checked !== undefined ? { checkedPoints: checked as number[] } : {}),
    ...(record.recordingId !== undefined ? { recordingId: record.recordingId as string } : {}),
  };
}
