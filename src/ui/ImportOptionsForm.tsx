import type { TextImportOptions } from '../app/import-flow';

const TERM_SEPARATORS: [string, string][] = [
  ['\t', 'Tab'],
  [',', 'Comma'],
];
const ROW_SEPARATORS: [string, string][] = [
  ['\n', 'New line'],
  [';', 'Semicolon'],
];

/** How to read a text file: detected, or chosen (Quizlet exports cannot be told from TSV). */
export function ImportOptionsForm({
  options,
  onChange,
}: {
  options: TextImportOptions;
  onChange: (o: TextImportOptions) => void;
}) {
  const quizlet = options.format === 'quizlet';
  const term = options.quizlet?.termSeparator ?? '\t';
  const row = options.quizlet?.rowSeparator ?? '\n';
  const setQuizlet = (change: { termSeparator?: string; rowSeparator?: string }) =>
    onChange({ ...options, quizlet: { termSeparator: term, rowSeparator: row, ...change } });
  const separatorField = (
    id: string,
    label: string,
    value: string,
    choices: [string, string][],
    set: (v: string) => void,
  ) => {
    const custom = !choices.some(([v]) => v === value);
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <select
          id={id}
          value={custom ? 'custom' : value}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            set(v === 'custom' ? '' : v);
          }}
        >
          {choices.map(([v, name]) => (
            <option key={name} value={v}>
              {name}
            </option>
          ))}
          <option value="custom">Custom…</option>
        </select>
        {custom ? (
          <input
            aria-label={`${label}: custom text`}
            value={value}
            onInput={(e) => set((e.target as HTMLInputElement).value)}
            placeholder="e.g. ---"
          />
        ) : null}
      </div>
    );
  };
  return (
    <details class="import-options">
      <summary>Text file options</summary>
      <div class="field">
        <label for="import-format">Format</label>
        <select
          id="import-format"
          value={options.format ?? ''}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            onChange({ ...options, format: v === '' ? undefined : (v as TextImportOptions['format']) });
          }}
        >
          <option value="">Detect automatically</option>
          <option value="csv">CSV or TSV spreadsheet</option>
          <option value="anki-text">Anki text export</option>
          <option value="quizlet">Quizlet export</option>
          <option value="json">PrepDeck JSON deck</option>
        </select>
      </div>
      {quizlet ? (
        <>
          {separatorField('quizlet-term', 'Between term and definition', term, TERM_SEPARATORS, (v) =>
            setQuizlet({ termSeparator: v }),
          )}
          {separatorField('quizlet-row', 'Between rows', row, ROW_SEPARATORS, (v) => setQuizlet({ rowSeparator: v }))}
        </>
      ) : null}
      <div class="field">
        <label for="import-deck-name">Deck name (default: the file name)</label>
        <input
          id="import-deck-name"
          value={options.deckName ?? ''}
          onInput={(e) => {
            const v = (e.target as HTMLInputElement).value;
            onChange({ ...options, deckName: v.trim() === '' ? undefined : v });
          }}
        />
      </div>
    </details>
  );
}
