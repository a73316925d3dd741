import type { TextImportOptions } from '../app/import-flow';

/** The CSV reader's choices, changeable on the preview: separator, header row, and which column is what. */
const SEPARATOR_CHOICES: [string, string][] = [
  [',', 'Comma'],
  [';', 'Semicolon'],
  ['\t', 'Tab'],
  ['|', 'Pipe'],
];

export function CsvControls({
  columnNames,
  separator,
  hasHeader,
  mapping,
  onChange,
}: {
  columnNames: string[];
  separator: string;
  hasHeader: boolean;
  mapping: { front: number; back: number; tags?: number; notes?: number; deck?: number };
  onChange: (change: TextImportOptions) => void;
}) {
  const column = (role: 'front' | 'back' | 'tags' | 'notes', label: string, optional: boolean) => (
    <div class="field">
      <label for={`map-${role}`}>{label}</label>
      <select
        id={`map-${role}`}
        value={mapping[role] === undefined ? '' : String(mapping[role])}
        onChange={(e) => {
          const value = (e.target as HTMLSelectElement).value;
          // Every role is sent, "None" as an explicit undefined, so a later change to another
          // column does not bring back the guess the user turned off.
          const explicit = {
            front: mapping.front,
            back: mapping.back,
            tags: mapping.tags,
            notes: mapping.notes,
            deck: mapping.deck,
          };
          onChange({ mapping: { ...explicit, [role]: value === '' ? undefined : Number(value) } });
        }}
      >
        {optional ? <option value="">None</option> : null}
        {columnNames.map((name, i) => (
          <option key={i} value={String(i)}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset class="csv-controls">
      <legend>Columns</legend>
      <div class="field">
        <label for="csv-separator">Separator</label>
        <select
          id="csv-separator"
          value={separator}
          onChange={(e) => onChange({ separator: (e.target as HTMLSelectElement).value, mapping: undefined })}
        >
          {SEPARATOR_CHOICES.map(([value, label]) => (
            <option key={label} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={hasHeader}
          onChange={(e) => onChange({ hasHeader: (e.target as HTMLInputElement).checked, mapping: undefined })}
        />
        The first row holds column names
      </label>
      {column('front', 'Front', false)}
      {column('back', 'Back', false)}
      {column('tags', 'Tags', true)}
      {column('notes', 'Notes', true)}
    </fieldset>
  );
}
