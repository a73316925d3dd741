/**
 * Every statistic is a fold: it takes records one at a time and keeps only what its result
 * needs, so storage can feed it from an IndexedDB cursor (the review log through its
 * `by-review` index, cards and schedules by card id) without holding the collection in memory.
 */

/** A statistic computed one record at a time: `add` each record, then read `result()`. */
export interface Fold<In, Out> {
  add(item: In): void;
  /** The statistic over every record added so far; may be called more than once. */
  result(): Out;
}

/** Feeds every item to the fold and returns its result (arrays in tests, small collections). */
export function foldAll<In, Out>(fold: Fold<In, Out>, items: Iterable<In>): Out {
  for (const item of items) fold.add(item);
  return fold.result();
}

/** A fold that sees only the records `keep` accepts (one deck family, one role's cards); `keep` may read more than the fold does. */
export function filterFold<In extends Base, Base, Out>(
  fold: Fold<Base, Out>,
  keep: (item: In) => boolean,
): Fold<In, Out> {
  return {
    add: (item) => {
      if (keep(item)) fold.add(item);
    },
    result: () => fold.result(),
  };
}

/**
 * Checks that reviews arrive oldest first, as the `by-review` index yields them: the folds
 * that dedupe per card and day or measure gaps between grades rely on it.
 */
export function createTimeOrderGuard(statName: string): (review: number) => void {
  let last = -Infinity;
  return (review) => {
    if (review < last) {
      throw new RangeError(
        `${statName} needs reviews oldest first (the by-review index): got ${new Date(review).toISOString()} after ${new Date(last).toISOString()}`,
      );
    }
    last = review;
  };
}
