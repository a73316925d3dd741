/**
 * What the Readiness screen shows, shaped from readiness.ts's figures: for each role the
 * candidate prepares for, the cards seen, the predicted recall now and on the interview date as
 * whole percentages, and the weakest cards with a line of their question to recognise them by.
 */
import type { CardFormat } from './model';
import type { Readiness } from './readiness';
import { ROLES, type RoleId } from './roles';

/** Weakest cards listed per role, and drilled in one session. */
export const DRILL_SIZE = 10;

/** Characters of a question shown in the weakest list. */
const EXCERPT = 140;

export interface WeakCardView {
  cardId: string;
  /** The question, as plain text, cut to a line or two. */
  text: string;
  /** Predicted recall (0-100) on the interview date, or now without a date. */
  percent: number;
}

export interface RoleReadinessView {
  role: RoleId;
  label: string;
  total: number;
  seen: number;
  /** Whole percentages; null when the role has no cards (or, on the date, without a date ahead). */
  nowPercent: number | null;
  onDatePercent: number | null;
  weakest: WeakCardView[];
}

/** 0.734 -> 73; the share is rounded down below 1 so "100 %" means every card is certain. */
export function toPercent(share: number): number {
  const percent = Math.round(share * 100);
  return percent === 100 && share < 1 ? 99 : percent;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** A card's question as one line of plain text (HTML tags and entities removed), cut at a word. */
export function questionExcerpt(front: string, format: CardFormat): string {
  const text =
    format === 'html'
      ? front
          .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, ' ')
          .replace(/<br\s*\/?>|<\/(p|div|li)>/gi, ' ')
          .replace(/<[^>]*>/g, '')
          .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole)
      : front;
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= EXCERPT) return line;
  const cut = line.slice(0, EXCERPT);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The roles to show, in the order of ROLES, with their figures; `questions` holds the weakest
 * cards' questions by card id (a card not found is left out of the list).
 */
export function viewReadiness(
  readiness: Readiness,
  roles: readonly RoleId[],
  questions: ReadonlyMap<string, { front: string; format: CardFormat }>,
): RoleReadinessView[] {
  return ROLES.filter((role) => roles.includes(role.id)).map(({ id, label }) => {
    const figures = readiness.roles.find((r) => r.role === id)!;
    return {
      role: id,
      label,
      total: figures.total,
      seen: figures.seen,
      nowPercent: figures.recallNow === null ? null : toPercent(figures.recallNow),
      onDatePercent: figures.recallOnDate === null ? null : toPercent(figures.recallOnDate),
      weakest: figures.weakest.flatMap((weak) => {
        const question = questions.get(weak.cardId);
        return question
          ? [
              {
                cardId: weak.cardId,
                text: questionExcerpt(question.front, question.format),
                percent: toPercent(weak.recall),
              },
            ]
          : [];
      }),
    };
  });
}
