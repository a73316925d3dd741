/**
 * Editing and creating cards: a card's text (or, for a card made in the app, its note: every
 * card of the note follows), an app update to a built-in card the user edited (take it or keep
 * one's own), new notes (Basic, Basic and reversed, Cloze) and new decks. Every save is one
 * transaction; the card keeps its id, so its schedule and history stay with it.
 */
import {
  editCardText,
  keepUserEdit,
  takeAppUpdate,
  type CardTextInput,
  type CardTextProblem,
} from '../domain/card-edit';
import { createDeckRecord, deckNameProblem } from '../domain/deck-create';
import type { CardRecord, DeckRecord, ReviewRecord, ScheduleRecord } from '../domain/model';
import { createCardsFromNote, editNoteCards, type NoteInput, type NoteProblem } from '../domain/note-types';
import { loadCardsWithSchedules } from '../storage/card-reads';
import { addCards, addDeck, loadNoteCards, updateCards, writeNoteEdit } from '../storage/card-writes';
import { loadCardReviews } from '../storage/review-writes';
import type { AppServices } from './services';

/** A card opened for editing, with what the editor shows beside it. */
export interface EditableCard {
  card: CardRecord;
  schedule: ScheduleRecord | null;
  reviews: ReviewRecord[];
  deck: DeckRecord | undefined;
  /** For a card made in the app: every card of its note (edited together). */
  noteCards: CardRecord[];
}

export type SaveResult =
  | { ok: true; message: string }
  | { ok: false; problems: (CardTextProblem | NoteProblem)[] }
  /** The edit removes cloze numbers: these cards (and their history) go if the user confirms. */
  | { ok: false; confirmRemoval: CardRecord[] };

/** Random numbers for ids, from the platform's cryptographic source. */
function secureRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}

const cards = (n: number) => `${n} ${n === 1 ? 'card' : 'cards'}`;

export type CardEditor = ReturnType<typeof createCardEditor>;

/** Builds the editor's actions over the app's database, clock and shared state. */
export function createCardEditor({ db, clock, state }: Pick<AppServices, 'db' | 'clock' | 'state'>) {
  const deckOf = (id: string) => state.decks.value.find((d) => d.id === id);

  return {
    /** Reads a card to edit; undefined if there is no such card. */
    async open(cardId: string): Promise<EditableCard | undefined> {
      const [found] = await loadCardsWithSchedules(db, [cardId]);
      if (!found) return undefined;
      const [reviews, noteCards] = await Promise.all([
        loadCardReviews(db, cardId),
        found.card.note ? loadNoteCards(db, found.card.note.guid) : Promise.resolve([found.card]),
      ]);
      return { ...found, reviews, deck: deckOf(found.card.deckId), noteCards };
    },

    /**
     * Saves an edited card: its text (built-in cards remember the app's text they were edited
     * from) and its deck. Cards of the user's notes are saved through the note; removing a
     * cloze number needs `confirmRemoval` set.
     */
    async save(
      opened: EditableCard,
      input: CardTextInput & { deckId: string },
      options: { confirmRemoval?: boolean } = {},
    ): Promise<SaveResult> {
      const now = clock.now();
      const { card } = opened;
      if (card.note) {
        const note: NoteInput = { type: card.note.type, format: card.note.format, ...input };
        const edit = editNoteCards(opened.noteCards, note, { now, nextOrder: now });
        if (!edit.ok) return edit;
        if (edit.edit.orphaned.length > 0 && !options.confirmRemoval)
          return { ok: false, confirmRemoval: edit.edit.orphaned };
        await writeNoteEdit(db, { ...edit.edit, remove: edit.edit.orphaned.map((c) => c.id) });
        await state.reload();
        const { update, add, orphaned } = edit.edit;
        if (add.length === 0 && orphaned.length === 0) {
          const keep =
            update.length === 1 ? 'The card keeps its progress.' : `Its ${update.length} cards keep their progress.`;
          return { ok: true, message: `Saved. ${keep}` };
        }
        return {
          ok: true,
          message:
            `Saved ${cards(update.length)}` +
            (add.length > 0 ? `, added ${cards(add.length)}` : '') +
            (orphaned.length > 0 ? `, deleted ${cards(orphaned.length)}` : '') +
            '. Progress is kept.',
        };
      }
      const edited = editCardText(card, input, { now, builtin: opened.deck?.source === 'builtin' });
      if (!edited.ok) return edited;
      const next = { ...edited.card, deckId: input.deckId || card.deckId };
      await updateCards(db, [card.id], () => next);
      await state.reload();
      return { ok: true, message: 'Saved. The card keeps its progress.' };
    },

    /** Takes the app's new text for a built-in card the user had edited. */
    async takeUpdate(card: CardRecord): Promise<void> {
      await updateCards(db, [card.id], (stored) => takeAppUpdate(stored));
      await state.reload();
    },

    /** Keeps the user's text and sets the app's new text aside as seen. */
    async keepMine(card: CardRecord): Promise<void> {
      const now = clock.now();
      await updateCards(db, [card.id], (stored) => keepUserEdit(stored, now));
      await state.reload();
    },

    /** Makes the cards of a new note and adds them, in a new deck if `newDeckName` is given. */
    async add(note: NoteInput, newDeckName?: string): Promise<SaveResult & { deckId?: string }> {
      const now = clock.now();
      let deck: DeckRecord | undefined;
      if (newDeckName !== undefined) {
        const problem = deckNameProblem(
          newDeckName,
          state.decks.value.filter((d) => !d.retired).map((d) => d.name),
        );
        if (problem) return { ok: false, problems: [{ field: 'deck', message: problem }] };
        deck = createDeckRecord(newDeckName, now, secureRandom);
      }
      const made = createCardsFromNote(deck ? { ...note, deckId: deck.id } : note, {
        now,
        nextOrder: now,
        random: secureRandom,
      });
      if (!made.ok) return made;
      await addCards(db, made.cards, deck);
      await state.reload();
      const target = deck ?? deckOf(note.deckId);
      return {
        ok: true,
        deckId: deck?.id ?? note.deckId,
        message: `Added ${cards(made.cards.length)} to ${target?.name ?? 'the deck'}.`,
      };
    },

    /** Creates an empty deck; returns its id, or the problem with the name. */
    async createDeck(name: string): Promise<{ ok: true; deck: DeckRecord } | { ok: false; message: string }> {
      const problem = deckNameProblem(
        name,
        state.decks.value.filter((d) => !d.retired).map((d) => d.name),
      );
      if (problem) return { ok: false, message: problem };
      const deck = createDeckRecord(name, clock.now(), secureRandom);
      await addDeck(db, deck);
      await state.reload();
      return { ok: true, deck };
    },
  };
}
