/**
 * The app's data model: plain, JSON-safe records. Dates are epoch milliseconds so that
 * they index in IndexedDB and survive backups unchanged.
 */
import type { AnswerAnalysis } from './answer-analysis';

/** How a card's front/back text is to be shown: escaped plain text, or HTML that is sanitized before display. */
export type CardFormat = 'text' | 'html';

/**
 * Where a deck came from. Built-in decks are refreshed from decks/*.json on every app version;
 * 'import' is any deck of the user's: imported, or created in the app.
 */
export type DeckSource = 'builtin' | 'import';

export interface DeckRecord {
  /** Stable id: the JSON deck id, or one generated at import. */
  id: string;
  /** Display name; "Parent::Child" marks a subdeck, as in Anki. */
  name: string;
  description: string;
  source: DeckSource;
  createdAt: number;
  updatedAt: number;
  /** For built-in decks: a hash of the shipped content, so an unchanged deck is not rewritten. */
  contentHash?: string;
  /** A built-in deck the app no longer ships: hidden, its history kept. */
  retired?: boolean;
  /** A deck of interview questions: rehearsal draws its questions from such decks. */
  interview?: boolean;
}

export interface CardRecord {
  /** Globally unique and stable: `${deckId}/${key}` for JSON decks, derived from a guid for Anki notes. */
  id: string;
  deckId: string;
  /** The card's id inside its source (JSON card id, Anki guid + template ord, ...). */
  key: string;
  front: string;
  back: string;
  format: CardFormat;
  tags: string[];
  /** Extra explanation shown under the answer. */
  notes?: string;
  /** Reference to the article section (built-in) or another source description. */
  source?: string;
  /** Position in its deck: new cards are introduced in this order. */
  order: number;
  /** A card removed from its built-in deck: hidden from study, its history kept. */
  retired?: boolean;
  /** Kept out of study until unsuspended (Anki's "suspend"). */
  suspended?: boolean;
  /**
   * Anki's card flag, 1-7 (see flags.ts); absent or 0: no flag. On the card rather than its
   * schedule so that a new card can be flagged and undoing a grade does not undo a flag.
   */
  flag?: number;
  /** Buried: hidden from study until this instant (the start of the next study day). */
  buriedUntil?: number;
  /** When the card was added to the collection (epoch ms); Browse sorts by it. Absent on older cards. */
  addedAt?: number;
  /** For a card made in the app from a note (note-types.ts): the note's type and fields, so it can be edited. */
  note?: NoteSource;
  /**
   * The user edited this card that came with the app: its text is theirs from then on, and an
   * app update does not overwrite it (card-edit.ts). `base` is the app's text it was edited from.
   */
  userEdit?: { at: number; base: CardText };
  /** An app update changed this card after the user edited it: the app's new text, kept aside for the user to take. */
  appUpdate?: CardText;
  /** Interview questions: the points a strong answer covers, each with the key words that show it was made. */
  points?: AnswerPoint[];
  /** A behavioural question ("Tell me about a time..."): answered with a STAR story. */
  behavioural?: boolean;
  /** Id of a stylesheet in the styles store (Anki note type CSS), applied inside the card only. */
  styleId?: string;
  /** Where the card's media references (<img src>, [sound:]) are looked up in the media store. */
  mediaScope?: string;
}

/** A card's text as the user edits it. */
export interface CardText {
  front: string;
  back: string;
  notes?: string;
  tags: string[];
}

/** The note types a card can be created from in the app, as in Anki. */
export type NoteTypeId = 'basic' | 'basic-reversed' | 'cloze';

/**
 * What a card made in the app was made from. Every card of a note carries the same source;
 * cards of one note share the id prefix `anki:<guid>:` (anki-identity.ts).
 */
export interface NoteSource {
  type: NoteTypeId;
  /** How the user wrote the fields; a cloze card itself is always HTML (its deletions render as spans). */
  format: CardFormat;
  /** The note's guid: its cards' ids are `anki:<guid>:<ord>`. */
  guid: string;
  /** Basic: the front and back. Cloze: `front` is the text with {{c1::...}} deletions, `back` the "Back Extra". */
  front: string;
  back: string;
}

/** One point a strong answer covers: a short phrase, and the key words that show it was made. */
export interface AnswerPoint {
  text: string;
  keywords: string[];
}

/** FSRS card states, numerically equal to ts-fsrs's State enum. */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardState = (typeof CardState)[keyof typeof CardState];

