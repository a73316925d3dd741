import { CardState, type ReviewRecord } from './model';
import type { DoneToday } from './queue';

/**
 * What has been done today, derived from the review log rather than kept as counters, so
 * undo and a reload can never leave it wrong. `reviews` must be those since the day began.
 */
export function countDoneToday(reviews: readonly ReviewRecord[]): DoneToday {
  let newCards = 0;
  let reviewCount = 0;
  for (const review of reviews) {
    if (review.origin === 'anki') continue;
    if (!review.before || review.before.state === CardState.New) newCards += 1;
    else if (review.before.state === CardState.Review) reviewCount += 1;
  }
  return { newCards, reviews: reviewCount };
}
