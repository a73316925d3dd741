/**
 * Issue 12 point 8: one count per thing in the .apkg preview. The plan line ("N cards with
 * progress from Anki") and the package summary ("N with progress") count the same cards, also
 * when some cards were reset to new in Anki and bring only their history.
 */
import { describe, expect, it } from 'vitest';
import { computeImport, resolveDeckIds, type ExistingData } from '../../../src/domain/import-plan';
import { readAnkiPackage } from '../../../src/import/apkg/read-anki-package';
import { buildPackage } from './fixtures/build-package';
import { NOW, sampleCollection } from './fixtures/sample-collection';

const NOTHING: ExistingData = {
  decks: new Map(),
  cards: new Map(),
  schedules: new Map(),
  reviews: new Map(),
  deckCardIds: new Map(),
};

describe('the .apkg preview counts each thing once', () => {
  it('the plan and the summary agree on cards, cards with progress and reviews', async () => {
    const collection = sampleCollection();
    // Reset to new in Anki ("Forget"), after two reviews: its history comes along, its schedule does not.
    const resetCard = collection.cards.find((c) => c.type === undefined || c.type === 0)!;
    collection.revlog.push(
      { id: NOW - 30 * 86_400_000 + 7, cid: resetCard.id, ease: 3, ivl: 1, factor: 2500, type: 0 },
      { id: NOW - 29 * 86_400_000 + 7, cid: resetCard.id, ease: 3, ivl: 3, factor: 2500, type: 1 },
      { id: NOW - 20 * 86_400_000 + 7, cid: resetCard.id, ease: 0, ivl: 0, factor: 0, type: 4 },
    );
    const bundle = await readAnkiPackage(await buildPackage(collection, 'latest'), 'ops.apkg', { now: NOW });
    let n = 0;
    const ids = resolveDeckIds(bundle, NOTHING.decks, NOTHING.cards, () => `deck-${n++}`);
    const { plan } = computeImport(bundle, NOTHING, ids, NOW);
    const summary = bundle.summary!;

    const withHistoryOnly = bundle.decks
      .flatMap((d) => d.cards)
      .filter((c) => c.schedule === undefined && (c.reviews?.length ?? 0) > 0);
    expect(withHistoryOnly.length).toBeGreaterThan(0);

    expect(plan.decks.reduce((sum, d) => sum + d.cardsWithProgress, 0)).toBe(summary.withProgress);
    expect(plan.cards).toBe(summary.cards);
    expect(plan.reviews).toBe(summary.reviews);
    expect(plan.decks.reduce((sum, d) => sum + d.newCards, 0)).toBe(summary.cards);
  });
});
