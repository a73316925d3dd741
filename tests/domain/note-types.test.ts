import { describe, expect, it } from 'vitest';
import { ankiCardIdToFileId, fileIdToAnkiCardId, parseAnkiCardId } from '../../src/domain/anki-identity';
import { guidForCard } from '../../src/domain/export-anki-text';
import { htmlToText } from '../../src/domain/html-text';
import {
  createCardsFromNote,
  createNoteGuid,
  editNoteCards,
  parseTagInput,
  validateNote,
  type NoteInput,
} from '../../src/domain/note-types';

/** A fixed pseudo-random sequence (a linear congruential generator), so ids are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const now = Date.UTC(2026, 5, 10, 12);
const context = (seed = 1) => ({ now, nextOrder: 40, random: seeded(seed) });
const note = (fields: Partial<NoteInput>): NoteInput => ({
  type: 'basic',
  deckId: 'deck-1',
  front: '',
  back: '',
  tags: '',
  format: 'text',
  ...fields,
});

function cardsOf(input: NoteInput, seed = 1) {
  const result = createCardsFromNote(input, context(seed));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.cards;
}

describe('note ids', () => {
  it('draws a 12-character guid from the random source: the same source gives the same id', () => {
    expect(createNoteGuid(seeded(7))).toBe(createNoteGuid(seeded(7)));
    expect(createNoteGuid(seeded(7))).not.toBe(createNoteGuid(seeded(8)));
    expect(createNoteGuid(seeded(7))).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(createNoteGuid(() => 0.999_999_999)).toBe('zzzzzzzzzzzz');
  });

  it('gives cards Anki-style ids that export to JSON and Anki text and come back the same', () => {
    const [front, reverse] = cardsOf(note({ type: 'basic-reversed', front: 'Q', back: 'A' }));
    const guid = createNoteGuid(seeded(1));
    expect(front!.id).toBe(`anki:${guid}:0`);
    expect(reverse!.id).toBe(`anki:${guid}:1`);
    expect(parseAnkiCardId(reverse!.id)).toEqual({ guid, ord: 1 });
    expect(fileIdToAnkiCardId(ankiCardIdToFileId(front!.id)!)).toBe(front!.id);
    expect(guidForCard(front!)).toBe(guid);
  });
});

describe('Basic and Basic (and reversed card)', () => {
  it('makes one card with the fields, tags, position and time given', () => {
    const [card, ...rest] = cardsOf(
      note({ front: 'What is an SLA?', back: 'A promise', notes: 'See ch. 3', tags: 'ops, sla  ops' }),
    );
    expect(rest).toEqual([]);
    expect(card).toMatchObject({
      deckId: 'deck-1',
      front: 'What is an SLA?',
      back: 'A promise',
      notes: 'See ch. 3',
      format: 'text',
      tags: ['ops', 'sla'],
      order: 40,
      addedAt: now,
      note: { type: 'basic', front: 'What is an SLA?', back: 'A promise', format: 'text' },
    });
  });

  it('adds the reversed card, asking the back', () => {
    const cards = cardsOf(note({ type: 'basic-reversed', front: 'chat', back: 'cat' }));
    expect(cards.map((c) => [c.front, c.back, c.order])).toEqual([
      ['chat', 'cat', 40],
      ['cat', 'chat', 41],
    ]);
  });
});

describe('Cloze', () => {
  it('makes one card per cloze number, hiding that cloze and showing the hint', () => {
    const cards = cardsOf(
      note({ type: 'cloze', front: '{{c1::Paris}} is the capital of {{c2::France::country}}.', back: 'Since 508' }),
    );
    expect(cards.map((c) => parseAnkiCardId(c.id)!.ord)).toEqual([0, 1]);
    const [first, second] = cards;
    expect(first!.format).toBe('html');
    // What the reader sees on each question.
    expect(htmlToText(first!.front).trim()).toBe('[...] is the capital of France.');
    expect(htmlToText(second!.front).trim()).toBe('Paris is the capital of [country].');
    expect(second!.back).toContain('<span class="cloze" data-ordinal="2">France</span>');
    expect(second!.back).toContain('Since 508');
  });

  it('shares a deletion between cards with c1,2 and skips numbers not used', () => {
    const cards = cardsOf(note({ type: 'cloze', front: '{{c1,3::both}} and {{c1::one}}' }));
    expect(cards.map((c) => parseAnkiCardId(c.id)!.ord)).toEqual([0, 2]);
  });

  it('escapes typed text, so "<" is shown and not read as HTML', () => {
    const [card] = cardsOf(note({ type: 'cloze', front: 'a < b means {{c1::less}}', notes: '<i>x</i>' }));
    expect(card!.back).toContain('a &lt; b means');
    expect(card!.notes).toContain('&lt;i&gt;x&lt;/i&gt;');
  });
});

describe('validation', () => {
  const messages = (input: NoteInput) => validateNote(input).map((p) => `${p.field}: ${p.message}`);

  it('refuses an empty front, in text or HTML', () => {
    expect(messages(note({ front: '  ', back: 'x' }))).toEqual(['front: The front is empty: write the question.']);
    expect(messages(note({ front: '<div><br></div>&nbsp;', format: 'html' }))).toHaveLength(1);
    expect(createCardsFromNote(note({ front: '' }), context())).toMatchObject({ ok: false });
  });

  it('refuses a reversed note with an empty back and a note without a deck', () => {
    expect(messages(note({ type: 'basic-reversed', front: 'q', deckId: '' }))).toEqual([
      'deck: Choose a deck for the new cards.',
      'back: The back is empty: the reversed card would ask an empty question.',
    ]);
    expect(messages(note({ front: 'q' }))).toEqual([]);
  });

  it('says what is wrong with a cloze text', () => {
    expect(messages(note({ type: 'cloze', front: 'No deletion here' }))[0]).toMatch(/has no cloze.*\{\{c1::answer\}\}/);
    expect(messages(note({ type: 'cloze', front: '{{c0::zero}}' }))[0]).toMatch(/start at 1/);
    expect(messages(note({ type: 'cloze', front: '{{c1::open and }} {{c2::never closed' }))[0]).toMatch(/not closed/);
    expect(messages(note({ type: 'cloze', front: '{{c1::}} and {{c2::x}}' }))[0]).toMatch(/Cloze 1 hides nothing/);
    expect(messages(note({ type: 'cloze', front: '' }))[0]).toMatch(/text is empty/);
  });

  it('reads tags as Anki does: spaces or commas, no repeats', () => {
    expect(parseTagInput(' ops,interview  Ops metrics::sla ')).toEqual(['ops', 'interview', 'metrics::sla']);
  });
});

describe('editing a note made in the app', () => {
  it('keeps ids and progress, adds a card for a new cloze and reports the removed one', () => {
    const original = cardsOf(note({ type: 'cloze', front: '{{c1::a}} {{c2::b}}', tags: 'x' }));
    const studied = original.map((c, i) => (i === 0 ? { ...c, suspended: true, flag: 3, order: 7 } : c));
    const result = editNoteCards(studied, note({ type: 'cloze', front: '{{c1::A}} {{c3::c}}', tags: 'y' }), {
      now: now + 1000,
      nextOrder: 90,
    });
    if (!result.ok) throw new Error('edit refused');
    const { update, add, orphaned } = result.edit;
    expect(update).toHaveLength(1);
    expect(update[0]).toMatchObject({ id: original[0]!.id, suspended: true, flag: 3, order: 7, tags: ['y'] });
    expect(update[0]!.back).toContain('A');
    expect(update[0]!.note?.front).toBe('{{c1::A}} {{c3::c}}');
    expect(add.map((c) => [parseAnkiCardId(c.id)!.ord, c.order, c.addedAt])).toEqual([[2, 90, now + 1000]]);
    expect(orphaned.map((c) => c.id)).toEqual([original[1]!.id]);
  });

  it('refuses an edit that leaves the note invalid', () => {
    const cards = cardsOf(note({ front: 'q' }));
    expect(editNoteCards(cards, note({ front: '' }), { now, nextOrder: 0 })).toMatchObject({ ok: false });
  });
});
