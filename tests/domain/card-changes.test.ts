import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  cleanTag,
  describeChange,
  inversePatch,
  patchFor,
  type CardChange,
} from '../../src/domain/card-changes';
import type { CardRecord } from '../../src/domain/model';

const card = (fields: Partial<CardRecord> = {}): CardRecord => ({
  id: 'd/1',
  deckId: 'd',
  key: '1',
  front: 'Q',
  back: 'A',
  format: 'text',
  tags: ['ops', 'Director'],
  order: 0,
  ...fields,
});

const CHANGES: CardChange[] = [
  { kind: 'suspend' },
  { kind: 'unsuspend' },
  { kind: 'bury', until: 99 },
  { kind: 'unbury' },
  { kind: 'flag', flag: 3 },
  { kind: 'flag', flag: 0 },
  { kind: 'deck', deckId: 'other' },
  { kind: 'add-tag', tag: 'new' },
  { kind: 'remove-tag', tag: 'director' },
];

describe('bulk card changes', () => {
  it('each change sets its field, and its inverse takes the card back exactly', () => {
    for (const start of [card(), card({ suspended: true, buriedUntil: 5, flag: 1 })]) {
      for (const change of CHANGES) {
        const patch = patchFor(start, change);
        if (!patch) continue;
        const changed = applyPatch(start, patch);
        expect(applyPatch(changed, inversePatch(start, patch)), `${change.kind} on ${JSON.stringify(start)}`).toEqual(
          start,
        );
      }
    }
  });

  it('says what it does to a card, and leaves a card that already is that way', () => {
    expect(applyPatch(card(), patchFor(card(), { kind: 'suspend' })!)).toEqual(card({ suspended: true }));
    expect(patchFor(card({ suspended: true }), { kind: 'suspend' })).toBeNull();
    expect(applyPatch(card({ suspended: true }), patchFor(card({ suspended: true }), { kind: 'unsuspend' })!)).toEqual(
      card(),
    );
    expect(applyPatch(card({ flag: 2 }), patchFor(card({ flag: 2 }), { kind: 'flag', flag: 0 })!)).toEqual(card());
    expect(patchFor(card(), { kind: 'add-tag', tag: 'OPS' })).toBeNull();
    expect(patchFor(card(), { kind: 'remove-tag', tag: 'director' })).toEqual({ tags: ['ops'] });
    expect(patchFor(card(), { kind: 'bury', until: 7 })).toEqual({ buriedUntil: 7 });
  });

  it('tells the user what was done', () => {
    expect(describeChange({ kind: 'suspend' }, 3)).toBe('Suspended 3 cards.');
    expect(describeChange({ kind: 'bury', until: 1 }, 1)).toBe('Buried 1 card until tomorrow.');
    expect(describeChange({ kind: 'flag', flag: 1 }, 2, { flag: 'red' })).toBe('Flagged 2 cards red.');
    expect(describeChange({ kind: 'deck', deckId: 'x' }, 1200, { deck: 'Ops' })).toBe('Moved 1,200 cards to Ops.');
    expect(describeChange({ kind: 'suspend' }, 0)).toBe('Nothing to change: the cards already were that way.');
    expect(cleanTag('  my tag ')).toBe('my_tag');
    expect(cleanTag('   ')).toBeNull();
  });
});
