/**
 * Reads the study queue from the queue-slot indexes: for each source (one deck, or every deck
 * through the lane index), the tally of each lane within the day's bounds and its first few
 * slots; then the cards and schedules of the slots chosen to show. Every read is an index range,
 * capped where a count can only matter up to a limit, so its cost follows what the screen shows,
 * not the size of the collection.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { CardRecord, ScheduleRecord } from '../domain/model';
import { Lane, type QueueSlot } from '../domain/queue-slot';
import { isSourceIdle, type LaneBounds, type LaneHeads, type LaneTally } from '../domain/queue-window';
import type { AppDb, AppSchema } from './db';

/** One deck (by id) or every deck (null). */
export type SlotSource = string | null;

export interface WindowRequest {
  sources: readonly SlotSource[];
  bounds: LaneBounds;
  /** Counts of reviews and new cards stop here (the day's room + 1: enough to know one is held back). */
  caps: { reviews: number; newCards: number };
  /** How many slots of each lane to read ahead per source; 0 reads counts only. */
  ahead: number;
  /** New cards counted and picked apart (the interview plan's): left out of the new lane here. */
  exclude?: ReadonlySet<string>;
}

export interface SourceWindow {
  source: SlotSource;
  tally: LaneTally;
  heads: LaneHeads;
}

export interface LoadedEntry {
  slot: QueueSlot;
  card: CardRecord;
  schedule: ScheduleRecord | null;
}

/** Any transaction over the stores a window read needs. */
type ReadTx = IDBPTransaction<AppSchema, StoreNames<AppSchema>[], IDBTransactionMode>;

// Array keys sort after every number and string, so [..., t, []] closes a range just above every key with due t.
const TOP: unknown[] = [];

/** Key ranges over one lane of a source, by due time (the key parts after due are deck and order). */
function lane(source: SlotSource, which: Lane) {
  const p = source === null ? [which] : [source, which];
  return {
    all: IDBKeyRange.bound(p, [...p, TOP]),
    atMost: (t: number) => IDBKeyRange.bound([...p, -Infinity], [...p, t, TOP]),
    before: (t: number) => IDBKeyRange.bound([...p, -Infinity], [...p, t], false, true),
    between: (after: number, atMost: number) => IDBKeyRange.bound([...p, after, TOP], [...p, atMost, TOP], true),
    after: (t: number) => IDBKeyRange.bound([...p, t, TOP], [...p, TOP], true),
    from: (t: number) => IDBKeyRange.bound([...p, t], [...p, TOP]),
  };
}

const NO_HEADS = Promise.resolve([[], [], []] as QueueSlot[][]);
const NONE: ReadonlySet<string> = new Set();

async function readSource(tx: ReadTx, request: WindowRequest, source: SlotSource): Promise<SourceWindow> {
  const index = tx.objectStore('queueSlots').index(source === null ? 'by-lane' : 'by-deck-lane');
  const { now, soon, dayEnd } = request.bounds;
  const { ahead, caps } = request;
  const exclude = request.exclude ?? NONE;
  // Up to `exclude.size` of the new cards read may be left out: read that many more.
  const extra = exclude.size;
  const learning = lane(source, Lane.Learning);
  const review = lane(source, Lane.Review);
  const fresh = lane(source, Lane.New).all;
  const [due, reviewKeys, freshKeys, heads] = await Promise.all([
    index.count(learning.atMost(now)),
    index.getAllKeys(review.before(dayEnd), caps.reviews),
    index.getAllKeys(fresh, caps.newCards + extra),
    ahead > 0
      ? Promise.all([
          index.getAll(learning.atMost(now), ahead),
          index.getAll(review.before(dayEnd), ahead),
          index.getAll(fresh, ahead + extra),
        ])
      : NO_HEADS,
  ]);
  const freshCount = Math.min(
    caps.newCards,
    extra ? freshKeys.filter((cardId) => !exclude.has(cardId)).length : freshKeys.length,
  );
  if (extra && ahead > 0) heads[2] = heads[2]!.filter((slot) => !exclude.has(slot.cardId)).slice(0, ahead);
  const tally = { learningDue: due, reviewsDue: reviewKeys.length, fresh: freshCount };
  // The learn-ahead cards and the next due times matter only when the source has nothing else.
  const [soonCount, soonHead, nextLearning, nextReview] = isSourceIdle(tally, caps)
    ? await Promise.all([
        index.count(learning.between(now, soon)),
        ahead > 0 ? index.getAll(learning.between(now, soon), ahead) : Promise.resolve([]),
        index.get(learning.after(now)),
        index.get(review.from(dayEnd)),
      ])
    : [0, [], undefined, undefined];
  return {
    source,
    tally: {
      ...tally,
      learningSoon: soonCount,
      nextLearning: nextLearning?.due ?? null,
      nextReview: nextReview?.due ?? null,
    },
    heads: { learning: heads[0]!, soon: soonHead, reviews: heads[1]!, fresh: heads[2]! },
  };
}

/** Reads every source of `request` and, for the slots `choose` picks, their cards and schedules, in `tx`. */
export async function readWindowIn<T>(
  tx: ReadTx,
  request: WindowRequest,
  choose: (windows: SourceWindow[]) => { slots: QueueSlot[]; result: T },
): Promise<{ windows: SourceWindow[]; entries: LoadedEntry[]; result: T }> {
  const windows = await Promise.all(request.sources.map((source) => readSource(tx, request, source)));
  const { slots, result } = choose(windows);
  const cards = tx.objectStore('cards');
  const schedules = tx.objectStore('schedules');
  const found = await Promise.all(
    slots.map((slot) => Promise.all([cards.get(slot.cardId), schedules.get(slot.cardId)])),
  );
  const entries = found.flatMap(([card, schedule], i) =>
    card ? [{ slot: slots[i]!, card, schedule: schedule ?? null }] : [],
  );
  return { windows, entries, result };
}

/** A consistent read of the queue window (one readonly transaction). */
export async function readStudyWindow<T>(
  db: AppDb,
  request: WindowRequest,
  choose: (windows: SourceWindow[]) => { slots: QueueSlot[]; result: T },
): Promise<{ windows: SourceWindow[]; entries: LoadedEntry[]; result: T }> {
  const tx = db.transaction(['queueSlots', 'cards', 'schedules'], 'readonly');
  const [read] = await Promise.all([readWindowIn(tx as unknown as ReadTx, request, choose), tx.done]);
  return read;
}
