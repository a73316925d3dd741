/**
 * Text imports (JSON decks, Anki "Notes in Plain Text", CSV/TSV, Quizlet). How a screen uses them:
 *
 * 1. `runTextImport(file.name, file, options, { onProgress })` -> `{ promise, cancel }`. Runs in
 *    a worker (main-thread slices where there is none); resolves a `TextImportPreview`, rejects
 *    with `ImportError` (file, location "line 14", reason) or an `AbortError` after `cancel()`.
 * 2. Show `preview.format` (detected unless `options.format`; Quizlet must be chosen), and for
 *    CSV `preview.csv`: `separator`, `hasHeader`, `columnNames`, `mapping` (0-based front, back,
 *    tags?, notes?, deck?); for Anki text `preview.anki` (separator, html). Show the first cards
 *    of `preview.bundle.decks` and `preview.bundle.warnings` (skipped rows, by line).
 * 3. A changed separator, header toggle, format or column mapping: open the file with
 *    `openTextImport(name, file, options, hooks)` instead of runTextImport, show `session.first`,
 *    then call `session.update(options)` with the whole option set (`mapping` with "None" as an
 *    explicit undefined): the worker re-maps the records it kept (no progress, no file read);
 *    a changed separator or format re-parses the text it kept. `session.close()` when the user
 *    imports, cancels or picks another file.
 * 4. Confirm: write `preview.bundle` (an ImportBundle) in one transaction.
 * `parseTextImport(fileName, text, options)` is the same in one synchronous call.
 */
export {
  parseTextImport,
  previewTextImport,
  previewTextImportInSlices,
  type TextImportOptions,
  type TextImportPreview,
} from './text-import';
export { runTextImport, type RunImportHooks, type RunningImport } from './run-import';
export { openTextImport, type TextImportSession } from './open-text-import';
export { detectTextFormat, type TextFormat } from './text-format';
export { buildCsvBundle, parseCsv, type CsvOptions, type CsvPreview } from './csv';
export { guessColumnMapping, type ColumnMapping } from './column-mapping';
export { parseAnkiText, type AnkiTextInfo } from './anki-text';
export { parseQuizlet, type QuizletOptions } from './quizlet';
export { parseJsonDeck } from './json-deck';
export { CSV_SEPARATORS, describeSeparator } from './separators';
export type { ImportBundle, ImportedCard, ImportedDeck } from '../domain/import-bundle';
