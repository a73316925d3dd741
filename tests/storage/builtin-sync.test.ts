import { describe, expect, it } from 'vitest';
import { editCardText, takeAppUpdate } from '../../src/domain/card-edit';
import { CardState } from '../../src/domain/model';
import { createCardsFromNote } from '../../src/domain/note-types';
import { syncBuiltinDecks } from '../../src/storage/builtin-sync';
import { addCards, updateCards } from '../../src/storage/card-writes';
import { openAppDb } from '../../src/storage/db';
import { writeGrade } from '../../src/storage/review-writes';
import { makeDeck } from '../helpers/app-fixture';

let n = 0;
const T = Date.UTC(2026, 10, 1);

describe('built-in decks across app versions', () => {
  it('loads the decks on first run', async () => {
    const db = await openAppDb(`sync-${n++}`);
    const report = await syncBuiltinDecks(db, [makeDeck('a', 3), makeDeck('b', 2)], T);
    expect(report.added).toBe(5);
    expect((await db.getAll('decks')).map((d) => d.name).sort()).toEqual(['a', 'b']);
    expect(await db.count('cards')).toBe(5);
  });

  it('an edited deck updates its cards by id, keeps their progress, and retires removed cards with their history', async () => {
    const db = await openAppDb(`sync-${n++}`);
    const v1 = makeDeck('a', 3);
    await syncBuiltinDecks(db, [v1], T);
    const schedule = {
      cardId: 'a/c2',
      deckId: 'a',
      due: T + 1,
      stability: 2,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: CardState.Review,
      lastReview: T,
    };
    await writeGrade(db, schedule, {
      cardId: 'a/c2',
      deckId: 'a',
      rating: 3,
      review: T,
      state: CardState.New,
      due: T + 1,
      stability: 2,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      before: null,
    });
    await writeGrade(
      db,
      { ...schedule, cardId: 'a/c3' },
      {
        cardId: 'a/c3',
        deckId: 'a',
        rating: 3,
        review: T,
        state: CardState.New,
        due: T + 1,
        stability: 2,
        difficulty: 5,
        elapsedDays: 0,
        lastElapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        before: null,
      },
    );

    // Version 2 of the app: card 2 reworded, card 3 removed, card 4 added, card 1 unchanged.
    const v2 = {
      ...v1,
      cards: [
        v1.cards[0]!,
        { ...v1.cards[1]!, back: 'a better answer' },
        { id: 'c4', front: 'new one', back: 'new answer', tags: ['t'] },
      ],
    };
    const report = await syncBuiltinDecks(db, [v2], T + 1000);
    expect(report).toEqual({ added: 1, updated: 1, retired: 1 });
    expect(await db.get('cards', 'a/c2')).toMatchObject({ back: 'a better answer' });
    expect(await db.get('schedules', 'a/c2')).toEqual(schedule);
    expect(await db.get('cards', 'a/c3')).toMatchObject({ retired: true });
    expect(await db.getAllFromIndex('reviews', 'by-card', 'a/c3')).toHaveLength(1);
    expect(await db.get('cards', 'a/c4')).toMatchObject({ front: 'new one' });
  });

  it('an unchanged deck is left alone, and a deck no longer shipped is hidden with its history kept', async () => {
    const db = await openAppDb(`sync-${n++}`);
    await syncBuiltinDecks(db, [makeDeck('a', 2), makeDeck('gone', 2)], T);
    expect(await syncBuiltinDecks(db, [makeDeck('a', 2), makeDeck('gone', 2)], T + 1)).toEqual({
      added: 0,
      updated: 0,
      retired: 0,
    });
    const report = await syncBuiltinDecks(db, [makeDeck('a', 2)], T + 2);
    expect(report.retired).toBe(2);
    expect(await db.get('decks', 'gone')).toMatchObject({ retired: true });
    expect(await db.count('cards')).toBe(4);
  });
});

