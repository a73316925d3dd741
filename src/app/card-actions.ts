/**
 * What can be done to cards by id, from Browse now and from the study screen later (one card):
 * suspend, bury, flag, change deck, add or remove a tag, reset progress, delete. Each action
 * writes in one transaction, refreshes the shared state (Home's counts, the study queue) and
 * returns how to undo it: the fields it changed as they were, or, for a delete, the cards with
 * their schedules and whole history.
 */
import { buryUntil } from '../domain/card-status';
import {
  applyPatch,
  describeChange,
  describeDelete,
  describeForget,
  inversePatch,
  patchFor,
  type CardChange,
  type CardPatch,
} from '../domain/card-changes';
import { FLAGS } from '../domain/flags';
import {
  deleteCardsWithHistory,
  removeSchedules,
  restoreCards,
  updateCards,
  writeCardChanges,
} from '../storage/card-writes';
import type { AppServices } from './services';

/** A done action: what it did, and how to take it back. */
export interface Undoable {
  message: string;
  /** Takes the action back; resolves with what was undone. */
  undo(): Promise<string>;
}

export type CardActions = ReturnType<typeof createCardActions>;

/** Builds the card actions over the app's database, clock and shared state. */
export function createCardActions({ db, clock, state }: Pick<AppServices, 'db' | 'clock' | 'state'>) {
  /** Applies `change` to the cards, keeping each changed card's old fields for undo. */
  async function change(ids: readonly string[], what: CardChange): Promise<Undoable> {
    const before = new Map<string, CardPatch>();
    const changed = await updateCards(db, ids, (card) => {
      const patch = patchFor(card, what);
      if (!patch) return null;
      before.set(card.id, inversePatch(card, patch));
      return applyPatch(card, patch);
    });
    await state.reload();
    const names = {
      deck: what.kind === 'deck' ? state.decks.value.find((d) => d.id === what.deckId)?.name : undefined,
      flag: what.kind === 'flag' && what.flag > 0 ? FLAGS[what.flag - 1]!.name.toLowerCase() : undefined,
    };
    const message = describeChange(what, changed, names);
    return {
      message,
      async undo() {
        await updateCards(db, [...before.keys()], (card) => applyPatch(card, before.get(card.id)!));
        await state.reload();
        return `Undone: ${message}`;
      },
    };
  }

  return {
    change,
    suspend: (ids: readonly string[]) => change(ids, { kind: 'suspend' }),
    unsuspend: (ids: readonly string[]) => change(ids, { kind: 'unsuspend' }),
    /** Hides the cards until the next study day starts, as Anki's "bury". */
    bury(ids: readonly string[]) {
      const at = clock.now();
      return change(ids, {
        kind: 'bury',
        until: buryUntil(at, state.settings.value.dayStartHour, clock.utcOffsetMinutes(at)),
      });
    },
    unbury: (ids: readonly string[]) => change(ids, { kind: 'unbury' }),

    /** Resets the cards to new; their review history stays. */
    async forget(ids: readonly string[]): Promise<Undoable> {
      const removed = await removeSchedules(db, ids);
      await state.reload();
      const message = describeForget(removed.length);
      return {
        message,
        async undo() {
          await writeCardChanges(db, { schedules: removed });
          await state.reload();
          return `Undone: ${message}`;
        },
      };
    },

    /** Deletes the cards with their progress and history; undo brings all of it back. */
    async remove(ids: readonly string[]): Promise<Undoable> {
      const snapshot = await deleteCardsWithHistory(db, ids);
      await state.reload();
      const message = describeDelete(snapshot.cards.length, snapshot.reviews.length);
      return {
        message,
        async undo() {
          await restoreCards(db, snapshot);
          await state.reload();
          return `Undone: ${message}`;
        },
      };
    },
  };
}
