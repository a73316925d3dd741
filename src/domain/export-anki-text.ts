/**
 * Cards as Anki "Notes in Plain Text" (guide §4.3), for File > Import in Anki: tab separated,
 * columns guid, deck, front, back, [notes], tags, and the headers that say so. No `#notetype`:
 * Anki then uses the note type picked in its import dialog (Basic's name differs by language).
 */
import { parseAnkiCardId } from './anki-identity';
import Papa from 'papaparse';
import type { CardRecord, DeckRecord } from './model';
import { escapeHtml } from './plain-text';

/** One deck and its cards, as the exporters take them. */
export interface DeckExport {
  deck: Pick<DeckRecord, 'id' | 'name' | 'description' | 'interview'>;
  cards: CardRecord[];
}

/** Plain text as HTML that shows the same: escaped, line breaks kept. */
export function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\r\n?|\n/g, '<br>');
}

/**
 * The guid Anki will match on: the note's guid for a note's first card that came from Anki
 * (a further card type of the same note gets its own, so it is not merged into the first),
 * else the card id.
 */
export function guidForCard(card: CardRecord): string {
  const anki = parseAnkiCardId(card.id);
  if (!anki) return card.id;
  return anki.ord === 0 ? anki.guid : `${anki.guid}:${anki.ord}`;
}

/** Exports decks as one Anki plain-text file; HTML mode unless every card is plain text. */
export function exportAnkiText(decks: DeckExport[]): string {
  const entries = decks.flatMap(({ deck, cards }) =>
    cards
      .filter((card) => !card.retired)
      .sort((a, b) => a.order - b.order)
      .map((card) => ({ deck, card })),
  );
  const html = entries.some(({ card }) => card.format === 'html');
  const withNotes = entries.some(({ card }) => (card.notes ?? '').trim() !== '');
  const side = (card: CardRecord, value: string): string =>
    html && card.format === 'text' ? textToHtml(value) : value;
  const rows = entries.map(({ deck, card }) => [
    guidForCard(card),
    deck.name,
    side(card, card.front),
    side(card, card.back),
    ...(withNotes ? [side(card, card.notes ?? '')] : []),
    card.tags.join(' '),
  ]);
  const tagsColumn = withNotes ? 6 : 5;
  const headers = ['#separator:tab', `#html:${html}`, '#guid column:1', '#deck column:2', `#tags column:${tagsColumn}`];
  const body = Papa.unparse(rows, {
    delimiter: '\t',
    newline: '\n',
    // Anki reads a line that starts with "#" as a comment: such a field must be quoted.
    quotes: (value: unknown) => typeof value === 'string' && value.startsWith('#'),
    escapeFormulae: false,
  });
  return `${headers.join('\n')}\n${body}\n`;
}