describe('a built-in card the user edited, across app updates', () => {
  const deckV1 = () => makeDeck('a', 2);
  /** Version 2 of the app rewords card 1's back and notes. */
  const deckV2 = () => {
    const v1 = deckV1();
    return {
      ...v1,
      cards: [{ ...v1.cards[0]!, back: 'the app’s better answer', notes: 'new app note' }, v1.cards[1]!],
    };
  };

  async function editedInstall() {
    const db = await openAppDb(`sync-${n++}`);
    await syncBuiltinDecks(db, [deckV1()], T);
    const stored = (await db.get('cards', 'a/c1'))!;
    const edit = editCardText(
      stored,
      { front: 'My own question', back: 'My own answer', notes: 'my note', tags: 't mine' },
      { now: T + 10, builtin: true },
    );
    if (!edit.ok) throw new Error('the edit should be valid');
    await updateCards(db, ['a/c1'], () => edit.card);
    return db;
  }

  it("keeps the user's text when an update changes that card, and keeps the update's text aside", async () => {
    const db = await editedInstall();
    await syncBuiltinDecks(db, [deckV2()], T + 1000);
    const card = (await db.get('cards', 'a/c1'))!;
    expect(card).toMatchObject({
      front: 'My own question',
      back: 'My own answer',
      notes: 'my note',
      tags: ['t', 'mine'],
    });
    expect(card.appUpdate).toEqual({
      front: 'a question 1',
      back: 'the app’s better answer',
      notes: 'new app note',
      tags: ['t'],
    });
    // The card the user did not edit follows the app as before.
    expect((await db.get('cards', 'a/c2'))!.appUpdate).toBeUndefined();
  });

  it("the user can take the update's text: the card then follows the app again", async () => {
    const db = await editedInstall();
    await syncBuiltinDecks(db, [deckV2()], T + 1000);
    await updateCards(db, ['a/c1'], (card) => takeAppUpdate(card));
    const taken = (await db.get('cards', 'a/c1'))!;
    expect(taken).toMatchObject({ front: 'a question 1', back: 'the app’s better answer', notes: 'new app note' });
    expect(taken.userEdit).toBeUndefined();
    expect(taken.appUpdate).toBeUndefined();
    // A later update to the card now replaces it, as for any unedited card.
    const v3 = deckV2();
    v3.cards[0] = { ...v3.cards[0]!, back: 'version 3' };
    await syncBuiltinDecks(db, [v3], T + 2000);
    expect((await db.get('cards', 'a/c1'))!.back).toBe('version 3');
  });

  it('an update that leaves the edited card alone offers nothing', async () => {
    const db = await editedInstall();
    const v1 = deckV1();
    // Only card 2 changes in this version.
    await syncBuiltinDecks(db, [{ ...v1, cards: [v1.cards[0]!, { ...v1.cards[1]!, back: 'changed' }] }], T + 1000);
    const card = (await db.get('cards', 'a/c1'))!;
    expect(card.front).toBe('My own question');
    expect(card.appUpdate).toBeUndefined();
  });

  it("keeps the card's flag, burial, suspension, added date and note when it rewrites it", async () => {
    const db = await openAppDb(`sync-${n++}`);
    await syncBuiltinDecks(db, [deckV1()], T);
    const first = (await db.get('cards', 'a/c1'))!;
    expect(first.addedAt).toBe(T);
    const note = { type: 'basic' as const, format: 'text' as const, guid: 'g', front: 'x', back: 'y' };
    await updateCards(db, ['a/c1'], (card) => ({ ...card, flag: 3, buriedUntil: T + 5, suspended: true, note }));
    await syncBuiltinDecks(db, [deckV2()], T + 1000);
    expect(await db.get('cards', 'a/c1')).toMatchObject({
      back: 'the app’s better answer',
      flag: 3,
      buriedUntil: T + 5,
      suspended: true,
      addedAt: T,
      note,
    });
  });

  it('never retires a card the user added to a built-in deck', async () => {
    const db = await openAppDb(`sync-${n++}`);
    await syncBuiltinDecks(db, [deckV1()], T);
    const made = createCardsFromNote(
      { type: 'basic', deckId: 'a', front: 'Mine', back: 'Answer', tags: '', format: 'text' },
      { now: T, nextOrder: T, random: () => 0.5 },
    );
    if (!made.ok) throw new Error('the note should be valid');
    await addCards(db, made.cards);
    await syncBuiltinDecks(db, [deckV2()], T + 1000);
    expect((await db.get('cards', made.cards[0]!.id))!.retired).toBeUndefined();
  });
  it('a start that finds the decks as shipped writes nothing and takes no write lock; a changed or dropped deck still syncs', async () => {
    const db = await openAppDb(`sync-${n++}`);
    await syncBuiltinDecks(db, [makeDeck('a', 3), makeDeck('b', 2)], T);
    const modes: IDBTransactionMode[] = [];
    const transaction = db.transaction.bind(db);
    db.transaction = ((stores: never, mode?: IDBTransactionMode, options?: IDBTransactionOptions) => {
      modes.push(mode ?? 'readonly');
      return transaction(stores, mode, options);
    }) as typeof db.transaction;

    expect(await syncBuiltinDecks(db, [makeDeck('a', 3), makeDeck('b', 2)], T + 1)).toEqual({
      added: 0,
      updated: 0,
      retired: 0,
    });
    // A write lock here would hold up the study screen's first read while the app starts.
    expect(modes).not.toContain('readwrite');

    // The app ships a new version of "a" and no longer ships "b": both are brought in step.
    const report = await syncBuiltinDecks(db, [makeDeck('a', 4)], T + 2);
    expect(report).toEqual({ added: 1, updated: 0, retired: 2 });
    expect(modes).toContain('readwrite');
    expect((await db.get('decks', 'b'))?.retired).toBe(true);
  });
});
