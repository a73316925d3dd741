import { describe, expect, it } from 'vitest';
import { exportDeckFile, exportDeckJson } from '../../src/domain/export-json';
import { validateDeckFile } from '../../src/domain/validate-deck';
import { parseTextImport } from '../../src/import/text-import';
import { AWKWARD_TEXT_CARDS, makeCard } from './export-fixtures';

const OPS = { id: 'ops', name: 'Product ops', description: 'Interview prep' };

describe('exportDeckJson', () => {
  it('writes a file the deck validator accepts', () => {
    const file = exportDeckFile({ deck: OPS, cards: AWKWARD_TEXT_CARDS });
    expect(() => validateDeckFile(JSON.parse(JSON.stringify(file)), 'export.json')).not.toThrow();
  });

  it('round-trips through the JSON importer: same deck id, card keys, sides, tags and notes', () => {
    const bundle = parseTextImport('export.json', exportDeckJson({ deck: OPS, cards: AWKWARD_TEXT_CARDS }));
    const [deck] = bundle.decks;
    expect(deck).toMatchObject({ id: 'ops', name: 'Product ops', description: 'Interview prep' });
    const kept = AWKWARD_TEXT_CARDS.filter((c) => !c.retired);
    expect(
      deck?.cards.map((c) => ({
        key: c.key,
        front: c.front,
        back: c.back,
        tags: c.tags,
        notes: c.notes,
        format: c.format,
      })),
    ).toEqual(
      kept.map((c) => ({ key: c.key, front: c.front, back: c.back, tags: c.tags, notes: c.notes, format: 'text' })),
    );
  });

  it('derives valid ids when the stored ones do not fit the format (Anki guids, generated deck ids)', () => {
    const cards = [
      makeCard('x', 'k3#Qz)w_8{', 0, { id: 'anki:k3#Qz)w_8{:0', front: '<b>Q</b>', back: 'A', format: 'html' }),
      makeCard('x', 'plain', 1, { front: 'text & more', back: 'B' }),
    ];
    const file = exportDeckFile({ deck: { id: 'Deck_42 (imported)', name: 'Anki: Ops', description: '' }, cards });
    const valid = validateDeckFile(JSON.parse(JSON.stringify(file)), 'export.json');
    expect(valid.id).toBe('anki-ops');
    expect(valid.format).toBe('html');
    expect(valid.cards.map((c) => c.front)).toEqual(['<b>Q</b>', 'text &amp; more']);
  });
});
