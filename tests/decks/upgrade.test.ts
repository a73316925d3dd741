/**
 * Upgrading to these decks from the previous version: cards that kept their id keep their
 * progress and take the new wording; retired cards leave study with their history kept.
 */
import { describe, expect, it } from 'vitest';
import type { DeckFile } from '../../src/domain/deck-file';
import { CardState, type ReviewRecord, type ScheduleRecord } from '../../src/domain/model';
import { syncBuiltinDecks } from '../../src/storage/builtin-sync';
import { openAppDb } from '../../src/storage/db';
import { writeGrade } from '../../src/storage/review-writes';
import { KEPT_IDS, loadDecks, RETIRED_IDS } from './deck-helpers';

const T = Date.UTC(2026, 10, 1);

function progress(cardId: string, deckId: string): { schedule: ScheduleRecord; review: ReviewRecord } {
  const schedule: ScheduleRecord = {
    cardId,
    deckId,
    due: T + 9 * 86_400_000,
    stability: 9,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 9,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: CardState.Review,
    lastReview: T,
  };
  const { cardId: _, deckId: __, ...fields } = schedule;
  const review: ReviewRecord = {
    ...fields,
    cardId,
    deckId,
    rating: 3,
    review: T,
    state: CardState.New,
    lastElapsedDays: 0,
    before: null,
  };
  return { schedule, review };
}

/** The previous version as far as ids go: the kept and retired cards (old wording), none of the new ones. */
function previousVersion(decks: DeckFile[]): DeckFile[] {
  return decks.map((deck) => ({
    ...deck,
    cards: [
      ...(KEPT_IDS[deck.id] ?? []).map((id) => ({ id, front: `old front of ${id}`, back: 'old back', tags: ['old'] })),
      ...(RETIRED_IDS[deck.id] ?? []).map((id) => ({
        id,
        front: `old front of ${id}`,
        back: 'old back',
        tags: ['old'],
      })),
    ],
  }));
}

describe('upgrading the built-in decks', () => {
  it('kept ids keep their progress and take the new wording; retired ids keep their history and leave study', async () => {
    const db = await openAppDb('builtin-upgrade');
    const current = loadDecks().map(({ deck }) => deck);
    await syncBuiltinDecks(db, previousVersion(current), T - 1000);

    const kept = 'roles-and-career-path/function-no-vp-level';
    const retired = 'roles-and-career-path/specialist-next-steps';
    for (const cardId of [kept, retired]) {
      const { schedule, review } = progress(cardId, 'roles-and-career-path');
      await writeGrade(db, schedule, review);
    }

    const report = await syncBuiltinDecks(db, current, T + 1000);
    const keptCount = Object.values(KEPT_IDS).flat().length;
    const retiredCount = Object.values(RETIRED_IDS).flat().length;
    const total = current.reduce((n, deck) => n + deck.cards.length, 0);
    expect(report).toEqual({ added: total - keptCount, updated: keptCount, retired: retiredCount });

    const keptCard = await db.get('cards', kept);
    expect(keptCard?.front).toBe(
      current
        .find((deck) => deck.id === 'roles-and-career-path')!
        .cards.find((card) => card.id === 'function-no-vp-level')!.front,
    );
    expect(keptCard?.retired).toBeUndefined();
    expect(await db.get('schedules', kept)).toEqual(progress(kept, 'roles-and-career-path').schedule);

    expect(await db.get('cards', retired)).toMatchObject({
      retired: true,
      front: `old front of specialist-next-steps`,
    });
    expect(await db.get('schedules', retired)).toBeDefined();
    expect(await db.getAllFromIndex('reviews', 'by-card', retired)).toHaveLength(1);
    expect(await db.get('decks', 'interview-questions')).toMatchObject({ interview: true });
  });
});
