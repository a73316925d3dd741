/**
 * What an import will do (pure): which deck each imported deck becomes, which cards are new,
 * updated or unchanged, and exactly which records to write. The same computation serves the
 * preview (planImport) and the write (writeImport), so the preview cannot promise something
 * the write does not do.
 */
import { cardIdFor } from './deck-records';
import { ImportError, type ImportWarning } from './import-error';
import type { CardRecord, DeckRecord, MediaFile, ReviewRecord, ScheduleRecord, StyleRecord } from './model';
import type { ImportBundle, ImportKind } from './import-bundle';
import { cardLocation } from './import-validate';
import { cardRecord, deckRecord, reviewRecord, sameContent, scheduleRecord } from './import-records';

/** The records already in the database that the import touches. */
export interface ExistingData {
  decks: ReadonlyMap<string, DeckRecord>;
  /** Cards found under the bundle's card identities. */
  cards: ReadonlyMap<string, CardRecord>;
  /** Schedules and review logs of those cards. */
  schedules: ReadonlyMap<string, ScheduleRecord>;
  reviews: ReadonlyMap<string, ReviewRecord[]>;
  /** Ids of the cards in each deck the import may update. */
  deckCardIds: ReadonlyMap<string, string[]>;
}

export interface DeckImportPlan {
  id: string;
  name: string;
  /** A new deck; otherwise an existing deck is updated. */
  created: boolean;
  newCards: number;
  /** Cards already in the app whose text (or deck, tags, ...) the file changes. */
  updatedCards: number;
  unchangedCards: number;
  /** Of the updated cards, those that were in another deck and move to this one with their progress. */
  movedCards: number;
  /** Cards that arrive scheduled from the file (Anki packages), as ImportBundle.summary.withProgress counts them. */
  cardsWithProgress: number;
  /** Of those, cards studied in this app: the app's schedule is kept, the file's ignored. */
  progressKept: number;
  /** Of those, cards whose progress came from an earlier import: the file's newer schedule replaces it. */
  progressUpdated: number;
  /** Cards already in this deck that the file does not have: they stay. */
  keptCards: number;
}

export interface ImportPlan {
  fileName: string;
  kind: ImportKind;
  decks: DeckImportPlan[];
  /** Cards in the file. */
  cards: number;
  /** Review-log entries that will be added. */
  reviews: number;
  media: number;
  styles: number;
  warnings: ImportWarning[];
}

export interface ImportWrites {
  decks: DeckRecord[];
  cards: CardRecord[];
  schedules: ScheduleRecord[];
  /** New review-log entries (no id: the store numbers them). */
  newReviews: ReviewRecord[];
  /** Existing entries rewritten because their card moved deck. */
  movedReviews: ReviewRecord[];
  media: MediaFile[];
  styles: StyleRecord[];
}

/** Every card identity the bundle names before deck ids are decided (explicit ids, and `deckId/key` of decks with an id). */
export function knownCardIds(bundle: ImportBundle): string[] {
  return bundle.decks.flatMap((deck) =>
    deck.cards.flatMap((card) =>
      card.id !== undefined ? [card.id] : deck.id !== undefined ? [cardIdFor(deck.id, card.key)] : [],
    ),
  );
}

/**
 * Decides which deck id each imported deck gets (null for a deck without cards: nothing to store).
 * A deck with an id is that deck. A deck without one updates an existing deck only if every
 * card has a global id and all that already exist live in one deck with the same name;
 * otherwise it is a new deck, so a different deck that happens to share a name is never merged.
 */
export function resolveDeckIds(
  bundle: ImportBundle,
  decks: ReadonlyMap<string, DeckRecord>,
  cards: ReadonlyMap<string, CardRecord>,
  newDeckId: () => string,
): (string | null)[] {
  // Decks named by id in the file are claimed first, so a deck without an id, wherever it
  // stands in the file, never resolves to a deck that another deck of the file is updating.
  const claimed = new Set(
    bundle.decks.flatMap((deck) => (deck.id !== undefined && deck.cards.length > 0 ? [deck.id] : [])),
  );
  const fresh = () => {
    let id = newDeckId();
    while (decks.has(id) || claimed.has(id)) id = newDeckId();
    return id;
  };
  return bundle.decks.map((deck) => {
    if (deck.cards.length === 0) return null;
    let id: string | null = null;
    if (deck.id !== undefined) id = deck.id;
    else if (deck.cards.every((c) => c.id !== undefined)) {
      const homes = new Set(deck.cards.flatMap((c) => cards.get(c.id!)?.deckId ?? []));
      const [home] = homes;
      const existing = home !== undefined ? decks.get(home) : undefined;
      if (
        homes.size === 1 &&
        existing &&
        existing.name === deck.name &&
        existing.source === 'import' &&
        !claimed.has(existing.id)
      )
        id = existing.id;
    }
    id ??= fresh();
    claimed.add(id);
    return id;
  });
}

/**
 * A newer version of a package already imported keeps the media scope its cards have, so its
 * files replace the old ones in place instead of being stored a second time beside them.
 * Returns the scope each of the bundle's scopes is to be written under.
 */
