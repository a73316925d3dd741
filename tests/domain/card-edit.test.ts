import { describe, expect, it } from 'vitest';
import { editCardText, keepUserEdit, mergeShippedCard, takeAppUpdate, textOf } from '../../src/domain/card-edit';
import type { CardRecord } from '../../src/domain/model';

const T = Date.UTC(2026, 4, 1);
const shipped = (fields: Partial<CardRecord> = {}): CardRecord => ({
  id: 'd/c1',
  deckId: 'd',
  key: 'c1',
  front: 'What is a RACI?',
  back: 'Responsible, Accountable, Consulted, Informed',
  format: 'text',
  tags: ['ops'],
  order: 0,
  ...fields,
});
const input = (front: string, back = 'B', notes = '', tags = 'ops') => ({ front, back, notes, tags });

describe('editing a card by hand', () => {
  it('writes front, back, notes and tags, and keeps the id and every mark', () => {
    const card = shipped({ flag: 2, suspended: true, addedAt: T, buriedUntil: T + 1 });
    const result = editCardText(card, input('Q2', 'A2', 'why', 'ops, interview'), { now: T, builtin: false });
    expect(result).toEqual({
      ok: true,
      card: { ...card, front: 'Q2', back: 'A2', notes: 'why', tags: ['ops', 'interview'] },
    });
  });

  it('refuses an empty side, naming the field', () => {
    const result = editCardText(shipped(), input('  ', ''), { now: T, builtin: false });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'front', message: 'The front is empty: write the question.' },
        { field: 'back', message: 'The back is empty: write the answer.' },
      ],
    });
  });

  it('reads an HTML side as text to see whether it is empty', () => {
    const card = shipped({ format: 'html' });
    const result = editCardText(card, input('<div><br></div>', '<b>A</b>'), { now: T, builtin: false });
    expect(result.ok).toBe(false);
  });

  it('a built-in card remembers the text it was edited from; edited back to it, it follows the app again', () => {
    const card = shipped();
    const once = editCardText(card, input('Mine'), { now: T, builtin: true });
    if (!once.ok) throw new Error('valid');
    expect(once.card.userEdit).toEqual({ at: T, base: textOf(card) });
    const twice = editCardText(once.card, input('Mine again'), { now: T + 1, builtin: true });
    if (!twice.ok) throw new Error('valid');
    expect(twice.card.userEdit).toEqual({ at: T + 1, base: textOf(card) });
    const back = editCardText(twice.card, { ...textOf(card), notes: '', tags: 'ops' }, { now: T + 2, builtin: true });
    if (!back.ok) throw new Error('valid');
    expect(back.card.userEdit).toBeUndefined();
  });
});

describe('an app update to a built-in card', () => {
  const edited = () => {
    const result = editCardText(shipped(), input('Mine', 'My answer'), { now: T, builtin: true });
    if (!result.ok) throw new Error('valid');
    return result.card;
  };

  it('replaces an unedited card, keeping the marks the user set', () => {
    const before = shipped({ flag: 1, suspended: true, buriedUntil: T, addedAt: T - 5 });
    expect(mergeShippedCard(before, shipped({ back: 'new' }), T + 9)).toEqual({
      ...shipped({ back: 'new' }),
      flag: 1,
      suspended: true,
      buriedUntil: T,
      addedAt: T - 5,
    });
  });

  it('stamps a card shipped for the first time with when it was added', () => {
    expect(mergeShippedCard(undefined, shipped(), T)).toEqual({ ...shipped(), addedAt: T });
  });

  it("keeps the user's text and sets the update's text aside", () => {
    const merged = mergeShippedCard(edited(), shipped({ back: 'The app’s new answer' }), T + 9);
    expect(merged).toMatchObject({ front: 'Mine', back: 'My answer' });
    expect(merged.appUpdate).toEqual({ front: 'What is a RACI?', back: 'The app’s new answer', tags: ['ops'] });
  });

  it('offers nothing when the shipped text did not change from what the user edited', () => {
    const merged = mergeShippedCard(edited(), shipped(), T + 9);
    expect(merged).toMatchObject({ front: 'Mine', back: 'My answer' });
    expect(merged.appUpdate).toBeUndefined();
  });

  it('taking the update shows it and drops the edit; keeping mine sets it aside as seen', () => {
    const merged = mergeShippedCard(edited(), shipped({ back: 'New' }), T + 9);
    const taken = takeAppUpdate(merged);
    expect(taken).toMatchObject({ front: 'What is a RACI?', back: 'New' });
    expect(taken.userEdit).toBeUndefined();
    expect(taken.appUpdate).toBeUndefined();
    const kept = keepUserEdit(merged, T + 10);
    expect(kept).toMatchObject({ front: 'Mine', back: 'My answer' });
    expect(kept.appUpdate).toBeUndefined();
    // The same shipped text again offers nothing; a newer one is offered.
    expect(mergeShippedCard(kept, shipped({ back: 'New' }), T + 11).appUpdate).toBeUndefined();
    expect(mergeShippedCard(kept, shipped({ back: 'Newer' }), T + 11).appUpdate?.back).toBe('Newer');
  });
});
