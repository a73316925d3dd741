/**
 * The app's data model: plain, JSON-safe records. Dates are epoch milliseconds so that
 * they index in IndexedDB and survive backups unchanged.
 */

/** How a card's front/back text is to be shown: escaped plain text, or HTML that is sanitized before display. */
export type CardFormat = 'text' | 'html';

/** Where a deck came from. Built-in decks are refreshed from decks/*.json on every app version. */
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
  suspended?: boolean;
  /** Interview questions: the points a strong answer covers, each with the key words that show it was made. */
  points?: AnswerPoint[];
  /** A behavioural question ("Tell me about a time..."): answered with a STAR story. */
  behavioural?: boolean;
  /** Id of a stylesheet in the styles store (Anki note type CSS), applied inside the card only. */
  styleId?: string;
  /** Where the card's media references (<img src>, [sound:]) are looked up in the media store. */
  mediaScope?: string;
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
  /** The due date the grade set. */
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  /** The schedule before this grade (null: the card was new), so undo restores it exactly. */
  before: ScheduleRecord | null;
  /** 'anki' for history brought in by an import: such entries are not undoable. */
  origin?: 'app' | 'anki';
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
