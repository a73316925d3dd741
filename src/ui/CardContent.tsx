import type { CardRecord } from '../domain/model';
import { plainTextToHtml } from '../domain/plain-text';
import { sanitizeCardHtml } from './sanitize-html';

interface Props {
  card: CardRecord;
  side: 'front' | 'back';
}

/** One side of a card. Text is escaped; HTML (imported decks) is sanitized before it reaches the page. */
export function CardContent({ card, side }: Props) {
  const source = side === 'front' ? card.front : card.back;
  const html = card.format === 'html' ? sanitizeCardHtml(source) : plainTextToHtml(source);
  // Safe: the HTML above is either fully escaped text or DOMPurify's output.
  return <div class={`card-content card-${side}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
