import { describe, expect, it } from 'vitest';
import { exportAnkiText } from '../../src/domain/export-anki-text';
import { parseAnkiText } from '../../src/import/anki-text';
import { parseTextImport } from '../../src/import/text-import';
import { AWKWARD_TEXT_CARDS, makeCard } from './export-fixtures';

const OPS = { id: 'ops', name: 'Prep::Ops', description: '' };

describe('exportAnkiText', () => {
  it('writes the headers Anki reads: tab separator, html mode, guid, deck and tags columns', () => {
    const text = exportAnkiText([{ deck: OPS, cards: AWKWARD_TEXT_CARDS }]);
    const { info } = parseAnkiText(text, 'export.txt');
    expect(info.separator).toBe('\t');
    expect(info.separatorDetected).toBe(false);
    expect(info.headers).toMatchObject({ html: false, guidColumn: 1, deckColumn: 2, tagsColumn: 6 });
  });

  it('round-trips plain-text cards: same decks, sides, notes and tags; retired cards left out', () => {
    const text = exportAnkiText([{ deck: OPS, cards: AWKWARD_TEXT_CARDS }]);
    const bundle = parseTextImport('export.txt', text);
    expect(bundle.kind).toBe('anki-text');
    expect(bundle.warnings).toEqual([]);
    expect(bundle.decks.map((d) => d.name)).toEqual(['Prep::Ops']);
    const kept = AWKWARD_TEXT_CARDS.filter((c) => !c.retired);
    expect(
      bundle.decks[0]?.cards.map((c) => ({
        front: c.front,
        back: c.back,
        notes: c.notes,
        tags: c.tags,
        format: c.format,
      })),
    ).toEqual(kept.map((c) => ({ front: c.front, back: c.back, notes: c.notes, tags: c.tags, format: 'text' })));
  });

  it('keeps Anki guids, so Anki (and this app) update the notes on re-import', () => {
    const fromAnki = makeCard('d', 'k3#Qz)w_8{', 0, {
      id: 'anki:k3#Qz)w_8{:0',
      front: '<b>Q</b>',
      back: 'A',
      format: 'html',
    });
    const text = exportAnkiText([{ deck: OPS, cards: [fromAnki] }]);
    expect(text).toContain('\nk3#Qz)w_8{\t');
    expect(parseTextImport('export.txt', text).decks[0]?.cards[0]?.id).toBe('anki:k3#Qz)w_8{:0');
  });

  it('quotes a guid that starts with "#", which Anki would otherwise read as a comment', () => {
    const card = makeCard('d', 'x', 0, { id: 'anki:#abc:0', front: 'q', back: 'a' });
    const bundle = parseTextImport('export.txt', exportAnkiText([{ deck: OPS, cards: [card] }]));
    expect(bundle.decks[0]?.cards[0]?.id).toBe('anki:#abc:0');
  });

  it('writes HTML mode when any card is HTML, turning text cards into equivalent HTML', () => {
    const cards = [
      makeCard('d', 'h', 0, { front: '<i>html</i>', back: 'b', format: 'html' }),
      makeCard('d', 't', 1, { front: 'a < b\nnext', back: 'b' }),
    ];
    const bundle = parseTextImport('export.txt', exportAnkiText([{ deck: OPS, cards }]));
    expect(bundle.decks[0]?.cards.map((c) => [c.format, c.front])).toEqual([
      ['html', '<i>html</i>'],
      ['html', 'a &lt; b<br>next'],
    ]);
  });

  it('exports several decks into one file that splits back into the same decks', () => {
    const a = {
      deck: { id: 'a', name: 'A', description: '' },
      cards: [makeCard('a', '1', 0, { front: 'qa', back: 'aa' })],
    };
    const b = {
      deck: { id: 'b', name: 'A::B', description: '' },
      cards: [makeCard('b', '1', 0, { front: 'qb', back: 'ab' })],
    };
    const bundle = parseTextImport('export.txt', exportAnkiText([a, b]));
    expect(bundle.decks.map((d) => [d.name, d.cards[0]?.front])).toEqual([
      ['A', 'qa'],
      ['A::B', 'qb'],
    ]);
  });
});
