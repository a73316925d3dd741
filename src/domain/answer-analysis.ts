/**
 * What a rehearsed answer's transcript shows: speaking rate, filler words, and which of the
 * card's "a strong answer covers" points the answer touched (by their key words).
 *
 * Filler rules. "um" (umm, uhm, erm, hmm) and "uh" (uhh, er, ah) and "basically" always count.
 * "you know" counts unless it is part of a sentence ("do you know", "if you know", "you know
 * what/how/that/the ..."). "like" and "so" are ordinary words most of the time, so they count
 * only where they are fillers:
 * - "like": set off by a pause (a comma, dash or "..." before or after it), at the start of a
 *   sentence, after another filler, a discourse word ("yeah", "okay", "well") or "and/but/or", or
 *   before a number ("like 20 people"); never after a word that makes it the verb ("I like",
 *   "would like", "don't like", "to like").
 * - "so": at the start of a sentence, after another filler or a discourse word ("okay so"; not
 *   "and so", a conjunction), or set off by pauses on both sides (", so,"); never in "so much",
 *   "so many", "so far", "so on", "so long", "so called", nor "so that" inside a sentence.
 * A transcript without punctuation (on-device recognisers often give none) therefore counts
 * fewer "like"/"so": the rules under-count rather than blame ordinary speech.
 *
 * Key words match whole words, ignoring case and inflection (Porter stems: "prioritize",
 * "prioritizing", "prioritization" all match); a key phrase matches its words in a row.
 */
import { stemmer } from 'stemmer';
import type { AnswerPoint } from './model';

export const FILLER_WORDS = ['um', 'uh', 'like', 'you know', 'so', 'basically'] as const;
export type FillerWord = (typeof FILLER_WORDS)[number];

/** A span of the transcript, [start, end) in UTF-16 code units, for highlighting. */
export type TextRange = [start: number, end: number];

export interface FillerCount {
  filler: FillerWord;
  count: number;
  ranges: TextRange[];
}

export interface PointCoverage {
  /** The point's phrase, as on the card. */
  text: string;
  touched: boolean;
  /** The point's key words that were said. */
  matched: string[];
  ranges: TextRange[];
}

/** Below this rate an answer sounds slow, above FAST_WPM rushed (conversational English: 120-160). */
export const SLOW_WPM = 110;
export const FAST_WPM = 170;

export interface AnswerAnalysis {
  words: number;
  durationMs: number;
  /** Words (fillers included: they are spoken) per minute of answer; null when under a second. */
  wordsPerMinute: number | null;
  pace: 'slow' | 'steady' | 'fast' | null;
  /** One entry per filler word, in FILLER_WORDS order, zero counts included. */
  fillers: FillerCount[];
  fillerTotal: number;
  /** One entry per answer point, in the card's order. */
  points: PointCoverage[];
  pointsTouched: number;
}

