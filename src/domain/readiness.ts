/**
 * Readiness per role: how many of the role's cards have been seen, and the predicted chance of
 * recalling them now and on the interview date, which is FSRS retrievability at that instant
 * averaged over the role's cards, an unseen card counting as 0 (not known). Also the weakest
 * seen cards (lowest predicted recall), for a drill session.
 *
 * Built as a fold: `createReadinessTally` takes one card at a time and keeps only sums and a
 * short list per role, so storage can feed it from a cursor over any number of cards.
 */
import { CardState, type CardRecord, type ScheduleRecord } from './model';
import { ROLES, rolesOfTags, type RoleId } from './roles';
import { retrievability } from './scheduler';

export const DEFAULT_WEAKEST = 20;

export interface ReadinessOptions {
  now: number;
  /** The interview instant; null: no date, so no recall "on the day". */
  interviewAt: number | null;
  /** How many weakest cards to keep per role. */
  weakest?: number;
}

/** The parts of a card readiness reads. */
export type ReadinessCard = Pick<CardRecord, 'id' | 'deckId' | 'tags' | 'retired' | 'suspended'>;

export interface WeakCard {
  cardId: string;
  deckId: string;
  /** Predicted recall (0-1) at the interview if there is a date ahead, else now. */
  recall: number;
}

export interface RoleReadiness {
  role: RoleId;
  total: number;
  seen: number;
  /** Mean predicted recall now (0-1), unseen cards as 0; null when the role has no cards. */
  recallNow: number | null;
  /** The same on the interview date; null without a date ahead or without cards. */
  recallOnDate: number | null;
  /** Seen cards with the lowest predicted recall, lowest first. */
  weakest: WeakCard[];
}

export interface Readiness {
  roles: RoleReadiness[];
  /** When the weakest cards were measured: the interview if ahead, else now. */
  weakestAt: number;
}

export interface ReadinessTally {
  /** Adds one card (retired and suspended cards are skipped; cards of no role count for none). */
  add(card: ReadinessCard, schedule: ScheduleRecord | null | undefined): void;
  /** The figures so far. */
  result(): Readiness;
}

interface RoleSums {
  total: number;
  seen: number;
  now: number;
  onDate: number;
  weakest: WeakCard[];
}

// Lowest recall first; ties by card id, so the list does not depend on the order cards came in.
const weaker = (a: WeakCard, b: WeakCard) =>
  a.recall - b.recall || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);

/** Keeps `list` as the `size` weakest cards, sorted, in O(size) per card. */
function keepWeakest(list: WeakCard[], card: WeakCard, size: number): void {
  if (size <= 0) return;
  if (list.length === size && weaker(card, list[size - 1]!) >= 0) return;
  let i = list.length;
  while (i > 0 && weaker(card, list[i - 1]!) < 0) i -= 1;
  list.splice(i, 0, card);
  if (list.length > size) list.pop();
}

/** A fold over cards and their schedules that yields each role's readiness. */
export function createReadinessTally(options: ReadinessOptions): ReadinessTally {
  const { now } = options;
  const onDate = options.interviewAt !== null && options.interviewAt > now ? options.interviewAt : null;
  const weakestAt = onDate ?? now;
  const size = Math.max(0, Math.floor(options.weakest ?? DEFAULT_WEAKEST));
  const sums = new Map<RoleId, RoleSums>(
    ROLES.map((role) => [role.id, { total: 0, seen: 0, now: 0, onDate: 0, weakest: [] }]),
  );

  return {
    add(card, schedule) {
      if (card.retired || card.suspended) return;
      const roles = rolesOfTags(card.tags);
      if (roles.length === 0) return;
      const rNow = retrievability(schedule ?? null, now);
      const rOnDate = onDate === null ? 0 : retrievability(schedule ?? null, onDate);
      const seen = schedule != null && schedule.state !== CardState.New;
      const weak = seen ? { cardId: card.id, deckId: card.deckId, recall: onDate === null ? rNow : rOnDate } : null;
      for (const role of roles) {
        const s = sums.get(role)!;
        s.total += 1;
        s.now += rNow;
        s.onDate += rOnDate;
        if (weak) {
          s.seen += 1;
          keepWeakest(s.weakest, weak, size);
        }
      }
    },
    result() {
      return {
        weakestAt,
        roles: ROLES.map(({ id }) => {
          const s = sums.get(id)!;
          return {
            role: id,
            total: s.total,
            seen: s.seen,
            recallNow: s.total === 0 ? null : s.now / s.total,
            recallOnDate: s.total === 0 || onDate === null ? null : s.onDate / s.total,
            weakest: [...s.weakest],
          };
        }),
      };
    },
  };
}

/** Readiness of every role over a whole collection (for arrays; storage feeds the tally directly). */
export function measureReadiness(
  items: Iterable<{ card: ReadinessCard; schedule: ScheduleRecord | null | undefined }>,
  options: ReadinessOptions,
): Readiness {
  const tally = createReadinessTally(options);
  for (const { card, schedule } of items) tally.add(card, schedule);
  return tally.result();
}

/** One role's figures. */
export function readinessOf(readiness: Readiness, role: RoleId): RoleReadiness {
  return readiness.roles.find((r) => r.role === role)!;
}
