/**
 * How one card reads in Browse's list: a line of its question as plain text, and a line of
 * facts (deck, when it is due, its marks, and the value the list is sorted by). Days count in
 * study days, so "today" ends at the day-start hour as everywhere else in the app.
 */
import { isBuried, stageOf } from './card-status';
import type { CardSortKey } from './card-sort';
import { formatInterval } from './format-time';
import { htmlToText } from './html-text';
import { CardState, type CardRecord, type ScheduleRecord } from './model';
import { difficultyPercent } from './stats/spread';
import { studyDayNumber, type UtcOffset } from './study-day';

export interface RowContext {
  now: number;
  dayStartHour: number;
  utcOffset: UtcOffset;
  deckNames: ReadonlyMap<string, string>;
  sortKey: CardSortKey;
}

const CLOZE = /\{\{c\d+::([\s\S]*?)(?:::[\s\S]*?)?\}\}/g;
const MAX_TEXT = 160;

/** The card's question as one line of plain text (a cloze card shows its note's text, clozes read as their answers). */
export function rowText(card: Pick<CardRecord, 'front' | 'format' | 'note'>): string {
  const source =
    card.note?.type === 'cloze'
      ? card.note.front.replace(CLOZE, '$1')
      : card.format === 'html'
        ? htmlToText(card.front)
        : card.front;
  const text = (card.note?.type === 'cloze' && card.note.format === 'html' ? htmlToText(source) : source)
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text || '(empty)';
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "New", "Learning, due in 10m", "Due today", "Due tomorrow", "Due in 4 days", "Overdue by 3 days". */
export function dueLabel(schedule: ScheduleRecord | null, context: Omit<RowContext, 'deckNames' | 'sortKey'>): string {
  const stage = stageOf(schedule);
  if (stage === 'new' || !schedule) return 'New';
  if (schedule.state === CardState.Learning || schedule.state === CardState.Relearning) {
    const label = stage === 'learning' ? 'Learning' : 'Relearning';
    return schedule.due <= context.now
      ? `${label}, due now`
      : `${label}, due in ${formatInterval(schedule.due - context.now)}`;
  }
  const today = studyDayNumber(context.now, context.dayStartHour, context.utcOffset);
  const diff = studyDayNumber(schedule.due, context.dayStartHour, context.utcOffset) - today;
  if (diff < 0) return `Overdue by ${days(-diff)}`;
  if (diff === 0) return 'Due today';
  if (diff === 1) return 'Due tomorrow';
  return `Due in ${days(diff)}`;
}

/** The value the list is sorted by, when it is not already in the line (due is). */
function sortFact(card: CardRecord, schedule: ScheduleRecord | null, context: RowContext): string | null {
  switch (context.sortKey) {
    case 'due':
      return null;
    case 'interval':
      return schedule?.state === CardState.Review ? `Interval ${days(schedule.scheduledDays)}` : null;
    case 'difficulty':
      return schedule && schedule.state !== CardState.New
        ? `Difficulty ${Math.round(difficultyPercent(schedule.difficulty))}%`
        : null;
    case 'lapses': {
      const lapses = schedule?.lapses ?? 0;
      return `${lapses} ${lapses === 1 ? 'lapse' : 'lapses'}`;
    }
    case 'added': {
      if (card.addedAt === undefined) return null;
      const ago =
        studyDayNumber(context.now, context.dayStartHour, context.utcOffset) -
        studyDayNumber(card.addedAt, context.dayStartHour, context.utcOffset);
      return ago <= 0 ? 'Added today' : ago === 1 ? 'Added yesterday' : `Added ${days(ago)} ago`;
    }
  }
}

/** The facts under the question: due, suspended or buried, the sorted-by value, and the deck (last: it is the longest). */
export function rowFacts(card: CardRecord, schedule: ScheduleRecord | null, context: RowContext): string[] {
  const facts = [dueLabel(schedule, context)];
  if (card.suspended) facts.push('Suspended');
  if (isBuried(card, context.now)) facts.push('Buried');
  const sorted = sortFact(card, schedule, context);
  if (sorted) facts.push(sorted);
  facts.push((context.deckNames.get(card.deckId) ?? 'Unknown deck').split('::').join(' › '));
  return facts;
}
