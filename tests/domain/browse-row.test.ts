import { describe, expect, it } from 'vitest';
import { dueLabel, rowFacts, rowText, type RowContext } from '../../src/domain/browse-row';
import { CardState, type CardRecord, type ScheduleRecord } from '../../src/domain/model';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 12:00 in Paris in June (UTC+2); the study day starts at 4 a.m.
const now = Date.UTC(2026, 5, 10, 10);
const context: RowContext = {
  now,
  dayStartHour: 4,
  utcOffset: 120,
  deckNames: new Map([['ops', 'Interview::Ops']]),
  sortKey: 'due',
};
const card = (fields: Partial<CardRecord> = {}): CardRecord => ({
  id: 'c',
  deckId: 'ops',
  key: 'c',
  front: 'What is an SLA?',
  back: 'A',
  format: 'text',
  tags: [],
  order: 0,
  ...fields,
});
const schedule = (state: CardState, due: number, extra: Partial<ScheduleRecord> = {}): ScheduleRecord => ({
  cardId: 'c',
  deckId: 'ops',
  due,
  stability: 1,
  difficulty: 5.5,
  elapsedDays: 1,
  scheduledDays: 12,
  learningSteps: 0,
  reps: 3,
  lapses: 1,
  state,
  lastReview: now - DAY,
  ...extra,
});

describe('a Browse row', () => {
  it("reads the question as one line of text; a cloze shows its note's text with the answers", () => {
    expect(rowText(card({ format: 'html', front: '<b>What</b>\n is <i>an</i>&nbsp;SLA?' }))).toBe('What is an SLA?');
    const note = {
      type: 'cloze' as const,
      format: 'text' as const,
      guid: 'g',
      front: 'Paris is in {{c1::France::country}}',
      back: '',
    };
    expect(rowText(card({ front: '<span class="cloze">[...]</span>', format: 'html', note }))).toBe(
      'Paris is in France',
    );
    expect(rowText(card({ front: 'x'.repeat(400) })).length).toBe(160);
  });

  it('says when the card is due in study days', () => {
    expect(dueLabel(null, context)).toBe('New');
    expect(dueLabel(schedule(CardState.Learning, now + 10 * 60_000), context)).toBe('Learning, due in 10m');
    // 3 a.m. tomorrow local time is still today's study day.
    expect(dueLabel(schedule(CardState.Review, Date.UTC(2026, 5, 11, 1)), context)).toBe('Due today');
    expect(dueLabel(schedule(CardState.Review, Date.UTC(2026, 5, 11, 3)), context)).toBe('Due tomorrow');
    expect(dueLabel(schedule(CardState.Review, now + 4 * DAY), context)).toBe('Due in 4 days');
    expect(dueLabel(schedule(CardState.Review, now - 3 * DAY), context)).toBe('Overdue by 3 days');
  });

  it('lists due, marks, the value sorted by, and the deck', () => {
    const s = schedule(CardState.Review, now + 4 * DAY);
    expect(rowFacts(card({ suspended: true, buriedUntil: now + HOUR }), s, context)).toEqual([
      'Due in 4 days',
      'Suspended',
      'Buried',
      'Interview › Ops',
    ]);
    expect(rowFacts(card(), s, { ...context, sortKey: 'interval' })).toContain('Interval 12 days');
    expect(rowFacts(card(), s, { ...context, sortKey: 'difficulty' })).toContain('Difficulty 50%');
    expect(rowFacts(card(), s, { ...context, sortKey: 'lapses' })).toContain('1 lapse');
    expect(rowFacts(card({ addedAt: now - 2 * DAY }), s, { ...context, sortKey: 'added' })).toContain(
      'Added 2 days ago',
    );
  });
});
