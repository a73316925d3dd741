/**
 * What every importer produces: validated decks ready to be written in one transaction.
 * Parsers fill it; storage/import-write.ts writes it all or nothing.
 */
import type { ImportWarning } from './import-error';
import type { AnswerPoint, CardFormat, MediaBytes, ReviewRecord, ScheduleRecord, StyleRecord } from './model';

export type ImportKind = 'json' | 'csv' | 'anki-text' | 'quizlet' | 'apkg' | 'colpkg' | 'backup';

export interface ImportedCard {
  /** Identity inside its deck (JSON card id, row number, guid + ord). */
  key: string;
  /**
   * A global identity when the source has one (an Anki guid): a card with this id already in
   * the app is updated in place, keeping its progress, instead of being duplicated.
   */
  id?: string;
  front: string;
  back: string;
  format: CardFormat;
  tags: string[];
  notes?: string;
  source?: string;
  /** An interview question's points of a strong answer (the app's JSON format). */
  points?: AnswerPoint[];
  /** A behavioural interview question (the app's JSON format). */
  behavioural?: boolean;
  styleId?: string;
  mediaScope?: string;
  /** true or false: the source says (Anki packages); undefined: the source cannot say, the app's flag stays. */
  suspended?: boolean;
  /** Progress brought along (Anki packages). */
  schedule?: Omit<ScheduleRecord, 'cardId' | 'deckId'>;
  reviews?: Omit<ReviewRecord, 'cardId' | 'deckId' | 'id'>[];
}

export interface ImportedDeck {
  /** A stable deck id from the source (JSON deck id): an existing deck with it is updated. */
  id?: string;
  /** "Parent::Child" for subdecks. */
  name: string;
  description: string;
  /** A deck of interview questions (the app's JSON format). */
  interview?: boolean;
  cards: ImportedCard[];
}

export interface ImportedMedia {
  scope: string;
  /** Normalized (NFC), never a path. */
  name: string;
  type: string;
  /** Its bytes, usually a place in a pack shared with the package's other files. */
  data: MediaBytes;
}

export interface ImportBundle {
  fileName: string;
  kind: ImportKind;
  decks: ImportedDeck[];
  warnings: ImportWarning[];
  media?: ImportedMedia[];
  styles?: StyleRecord[];
  /** Counts for the import preview (Anki packages): what came in and what is missing. */
  summary?: {
    notes: number;
    cards: number;
    /** Cards that arrive with a schedule (studied in Anki). */
    withProgress: number;
    suspended: number;
    /** Review-log entries brought along. */
    reviews: number;
    mediaFiles: number;
    /** Distinct media files the notes refer to that the package lacks. */
    missingMedia: number;
    /** Cards that show a template notice instead of their content. */
    templateErrors: number;
  };
}
