import { useEffect, useState } from 'preact/hooks';
import { backIsWholeAnswer } from '../domain/card-sides';
import type { CardRecord } from '../domain/model';
import { CardContent } from './CardContent';

/**
 * The card being studied: the question, then the answer. A card from an Anki note type shows
 * its back alone once revealed (the back places the question itself, via {{FrontSide}});
 * other cards show the answer under the question. A type-in answer's text is kept here, from
 * the box on the question to the comparison on the answer.
 */
export function StudyCard({ card, revealed, onReveal }: { card: CardRecord; revealed: boolean; onReveal: () => void }) {
  const [typed, setTyped] = useState('');
  useEffect(() => setTyped(''), [card.id]);
  const typeIn = { value: typed, onChange: setTyped, onSubmit: onReveal };

  if (backIsWholeAnswer(card)) {
    // One box that turns from question to answer: the question stays until the answer is ready.
    return (
      <div class="answer" aria-live="polite">
        {revealed ? <h2 class="visually-hidden">Answer</h2> : null}
        <CardContent card={card} side={revealed ? 'back' : 'front'} withNotes={revealed} typeIn={typeIn} />
      </div>
    );
  }
  return (
    <>
      <CardContent card={card} side="front" typeIn={typeIn} />
      <div class="answer" aria-live="polite">
        {revealed ? (
          <>
            <hr />
            <h2 class="visually-hidden">Answer</h2>
            <CardContent card={card} side="back" withNotes typeIn={typeIn} />
          </>
        ) : null}
      </div>
    </>
  );
}
