/**
 * Checks a parsed `backup.json` record by record (the shape; backup-values.ts checks the values):
 * every failure is an ImportError naming the file, the record and the field.
 */
import { answerPointsProblem } from './answer-points';
import {
  BACKUP_FORMAT,
  BACKUP_MANIFEST,
  BACKUP_VERSION,
  mediaMemberName,
  type BackupCounts,
  type BackupManifest,
  type BackupMediaEntry,
} from './backup-format';
import { ImportError } from './import-error';
import type { CardRecord, DeckRecord, ReviewRecord, ScheduleRecord, StyleRecord } from './model';
import {
  checkBefore,
  checkFields,
  describeValue,
  REVIEW_ENTRY_FIELDS,
  SCHEDULE_FIELDS,
  type Fail,
  type FieldKind,
} from './record-fields';

const DECK_FIELDS: Record<string, FieldKind> = {
  id: 'name',
  name: 'name',
  description: 'text',
  source: 'source',
  createdAt: 'number',
  updatedAt: 'number',
  contentHash: 'text?',
  retired: 'boolean?',
  interview: 'boolean?',
};

const CARD_FIELDS: Record<string, FieldKind> = {
  id: 'name',
  deckId: 'name',
  key: 'text',
  front: 'text',
  back: 'text',
  format: 'format',
  tags: 'texts',
  notes: 'text?',
  source: 'text?',
  order: 'number',
  retired: 'boolean?',
  suspended: 'boolean?',
  behavioural: 'boolean?',
  styleId: 'text?',
  mediaScope: 'text?',
  flag: 'number?',
  buriedUntil: 'number?',
  addedAt: 'number?',
};

/** The card fields that hold records (a note made in the app, the user's edit of a built-in card, an app update kept aside). */
const CARD_TEXT_FIELDS: Record<string, FieldKind> = { front: 'text', back: 'text', notes: 'text?', tags: 'texts' };
const CARD_RECORD_FIELDS: Record<string, Record<string, FieldKind>> = {
  note: { type: 'name', format: 'format', guid: 'name', front: 'text', back: 'text' },
  userEdit: { at: 'number' },
  appUpdate: CARD_TEXT_FIELDS,
};

const REVIEW_FIELDS: Record<string, FieldKind> = {
  id: 'number',
  cardId: 'name',
  deckId: 'name',
  ...REVIEW_ENTRY_FIELDS,
};
const STYLE_FIELDS: Record<string, FieldKind> = { id: 'name', css: 'text' };
const MEDIA_FIELDS: Record<string, FieldKind> = {
  id: 'name',
  scope: 'name',
  name: 'name',
  type: 'text',
  file: 'name',
  size: 'number',
};
const COUNT_NAMES = ['decks', 'cards', 'schedules', 'reviews', 'settings', 'styles', 'media'] as const;

function listOf(data: Record<string, unknown>, field: string, fail: Fail): unknown[] {
  const list = data[field];
  if (!Array.isArray(list))
    return fail(BACKUP_MANIFEST, `field "${field}": expected a list, but found ${describeValue(list)}`);
  return list;
}

function uniqueBy<T>(records: T[], field: string, key: (r: T) => unknown, fail: Fail): void {
  const seen = new Map<unknown, number>();
  records.forEach((record, index) => {
    const id = key(record);
    const earlier = seen.get(id);
    if (earlier !== undefined)
      fail(
        `${BACKUP_MANIFEST}, ${field}[${index}]`,
        `the id ${JSON.stringify(id)} is already used by ${field}[${earlier}]`,
      );
    seen.set(id, index);
  });
}

/**
 * Checks the parsed `backup.json` of `fileName` record by record and returns it typed.
 * Throws ImportError naming the file and the record, e.g. `backup.json, cards[12]: field "deckId": ...`.
 */
