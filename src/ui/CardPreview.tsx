import type { CardRecord } from '../domain/model';
import { CardContent } from './CardContent';
import type { FieldValues } from './NoteFields';

/** How an HTML card will look with the text as typed: both sides, sanitized as every card is. */
export function CardPreview({ card, values }: { card: CardRecord; values: FieldValues }) {
  const shown: CardRecord = { ...card, front: values.front, back: values.back };
  return (
    <section class="card-preview" aria-labelledby="card-preview-heading">
      <h2 id="card-preview-heading">Preview</h2>
      <div class="card">
        <CardContent card={shown} side="front" />
        <hr />
        <CardContent card={shown} side="back" />
      </div>
    </section>
  );
}