function keepMediaScopes(bundle: ImportBundle, existing: ExistingData): (scope: string) => string {
  const votes = new Map<string, Map<string, number>>();
  for (const deck of bundle.decks) {
    for (const card of deck.cards) {
      const before = card.id !== undefined ? existing.cards.get(card.id)?.mediaScope : undefined;
      if (!card.mediaScope || !before || before === card.mediaScope) continue;
      const tally = votes.get(card.mediaScope) ?? new Map<string, number>();
      tally.set(before, (tally.get(before) ?? 0) + 1);
      votes.set(card.mediaScope, tally);
    }
  }
  const mapping = new Map<string, string>();
  for (const [scope, tally] of votes) mapping.set(scope, [...tally].sort((a, b) => b[1] - a[1])[0]![0]);
  return (scope) => mapping.get(scope) ?? scope;
}

/** Computes the plan and the exact records to write. Throws ImportError for a conflict with a built-in deck. */
export function computeImport(
  bundle: ImportBundle,
  existing: ExistingData,
  deckIds: (string | null)[],
  now: number,
): { plan: ImportPlan; writes: ImportWrites } {
  const writes: ImportWrites = {
    decks: [],
    cards: [],
    schedules: [],
    newReviews: [],
    movedReviews: [],
    media: [],
    styles: [],
  };
  const deckPlans: DeckImportPlan[] = [];
  const fail = (location: string, reason: string): never => {
    throw new ImportError(bundle.fileName, location, reason);
  };
  const isBuiltin = (deckId: string) => existing.decks.get(deckId)?.source === 'builtin';
  const scopeOf = keepMediaScopes(bundle, existing);

  bundle.decks.forEach((deck, d) => {
    const deckId = deckIds[d];
    if (deckId === null || deckId === undefined) return;
    const before = existing.decks.get(deckId);
    if (before?.source === 'builtin') {
      fail(
        `deck "${deck.name}"`,
        `its id "${deckId}" belongs to the built-in deck "${before.name}", which the app keeps up to date itself; give the deck another id to import it as your own`,
      );
    }
    writes.decks.push(deckRecord(deck, deckId, before, now));
    const plan: DeckImportPlan = {
      id: deckId,
      name: deck.name,
      created: !before,
      newCards: 0,
      updatedCards: 0,
      unchangedCards: 0,
      movedCards: 0,
      cardsWithProgress: 0,
      progressKept: 0,
      progressUpdated: 0,
      keptCards: 0,
    };
    const inFile = new Set<string>();

    deck.cards.forEach((card, order) => {
      const id = card.id ?? cardIdFor(deckId, card.key);
      inFile.add(id);
      const old = existing.cards.get(id);
      if (old && isBuiltin(old.deckId))
        fail(
          cardLocation(deck.name, order, card.key),
          `the card "${id}" belongs to a built-in deck and cannot be replaced by an import`,
        );
      const record = cardRecord(
        card.mediaScope ? { ...card, mediaScope: scopeOf(card.mediaScope) } : card,
        id,
        deckId,
        order,
        old,
        now,
      );
      const moved = old !== undefined && old.deckId !== deckId;
      if (!old) plan.newCards += 1;
      else if (sameContent(old, record)) plan.unchangedCards += 1;
      else plan.updatedCards += 1;
      if (moved) plan.movedCards += 1;
      if (!old || !sameContent(old, record) || old.order !== order) writes.cards.push(record);

      // Progress: a schedule made by studying in this app always wins over the file's. One that
      // came from an earlier import (no app review in its log) gives way to the file's if newer,
      // so studying on in Anki and importing again brings the card up to date.
      const schedule = existing.schedules.get(id);
      const log = existing.reviews.get(id) ?? [];
      // "With progress" means what the package summary means by it: the card arrives scheduled.
      // A card reset to new in Anki brings its history (reviews) but starts as new here.
      if (card.schedule !== undefined) plan.cardsWithProgress += 1;
      const studiedHere = log.some((r) => r.origin !== 'anki');
      if (
        card.schedule &&
        (!schedule || (!studiedHere && (card.schedule.lastReview ?? -Infinity) > (schedule.lastReview ?? -Infinity)))
      ) {
        if (schedule) plan.progressUpdated += 1;
        writes.schedules.push(scheduleRecord(card.schedule, id, deckId));
      } else if (schedule) {
        if (card.schedule && studiedHere) plan.progressKept += 1;
        if (moved) writes.schedules.push({ ...schedule, deckId });
      }

      // History: an entry already logged for this card at the same instant is the same review.
      if (moved) for (const review of log) writes.movedReviews.push({ ...review, deckId });
      const seen = new Set(log.map((r) => r.review));
      for (const review of card.reviews ?? []) {
        if (seen.has(review.review)) continue;
        seen.add(review.review);
        writes.newReviews.push(reviewRecord(review, id, deckId));
      }
    });

    plan.keptCards = (existing.deckCardIds.get(deckId) ?? []).filter((id) => !inFile.has(id)).length;
    deckPlans.push(plan);
  });

  for (const media of bundle.media ?? []) {
    const scope = scopeOf(media.scope);
    writes.media.push({ id: `${scope}/${media.name}`, scope, name: media.name, type: media.type, data: media.data });
  }
  for (const style of bundle.styles ?? []) writes.styles.push({ id: style.id, css: style.css });

  const plan: ImportPlan = {
    fileName: bundle.fileName,
    kind: bundle.kind,
    decks: deckPlans,
    cards: bundle.decks.reduce((n, deck) => n + deck.cards.length, 0),
    reviews: writes.newReviews.length,
    media: writes.media.length,
    styles: writes.styles.length,
    warnings: bundle.warnings ?? [],
  };
  return { plan, writes };
}