/** Grades, numerically equal to ts-fsrs's Rating (Again=1 ... Easy=4). */
export const Grade = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type Grade = (typeof Grade)[keyof typeof Grade];
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** A card's scheduling state. A card with no schedule record is new and never studied. */
export interface ScheduleRecord {
  cardId: string;
  deckId: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: number | null;
  /**
   * Goes up by one with every grade written by the app, so a grade given in one tab on a
   * schedule another tab has since changed is refused (see `isSameSchedule`). Absent on
   * schedules written before it existed or brought in by an import: counted as 0.
   */
  version?: number;
}

/** One grade in the review log. */
export interface ReviewRecord {
  /** Auto-incremented by the store. */
  id?: number;
  cardId: string;
  deckId: string;
  rating: Grade;
  /** When the grade was given (epoch ms). */
  review: number;
  /** The card's state before this grade. */
  state: CardState;
  /**
   * As ts-fsrs logs it: the card's previous review (or, for a new card, its due) before this
   * grade, not the due date the grade set (that is in the card's schedule).
   */
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  /** The card's interval in days before this grade (Anki's "last interval"); 0 for a new or learning card. */
  scheduledDays: number;
  learningSteps: number;
  /** The schedule before this grade (null: the card was new), so undo restores it exactly. */
  before: ScheduleRecord | null;
  /** 'anki' for history brought in by an import: such entries are not undoable. */
  origin?: 'app' | 'anki';
  /**
   * How long the answer took: from showing the question to the grade, in ms. Absent on
   * reviews logged before it was recorded; stats then estimate it (stats/today.ts).
   */
  durationMs?: number;
}

export interface SchedulerSettings {
  /** 0.70 to 0.97 */
  desiredRetention: number;
  newPerDay: number;
  maxReviewsPerDay: number;
  /** e.g. ['1m', '10m'] */
  learningSteps: string[];
  relearningSteps: string[];
  /** The local hour (0-23) at which a new study day starts. */
  dayStartHour: number;
}

export const DEFAULT_SETTINGS: SchedulerSettings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  maxReviewsPerDay: 200,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  dayStartHour: 4,
};

/**
 * A candidate's own STAR story (Situation, Task, Action, Result), linked to the interview
 * questions it answers. Written on the device; never leaves it except in the user's backup.
 */
export interface StarStory {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  /** The result in numbers, one line ("Cut ticket backlog 40 % in 6 weeks"). */
  resultInNumbers: string;
  /** Ids of the question cards this story answers. */
  questionIds: string[];
  createdAt: number;
  updatedAt: number;
}

/** One answer rehearsed aloud: its timing, self-rating (also written as a review) and what was kept of it. */
export interface RehearsalAttempt {
  id: string;
  cardId: string;
  deckId: string;
  /** When the question was shown (the timer started). */
  at: number;
  thinkingMs: number;
  /** Time answering, overtime included. */
  answerMs: number;
  overtimeMs: number;
  /** The answer time that was set for this attempt. */
  answerLimitMs: number;
  rating: Grade;
  /** Only where the device transcribed the answer itself. */
  transcript?: string;
  analysis?: AnswerAnalysis;
  /** Without a transcript: the answer points the candidate ticked (indexes into the card's points). */
  checkedPoints?: number[];
  /** The recording of this answer, when one was made (RecordingRecord.id). */
  recordingId?: string;
}

/** An answer recorded on the device: the audio as the browser encoded it. */
export interface RecordingRecord {
  id: string;
  cardId: string;
  attemptId: string;
  at: number;
  durationMs: number;
  /** e.g. "audio/webm;codecs=opus" (Chromium), "audio/mp4" (Safari). */
  mimeType: string;
  size: number;
  blob: Blob;
}

/**
 * The bytes of one media file: `size` bytes at `offset` in `blob`. Files that arrive together
 * (an Anki package, a backup) share one Blob, a pack of up to a few megabytes, so 25,000 small
 * files are a handful of Blobs: the browser writes each Blob of a transaction to its own file
 * and opens them all at once, and at that count it ran out of file handles.
 */
export interface MediaBytes {
  blob: Blob;
  offset: number;
  size: number;
}

/** A media file to store or back up: its record, with its bytes as a place in a pack. */
export interface MediaFile {
  /** `${scope}/${name}` */
  id: string;
  scope: string;
  name: string;
  type: string;
  data: MediaBytes;
}

/** A stored media file (images and audio from Anki packages), looked up by scope and normalized name. */
export interface MediaRecord {
  /** `${scope}/${name}` */
  id: string;
  /** The media namespace of one package: the cards that refer to it carry the same `mediaScope`. */
  scope: string;
  name: string;
  type: string;
  blob: Blob;
}

/** A stylesheet shared by the cards of one Anki note type. */
export interface StyleRecord {
  id: string;
  css: string;
}
