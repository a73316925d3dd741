/**
 * The Stats screen's sentences for today and the streak, as Anki words its "Today" section:
 * "Studied 42 cards in 12 minutes today (3.2s/card)", "Again count: 5 (11.9%)", and so on.
 */
import type { StreakStats } from './streak';
import type { TodayStats } from './today';

const n = (value: number) => value.toLocaleString('en');
const plural = (value: number, one: string, many = `${one}s`) => `${n(value)} ${value === 1 ? one : many}`;
const percent = (part: number, whole: number) => `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%`;

/** "12 minutes", "45 seconds", "1 hour 5 minutes". */
export function formatStudyTime(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return plural(seconds, 'second');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}

/** Today's lines: what was studied, in how long, how often Again, the split by kind, mature passes. */
export function todayLines(today: TodayStats): string[] {
  if (today.reviews === 0) return ['No cards studied today yet.'];
  const estimate = today.measured < today.reviews ? ' (partly estimated)' : '';
  const lines = [
    `Studied ${plural(today.cards, 'card')} in ${formatStudyTime(today.timeMs)}${estimate} today: ` +
      `${plural(today.reviews, 'answer')}, ${(today.timeMs / 1000 / today.reviews).toFixed(1)} s per answer.`,
    `Again: ${n(today.again)} (${percent(today.again, today.reviews)}).`,
    `New ${n(today.byState.new)}, learning ${n(today.byState.learning)}, review ${n(today.byState.review)}, ` +
      `relearning ${n(today.byState.relearning)}.`,
  ];
  if (today.mature.total > 0) {
    lines.push(
      `Mature cards: ${n(today.mature.passed)} of ${n(today.mature.total)} passed (${percent(today.mature.passed, today.mature.total)}).`,
    );
  }
  return lines;
}

/** The streak in one sentence. */
export function streakLine(streak: StreakStats): string {
  if (streak.daysStudied === 0) return 'No study days yet: your streak starts with your first answer.';
  const current =
    streak.current === 0
      ? 'No current streak'
      : `${plural(streak.current, 'day')} in a row${streak.studiedToday ? ', today included' : '; study today to keep it'}`;
  return `${current}. Longest streak: ${plural(streak.longest, 'day')}. Days studied: ${n(streak.daysStudied)}.`;
}
