/**
 * Builds the ImportedCards of an Anki collection: each row of the `cards` table rendered
 * as Anki shows it (its note type's template, wrapped as Anki wraps it), with its progress and
 * history, grouped into decks; and counts the media its cards refer to but the package lacks.
 */
import { parseAnkiTemplate, renderAnkiCard, type ParsedAnkiTemplate } from '../../domain/anki-template';
import { type ImportWarning } from '../../domain/import-error';
import type { StyleRecord } from '../../domain/model';
import { scheduleFromAnkiHistory } from '../../domain/scheduler';
import type { ImportedCard, ImportedDeck, ImportedMedia } from '../../domain/import-bundle';
import { historyFromRevlog, snapshotFromCard, type RevlogRow } from './anki-progress';
import { CollectionDb, num, str } from './collection-db';
import { type AnkiNoteType, type CollectionMeta } from './collection-meta';
import { ankiCardId } from '../../domain/anki-identity';
import { describeOversizedField, MAX_FIELD_CHARS } from '../../domain/field-size';
import { findMediaReferences, isMediaAvailable } from './media-map';

import { ANKI_MEDIA_SCOPE, styleIdForNoteType } from './anki-scopes';

const MAX_MEDIA_WARNINGS = 20;

export interface NoteRow {
  guid: string;
  mid: number;
  tags: string[];
  fields: string[];
}

interface TemplateProblemTally {
  location: string;
  problem: string;
  cards: number;
}

function wrapCard(html: string, ord: number): string {
  // Anki puts "card cardN" on <body>; note type CSS targets .card, .card1, …
  // NFC, as Anki normalizes note text: media references then match the NFC names in the store.
  return `<div class="card card${ord + 1}">${html}</div>`.normalize('NFC');
}

export interface CardBuild {
  decks: ImportedDeck[];
  styles: StyleRecord[];
  notesUsed: Set<number>;
  cards: number;
  withProgress: number;
  suspended: number;
  reviews: number;
  templateErrors: number;
}

