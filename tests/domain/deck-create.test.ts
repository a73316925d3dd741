import { describe, expect, it } from 'vitest';
import { insertCloze } from '../../src/domain/cloze-insert';
import { createDeckRecord, deckNameProblem } from '../../src/domain/deck-create';
import { validateDeckFile } from '../../src/domain/validate-deck';

describe('a new deck', () => {
  it('checks its name: not empty, no empty part, not taken (case aside)', () => {
    expect(deckNameProblem('  ', [])).toBe('Give the deck a name.');
    expect(deckNameProblem('Ops:: ', [])).toMatch(/empty part/);
    expect(deckNameProblem('interview', ['Interview'])).toBe('There is already a deck named "interview".');
    expect(deckNameProblem('Interview :: My cards', ['Interview'])).toBeNull();
  });

  it('gets an id in the deck format’s shape, so it exports and re-imports under the same id', () => {
    let i = 0;
    const random = () => (i++ % 10) / 10;
    const deck = createDeckRecord(' Interview :: Mes cartes  é ', 1000, random);
    expect(deck).toMatchObject({ name: 'Interview::Mes cartes é', source: 'import', createdAt: 1000, description: '' });
    expect(deck.id).toMatch(/^interview-mes-cartes-e-[a-z0-9]{6}$/);
    const file = validateDeckFile(
      { id: deck.id, name: deck.name, cards: [{ id: 'a', front: 'Q', back: 'A' }] },
      'deck.json',
    );
    expect(file.id).toBe(deck.id);
  });
});

describe('the Cloze button', () => {
  it('wraps the selection in the next cloze number and puts the caret after it', () => {
    expect(insertCloze('Paris is in France', 12, 18)).toEqual({ text: 'Paris is in {{c1::France}}', caret: 24 });
    expect(insertCloze('{{c1::Paris}} is in France', 20, 26)).toEqual({
      text: '{{c1::Paris}} is in {{c2::France}}',
      caret: 32,
    });
    expect(insertCloze('abc', 3, 3)).toEqual({ text: 'abc{{c1::}}', caret: 9 });
  });
});
