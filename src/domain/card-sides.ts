/** How a card's two sides are shown, as the app that made the card shows them. */
import type { CardRecord } from './model';

/**
 * True when the back is the whole answer side, question included where its template says
 * (`{{FrontSide}}`), as Anki renders it: such a card shows the back alone once revealed.
 * Cards rendered from an Anki note type carry its stylesheet (styleId); every other card's
 * back is only the answer, shown under the question.
 */
export function backIsWholeAnswer(card: Pick<CardRecord, 'styleId' | 'format'>): boolean {
  return card.format === 'html' && card.styleId !== undefined;
}