export function buildCards(
  db: CollectionDb,
  meta: CollectionMeta,
  notes: Map<number, NoteRow>,
  revlog: Map<number, RevlogRow[]>,
  now: number,
  warnings: ImportWarning[],
  progress: (done: number, total: number) => void,
  signal: AbortSignal | undefined,
): CardBuild {
  const total = num(db.rows('SELECT count(*) FROM cards', 'cards')[0]?.[0]);
  const decks = new Map<string, ImportedDeck & { sortKeys: number[][] }>();
  const parsed = new Map<string, ParsedAnkiTemplate>();
  const problems = new Map<string, TemplateProblemTally>();
  const usedNoteTypes = new Map<number, AnkiNoteType>();
  const keys = new Set<string>();
  const notesUsed = new Set<number>();
  let skippedNoNote = 0;
  let skippedNoType = 0;
  const out: CardBuild = {
    decks: [],
    styles: [],
    notesUsed,
    cards: 0,
    withProgress: 0,
    suspended: 0,
    reviews: 0,
    templateErrors: 0,
  };

  const parseOnce = (key: string, template: string): ParsedAnkiTemplate => {
    let p = parsed.get(key);
    if (!p) parsed.set(key, (p = parseAnkiTemplate(template)));
    return p;
  };

  let done = 0;
  db.forEachRow(
    'SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, odid, odue, flags, data FROM cards',
    'cards',
    (row) => {
      if (done % 200 === 0) {
        signal?.throwIfAborted();
        progress(done, total);
      }
      done++;
      const [cid, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, odid, odue, flags] = row.map(
        num,
      ) as number[] as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      const note = notes.get(nid);
      if (!note) {
        skippedNoNote++;
        return;
      }
      const noteType = meta.noteTypes.get(note.mid);
      if (!noteType) {
        skippedNoType++;
        return;
      }
      const key = `${note.guid}:${ord}`;
      if (keys.has(key)) {
        warnings.push({
          location: `card ${cid}`,
          message: `skipped: another card already has note guid "${note.guid}" and card type ${ord + 1}`,
        });
        return;
      }
      keys.add(key);
      usedNoteTypes.set(noteType.id, noteType);
      notesUsed.add(nid);

      const homeDeckId = odid !== 0 ? odid : did;
      const deck = meta.decks.get(homeDeckId) ?? meta.decks.get(did);
      const deckName = deck?.name ?? 'Default';
      const template = noteType.isCloze ? noteType.templates[0] : noteType.templates[ord];
      const rendered = template
        ? renderAnkiCard(
            parseOnce(`${noteType.id}:${ord}:q`, template.qfmt),
            parseOnce(`${noteType.id}:${ord}:a`, template.afmt),
            {
              fields: noteType.fields.map((name, i) => [name, note.fields[i] ?? ''] as const),
              cardOrd: ord,
              isCloze: noteType.isCloze,
              deckName,
              tags: note.tags,
              noteTypeName: noteType.name,
              templateName: template.name,
              flags,
              cardId: String(cid),
            },
          )
        : {
            question: `<div class="template-error">Card type ${ord + 1} is missing from the note type "${noteType.name.replace(/[<&"]/g, '')}".</div>`,
            answer: '',
            problem: `card type ${ord + 1} is missing`,
          };
      if (!template) rendered.answer = rendered.question;
      if (rendered.problem !== null) {
        out.templateErrors++;
        const where = `note type "${noteType.name}", card type "${template?.name ?? ord + 1}"`;
        const tally = problems.get(`${where}\n${rendered.problem}`);
        if (tally) tally.cards++;
        else problems.set(`${where}\n${rendered.problem}`, { location: where, problem: rendered.problem, cards: 1 });
      }

      const card: ImportedCard = {
        key,
        id: ankiCardId(note.guid, ord),
        front: wrapCard(rendered.question, ord),
        back: wrapCard(rendered.answer, ord),
        format: 'html',
        tags: note.tags,
        styleId: styleIdForNoteType(noteType.id),
        mediaScope: ANKI_MEDIA_SCOPE,
        // Said either way: a card unsuspended in Anki is unsuspended here on re-import.
        suspended: queue === -1,
      };
      const longest = Math.max(card.front.length, card.back.length);
      if (longest > MAX_FIELD_CHARS) {
        // Skipped rather than refusing the package: a card that large is a pasted file, never a flashcard.
        warnings.push({
          location: `card ${cid} (note guid "${note.guid}")`,
          message: `skipped: ${describeOversizedField(longest)}`,
        });
        return;
      }
      if (card.suspended) out.suspended++;
      const history = revlog.get(cid);
      if (type !== 0 || history) {
        const snapshot = snapshotFromCard(
          { type, queue, due, ivl, factor, reps, lapses, odid, odue, data: str(row[14]) },
          meta.crt,
        );
        const progressOut = scheduleFromAnkiHistory(historyFromRevlog(history ?? [], meta.schedVer), snapshot, now);
        if (progressOut.schedule) {
          card.schedule = progressOut.schedule;
          out.withProgress++;
        }
        if (progressOut.reviews.length) {
          card.reviews = progressOut.reviews;
          out.reviews += progressOut.reviews.length;
        }
      }

      let target = decks.get(deckName);
      if (!target) {
        // No deck id: a re-import finds its deck through the cards' guids, and an unrelated
        // package that also has a deck called "Default" gets a deck of its own.
        target = { name: deckName, description: deck?.description ?? '', cards: [], sortKeys: [] };
        decks.set(deckName, target);
      }
      target.cards.push(card);
      // New cards keep Anki's new-card order (due = position); the rest follow by creation.
      target.sortKeys.push(type === 0 ? [0, due, cid, ord] : [1, cid, ord, 0]);
      out.cards++;
    },
  );
  progress(total, total);

  if (skippedNoNote)
    warnings.push({ location: 'cards', message: `${skippedNoNote} cards skipped: their note is missing` });
  if (skippedNoType)
    warnings.push({ location: 'cards', message: `${skippedNoType} cards skipped: their note type is missing` });
  for (const tally of problems.values()) {
    warnings.push({
      location: tally.location,
      message: `${tally.problem} (${tally.cards} card${tally.cards === 1 ? '' : 's'} show a notice)`,
    });
  }

  for (const deck of [...decks.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const order = deck.cards.map((_, i) => i);
    order.sort((a, b) => {
      const ka = deck.sortKeys[a]!;
      const kb = deck.sortKeys[b]!;
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
      return 0;
    });
    out.decks.push({
      id: deck.id,
      name: deck.name,
      description: deck.description,
      cards: order.map((i) => deck.cards[i]!),
    });
  }
  out.styles = [...usedNoteTypes.values()].map((nt) => ({ id: styleIdForNoteType(nt.id), css: nt.css }));
  return out;
}

export function countMissingMedia(
  notes: Map<number, NoteRow>,
  used: Set<number>,
  media: ImportedMedia[],
  warnings: ImportWarning[],
): number {
  const available = new Set(media.map((m) => m.name));
  const missing = new Map<string, number>();
  for (const nid of used) {
    const note = notes.get(nid)!;
    for (const field of note.fields) {
      for (const ref of findMediaReferences(field)) {
        if (!isMediaAvailable(ref, available)) missing.set(ref, (missing.get(ref) ?? 0) + 1);
      }
    }
  }
  let shown = 0;
  for (const [name, count] of missing) {
    if (shown++ >= MAX_MEDIA_WARNINGS) break;
    warnings.push({
      location: `media "${name}"`,
      message: `referred to by ${count} note${count === 1 ? '' : 's'} but not in the package`,
    });
  }
  if (missing.size > MAX_MEDIA_WARNINGS) {
    warnings.push({
      location: 'media',
      message: `${missing.size - MAX_MEDIA_WARNINGS} more referenced media files are not in the package`,
    });
  }
  return missing.size;
}
