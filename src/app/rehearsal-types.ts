/** The Rehearse screen's state, as data. */
import type { AnswerAnalysis } from '../domain/answer-analysis';
import type { CardRecord, Grade, ScheduleRecord } from '../domain/model';
import type { RehearsalTimer } from '../domain/rehearsal-timer';
import type { GradePreview } from '../domain/scheduler';

export type RehearsalStep = 'setup' | 'question' | 'review' | 'done';

/** The answer just given, being checked and rated. */
export interface AnswerReview {
  timer: RehearsalTimer;
  /** The card's schedule when the answer ended: the grades are computed from it. */
  seen: ScheduleRecord | null;
  transcript: string;
  analysis: AnswerAnalysis | null;
  checked: number[];
  preview: GradePreview;
  previewAt: number;
}

export interface RehearsalResult {
  card: CardRecord;
  rating: Grade | null;
  answerMs: number;
  overtimeMs: number;
}
