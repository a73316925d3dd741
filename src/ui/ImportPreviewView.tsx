import type { ImportPreview, TextImportOptions, TextSource } from '../app/import-flow';
import { backIsWholeAnswer } from '../domain/card-sides';
import { plural } from '../domain/data-messages';
import type { CardRecord } from '../domain/model';
import { CardContent } from './CardContent';
import { CsvControls } from './CsvControls';

const PREVIEW_CARDS = 5;

/** What an import will write, before it does: the plan per deck, warnings, the first cards, and Import. */
export function ImportPreviewView({
  preview,
  source,
  onRetry,
  onConfirm,
  onCancel,
}: {
  preview: ImportPreview;
  source: TextSource | null;
  onRetry: (options: TextImportOptions) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { bundle, plan, text } = preview;
  const cards = bundle.decks.flatMap((deck) => deck.cards.map((card) => ({ deck, card })));
  const sample: CardRecord[] = cards.slice(0, PREVIEW_CARDS).map(({ card }, i) => ({
    id: `preview/${i}`,
    deckId: 'preview',
    key: card.key,
    front: card.front,
    back: card.back,
    format: card.format,
    tags: card.tags,
    order: i,
    // A card from an Anki note type keeps its note type, so its answer side shows as in Anki.
    ...(card.styleId !== undefined ? { styleId: card.styleId } : {}),
  }));
  const summary = bundle.summary;
  const csv = text?.csv;
  return (
    <div class="import-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview: {bundle.fileName}</h2>
      {bundle.kind === 'colpkg' ? (
        <p class="note">
          This is a whole Anki collection. Its decks are added beside your other decks; nothing you have is replaced.
        </p>
      ) : null}
      <ul class="plan-list">
        {plan.decks.map((deck) => (
          <li key={deck.id}>
            <strong>{deck.name}</strong>: {deck.created ? 'new deck' : 'updates your deck'},{' '}
            {plural(deck.newCards, 'new card')}
            {deck.updatedCards ? `, ${plural(deck.updatedCards, 'updated card')} (progress kept)` : ''}
            {deck.unchangedCards ? `, ${deck.unchangedCards} unchanged` : ''}
            {deck.cardsWithProgress ? `, ${plural(deck.cardsWithProgress, 'card')} with progress from Anki` : ''}
          </li>
        ))}
      </ul>
      {summary ? (
        <p class="hint">
          {plural(summary.notes, 'note')}, {plural(summary.cards, 'card')}, {summary.withProgress} with progress,{' '}
          {summary.suspended} suspended, {plural(summary.mediaFiles, 'media file')}
          {summary.missingMedia ? `, ${summary.missingMedia} missing` : ''}
          {summary.templateErrors ? `, ${summary.templateErrors} with template problems` : ''}.
        </p>
      ) : null}
      {csv && source ? (
        <CsvControls
          columnNames={csv.columnNames}
          separator={csv.separator}
          hasHeader={csv.hasHeader}
          mapping={csv.mapping}
          onChange={(change) =>
            onRetry({
              ...source.options,
              separator: csv.separator,
              hasHeader: csv.hasHeader,
              mapping: csv.mapping,
              ...change,
            })
          }
        />
      ) : null}
      {plan.warnings.length > 0 ? (
        <details class="warnings" open={plan.warnings.length <= 5}>
          <summary>{plural(plan.warnings.length, 'warning')}: rows skipped or things to check</summary>
          <ul>
            {plan.warnings.slice(0, 100).map((w, i) => (
              <li key={i}>{w.message.startsWith(w.location) ? w.message : `${w.location}: ${w.message}`}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <h3>First cards</h3>
      <ol class="preview-cards">
        {sample.map((card) => (
          <li key={card.id} class="preview-card">
            <CardContent card={card} side="front" />
            <hr />
            {/* An Anki answer side holds the question where its template says ({{FrontSide}}). */}
            <CardContent card={card} side="back" />
            {backIsWholeAnswer(card) ? <p class="hint">The answer side, as Anki shows it.</p> : null}
          </li>
        ))}
      </ol>
      <div class="action-bar">
        <button type="button" class="button primary" onClick={onConfirm} disabled={plan.cards === 0}>
          Import {plural(plan.cards, 'card')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
