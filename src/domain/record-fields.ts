/**
 * The field checker shared by the backup validator and the import bundle's last check: each
 * record's fields against their kinds, failing with the first wrong field named.
 */

/** Where a record is: e.g. "backup.json, cards[12]". */
export type Fail = (location: string, reason: string) => never;

export type FieldKind =
  | 'text'
  | 'text?'
  | 'name'
  | 'name?'
  | 'number'
  | 'number?'
  | 'number|null'
  | 'boolean?'
  | 'texts'
  | 'format'
  | 'state'
  | 'grade'
  | 'origin?'
  | 'source';

const EXPECTED: Record<FieldKind, string> = {
  text: 'a text',
  'text?': 'a text',
  name: 'a non-empty text',
  'name?': 'a non-empty text',
  number: 'a number',
  'number?': 'a number',
  'number|null': 'a number or null',
  'boolean?': 'true or false',
  texts: 'a list of texts',
  format: '"text" or "html"',
  state: 'a card state (0 to 3)',
  grade: 'a grade (1 to 4)',
  'origin?': '"app" or "anki"',
  source: '"builtin" or "import"',
};

function fits(kind: FieldKind, value: unknown): boolean {
  const optional = kind.endsWith('?');
  if (optional && value === undefined) return true;
  switch (kind) {
    case 'text':
    case 'text?':
      return typeof value === 'string';
    case 'name':
    case 'name?':
      return typeof value === 'string' && value.trim() !== '';
    case 'number':
    case 'number?':
      return typeof value === 'number' && Number.isFinite(value);
    case 'number|null':
      return value === null || (typeof value === 'number' && Number.isFinite(value));
    case 'boolean?':
      return typeof value === 'boolean';
    case 'texts':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'format':
      return value === 'text' || value === 'html';
    case 'state':
      return value === 0 || value === 1 || value === 2 || value === 3;
    case 'grade':
      return value === 1 || value === 2 || value === 3 || value === 4;
    case 'origin?':
      return value === 'app' || value === 'anki';
    case 'source':
      return value === 'builtin' || value === 'import';
  }
}

/** A short description of what was found instead, for error messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : 'a text';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return `a ${typeof value}`;
}

/** Checks that `value` is an object whose fields have the given kinds; fails naming the first wrong field. */
export function checkFields(
  value: unknown,
  fields: Record<string, FieldKind>,
  where: string,
  fail: Fail,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(where, `expected a record, but found ${describeValue(value)}`);
  const record = value as Record<string, unknown>;
  for (const [field, kind] of Object.entries(fields)) {
    if (!fits(kind, record[field]))
      fail(where, `field "${field}": expected ${EXPECTED[kind]}, but found ${describeValue(record[field])}`);
  }
  return record;
}

/** Scheduling fields as an importer brings them (no card or deck id). */
export const SCHEDULE_STATE_FIELDS: Record<string, FieldKind> = {
  due: 'number',
  stability: 'number',
  difficulty: 'number',
  elapsedDays: 'number',
  scheduledDays: 'number',
  learningSteps: 'number',
  reps: 'number',
  lapses: 'number',
  state: 'state',
  lastReview: 'number|null',
};

/** Review-log fields as an importer brings them (no ids). `before` is checked separately. */
export const REVIEW_ENTRY_FIELDS: Record<string, FieldKind> = {
  rating: 'grade',
  review: 'number',
  state: 'state',
  due: 'number',
  stability: 'number',
  difficulty: 'number',
  elapsedDays: 'number',
  lastElapsedDays: 'number',
  scheduledDays: 'number',
  learningSteps: 'number',
  origin: 'origin?',
};

/** A full schedule record's fields (card and deck ids included). */
export const SCHEDULE_FIELDS: Record<string, FieldKind> = { cardId: 'name', deckId: 'name', ...SCHEDULE_STATE_FIELDS };

/** Checks a review's `before` (null, or a full schedule record). */
export function checkBefore(value: unknown, where: string, fail: Fail): void {
  if (value === null) return;
  if (value === undefined) fail(where, 'field "before": expected a schedule or null, but found nothing');
  checkFields(value, SCHEDULE_FIELDS, `${where}, field "before"`, fail);
}