export function validateBackupManifest(data: unknown, fileName: string): BackupManifest {
  const fail: Fail = (location, reason) => {
    throw new ImportError(fileName, location, reason);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    fail(BACKUP_MANIFEST, `expected a JSON object, but found ${describeValue(data)}`);
  const root = data as Record<string, unknown>;
  if (root.format !== BACKUP_FORMAT)
    fail(
      BACKUP_MANIFEST,
      `this is not a PrepDeck backup (field "format" is ${JSON.stringify(root.format) ?? 'missing'})`,
    );
  if (typeof root.version !== 'number')
    fail(BACKUP_MANIFEST, `field "version": expected a number, but found ${describeValue(root.version)}`);
  if (root.version !== 1 && root.version !== BACKUP_VERSION) {
    fail(
      BACKUP_MANIFEST,
      (root.version as number) > BACKUP_VERSION
        ? `made by a newer version of the app (backup version ${String(root.version)}); update the app to restore it`
        : `unknown backup version ${String(root.version)}`,
    );
  }
  if (typeof root.createdAt !== 'number' || !Number.isFinite(root.createdAt))
    fail(BACKUP_MANIFEST, `field "createdAt": expected a number, but found ${describeValue(root.createdAt)}`);
  const at = (field: string, index: number) => `${BACKUP_MANIFEST}, ${field}[${index}]`;

  const decks = listOf(root, 'decks', fail).map(
    (d, i) => checkFields(d, DECK_FIELDS, at('decks', i), fail) as unknown as DeckRecord,
  );
  const cards = listOf(root, 'cards', fail).map((c, i) => {
    const record = checkFields(c, CARD_FIELDS, at('cards', i), fail);
    for (const [field, fields] of Object.entries(CARD_RECORD_FIELDS)) {
      if (record[field] !== undefined) checkFields(record[field], fields, `${at('cards', i)}, field "${field}"`, fail);
    }
    if (record.userEdit !== undefined)
      checkFields(
        (record.userEdit as Record<string, unknown>).base,
        CARD_TEXT_FIELDS,
        `${at('cards', i)}, field "userEdit.base"`,
        fail,
      );
    const problem = record.points === undefined ? null : answerPointsProblem(record.points);
    if (problem !== null) fail(at('cards', i), `field "points": ${problem}`);
    return record as unknown as CardRecord;
  });
  const schedules = listOf(root, 'schedules', fail).map(
    (s, i) => checkFields(s, SCHEDULE_FIELDS, at('schedules', i), fail) as unknown as ScheduleRecord,
  );
  const reviews = listOf(root, 'reviews', fail).map((r, i) => {
    const record = checkFields(r, REVIEW_FIELDS, at('reviews', i), fail);
    if (!Number.isInteger(record.id) || (record.id as number) < 1)
      fail(at('reviews', i), `field "id": expected a whole number from 1, but found ${String(record.id)}`);
    checkBefore(record.before, at('reviews', i), fail);
    return record as unknown as ReviewRecord & { id: number };
  });
  const settings = listOf(root, 'settings', fail).map((s, i) => {
    const record = checkFields(s, { key: 'name' }, at('settings', i), fail);
    if (!('value' in record)) fail(at('settings', i), 'field "value": missing');
    return { key: record.key as string, value: record.value };
  });
  const styles = listOf(root, 'styles', fail).map(
    (s, i) => checkFields(s, STYLE_FIELDS, at('styles', i), fail) as unknown as StyleRecord,
  );
  const media = listOf(root, 'media', fail).map((m, i) => {
    const record = checkFields(m, MEDIA_FIELDS, at('media', i), fail);
    if (record.file !== mediaMemberName(i))
      fail(at('media', i), `field "file": expected "${mediaMemberName(i)}", but found ${JSON.stringify(record.file)}`);
    if (record.id !== `${record.scope as string}/${record.name as string}`)
      fail(at('media', i), 'field "id": expected "<scope>/<name>"');
    return record as unknown as BackupMediaEntry;
  });

  uniqueBy(decks, 'decks', (d) => d.id, fail);
  uniqueBy(cards, 'cards', (c) => c.id, fail);
  uniqueBy(schedules, 'schedules', (s) => s.cardId, fail);
  uniqueBy(reviews, 'reviews', (r) => r.id, fail);
  uniqueBy(settings, 'settings', (s) => s.key, fail);
  uniqueBy(styles, 'styles', (s) => s.id, fail);
  uniqueBy(media, 'media', (m) => m.id, fail);

  // Records that point at nothing mean the file was edited or damaged: refuse rather than restore half a deck.
  const deckIds = new Set(decks.map((d) => d.id));
  cards.forEach(
    (c, i) =>
      deckIds.has(c.deckId) || fail(at('cards', i), `field "deckId": the deck "${c.deckId}" is not in the backup`),
  );
  const cardIds = new Set(cards.map((c) => c.id));
  schedules.forEach(
    (s, i) =>
      cardIds.has(s.cardId) || fail(at('schedules', i), `field "cardId": the card "${s.cardId}" is not in the backup`),
  );

  const counts = checkFields(
    root.counts,
    Object.fromEntries(COUNT_NAMES.map((n) => [n, 'number' as const])),
    `${BACKUP_MANIFEST}, counts`,
    fail,
  );
  const actual: BackupCounts = {
    decks: decks.length,
    cards: cards.length,
    schedules: schedules.length,
    reviews: reviews.length,
    settings: settings.length,
    styles: styles.length,
    media: media.length,
  };
  for (const name of COUNT_NAMES) {
    if (counts[name] !== actual[name])
      fail(
        `${BACKUP_MANIFEST}, counts`,
        `says ${String(counts[name])} ${name} but the file holds ${actual[name]}: the file is incomplete or was edited`,
      );
  }

  return {
    format: BACKUP_FORMAT,
    version: root.version as number,
    createdAt: root.createdAt as number,
    counts: actual,
    decks,
    cards,
    schedules,
    reviews,
    settings,
    styles,
    media,
  };
}