interface Token {
  /** Lower case, typographic apostrophes made plain. */
  word: string;
  start: number;
  end: number;
  /** First word of the answer or of a sentence. */
  sentenceStart: boolean;
  /** A comma, semicolon, colon, dash or ellipsis right before the word. */
  pauseBefore: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const SENTENCE_BREAK = /[.!?\n]/;
const PAUSE = /[,;:()\u2013\u2014]|\.\.\.|…/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    tokens.push({
      word: match[0].toLowerCase().replace(/’/g, "'"),
      start,
      end: start + match[0].length,
      sentenceStart: tokens.length === 0 || SENTENCE_BREAK.test(gap),
      pauseBefore: PAUSE.test(gap),
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

const UM = /^(u+m+|u+h+m+|e+r+m+|h+m+)$/;
const UH = /^(u+h+|e+r+|a+h+)$/;
const CONJUNCTIONS = new Set(['and', 'but', 'or']);
const DISCOURSE = new Set(['yeah', 'yes', 'okay', 'ok', 'right', 'well', 'alright', 'anyway']);
const LIKE_AS_VERB = new Set([
  ...['i', 'you', 'we', 'they', "i'd", "you'd", "we'd", "they'd", 'would', "wouldn't", 'to', 'really'],
  ...['do', "don't", 'does', "doesn't", 'did', "didn't", 'will', "won't", 'might', 'also', 'always', 'never'],
]);
const NOT_SO_FILLER = new Set(['that', 'much', 'many', 'far', 'on', 'long', 'called']);
const YOU_KNOW_IN_SENTENCE_BEFORE = new Set([
  ...['do', 'does', 'did', "don't", "didn't", 'if', 'as', 'would', 'could', 'will', 'might', 'may', 'let'],
  ...['to', 'whether', 'when', 'once', 'because', 'what', 'how', 'tell'],
]);
const YOU_KNOW_IN_SENTENCE_AFTER = new Set([
  ...['what', 'how', 'why', 'when', 'where', 'who', 'whether', 'that', 'if', 'about', 'the', 'a', 'an'],
  ...['this', 'it', 'him', 'her', 'them', 'me', 'us', 'more', 'anything', 'something', 'someone', 'everyone'],
]);
const NUMBER_WORDS =
  /^(\d[\d.,%]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half)$/;

/** Where each filler word was said, by the rules in this module's comment. */
function findFillers(tokens: readonly Token[]): Map<FillerWord, TextRange[]> {
  const found = new Map<FillerWord, TextRange[]>(FILLER_WORDS.map((f) => [f, []]));
  const isFiller: boolean[] = [];
  const mark = (i: number, filler: FillerWord, last = i) => {
    found.get(filler)!.push([tokens[i]!.start, tokens[last]!.end]);
    for (let k = i; k <= last; k += 1) isFiller[k] = true;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const joinedToPrev = prev !== undefined && !token.sentenceStart && !token.pauseBefore;
    const afterFiller = joinedToPrev && (isFiller[i - 1] === true || DISCOURSE.has(prev.word));
    const pauseAfter = next === undefined || next.pauseBefore || next.sentenceStart;
    const { word } = token;

    if (UM.test(word)) mark(i, 'um');
    else if (UH.test(word)) mark(i, 'uh');
    else if (word === 'basically') mark(i, 'basically');
    else if (word === 'you' && next?.word === 'know' && !next.pauseBefore && !next.sentenceStart) {
      const after = tokens[i + 2];
      const knowEnds = after === undefined || after.pauseBefore || after.sentenceStart;
      const inSentence =
        (joinedToPrev && YOU_KNOW_IN_SENTENCE_BEFORE.has(prev.word)) ||
        (!knowEnds && YOU_KNOW_IN_SENTENCE_AFTER.has(after.word));
      if (!inSentence) {
        mark(i, 'you know', i + 1);
        i += 1;
      }
    } else if (word === 'like') {
      if (joinedToPrev && LIKE_AS_VERB.has(prev.word)) continue;
      const beforeNumber = next !== undefined && !pauseAfter && NUMBER_WORDS.test(next.word);
      const afterConjunction = joinedToPrev && CONJUNCTIONS.has(prev.word);
      if (token.sentenceStart || token.pauseBefore || pauseAfter || afterFiller || afterConjunction || beforeNumber) {
        mark(i, 'like');
      }
    } else if (word === 'so') {
      // "So that was it" opens a sentence with a filler; mid-sentence "so that" is a conjunction.
      const blocked = NOT_SO_FILLER.has(next?.word ?? '') && !(token.sentenceStart && next?.word === 'that');
      if (blocked && !pauseAfter) continue;
      if (token.sentenceStart || afterFiller || (token.pauseBefore && pauseAfter)) mark(i, 'so');
    }
  }
  return found;
}

/** The comparable form of a word: lower case, no possessive, Porter stem ("analysis" as "analyses"). */
function stemOf(word: string): string {
  const plain = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/sis$/, 'ses');
  return stemmer(plain);
}

interface Part {
  stem: string;
  start: number;
  end: number;
}

/** Words split at hyphens ("data-driven" is "data" "driven"), each with its stem and place. */
function partsOf(text: string): Part[] {
  const parts: Part[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    parts.push({ stem: stemOf(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return parts;
}

/** Where a key word or phrase was said: its stems in a row. */
function findKeyword(parts: readonly Part[], keyword: string): TextRange[] {
  const wanted = partsOf(keyword).map((p) => p.stem);
  if (wanted.length === 0) return [];
  const ranges: TextRange[] = [];
  for (let i = 0; i + wanted.length <= parts.length; i += 1) {
    if (wanted.every((stem, k) => parts[i + k]!.stem === stem)) {
      ranges.push([parts[i]!.start, parts[i + wanted.length - 1]!.end]);
    }
  }
  return ranges;
}

/** Which answer points the transcript touched, each with the key words said and where. */
export function coverPoints(transcript: string, points: readonly AnswerPoint[]): PointCoverage[] {
  const parts = partsOf(transcript);
  return points.map((point) => {
    const matched: string[] = [];
    const ranges: TextRange[] = [];
    for (const keyword of point.keywords) {
      const found = findKeyword(parts, keyword);
      if (found.length > 0) {
        matched.push(keyword);
        ranges.push(...found);
      }
    }
    ranges.sort((a, b) => a[0] - b[0]);
    return { text: point.text, touched: matched.length > 0, matched, ranges };
  });
}

/** Filler words said, per filler, with where (see this module's rules). */
export function countFillers(transcript: string): FillerCount[] {
  const found = findFillers(tokenize(transcript));
  return FILLER_WORDS.map((filler) => {
    const ranges = found.get(filler)!;
    return { filler, count: ranges.length, ranges };
  });
}

/** Words in the transcript: runs of letters and digits ("data-driven" and "don't" are one word each). */
export function countWords(transcript: string): number {
  return [...transcript.matchAll(WORD)].length;
}

/** Words per minute over `durationMs`, rounded; null when the answer lasted under a second. */
export function wordsPerMinute(words: number, durationMs: number): number | null {
  return durationMs < 1000 ? null : Math.round(words / (durationMs / 60_000));
}

/** Everything the rehearsal screen shows about one spoken answer. */
export function analyzeAnswer(
  transcript: string,
  durationMs: number,
  points: readonly AnswerPoint[] = [],
): AnswerAnalysis {
  const words = countWords(transcript);
  const wpm = wordsPerMinute(words, durationMs);
  const fillers = countFillers(transcript);
  const coverage = coverPoints(transcript, points);
  return {
    words,
    durationMs,
    wordsPerMinute: wpm,
    pace: wpm === null || words === 0 ? null : wpm < SLOW_WPM ? 'slow' : wpm > FAST_WPM ? 'fast' : 'steady',
    fillers,
    fillerTotal: fillers.reduce((sum, f) => sum + f.count, 0),
    points: coverage,
    pointsTouched: coverage.filter((p) => p.touched).length,
  };
}
