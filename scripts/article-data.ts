/**
 * decks/source/article.json: the items of the article that the built-in decks must cover, copied
 * word for word (the article itself is not in the repository). The deck tests check the decks
 * against it; scripts/check-article.ts checks it against the article's text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ARTICLE_DATA_PATH = fileURLToPath(new URL('../decks/source/article.json', import.meta.url));

export interface ArticleRole {
  /** The role's heading in the article, e.g. "Product operations specialist". */
  name: string;
  /** The tag its cards carry (one of src/domain/roles.ts). */
  tag: string;
  /** How the list "Some product operations roles" names it, e.g. "Operations specialist". */
  listedAs: string;
  /** The company whose job posting the article quotes for this role. */
  company: string;
  /** The role's section, e.g. "Product operations specialist". */
  section: string;
  /** The section of its duties, e.g. "Product operations specialist > Job duties". */
  dutiesSection: string;
}

export interface ArticleDuty {
  /** Our name for the duty (not the article's). */
  id: string;
  /** A role's `name`. */
  role: string;
  company: string;
  section: string;
  /** Word for word. */
  text: string;
}

export interface ArticleSkill {
  /** Also the tag of the cards about it. */
  id: string;
  name: string;
  /** A phrase of the article that names the skill, word for word. */
  quote: string;
  section: string;
  /** A skill the article asks of one role's candidates: that role's `name`. */
  role?: string;
}

/** A sentence or phrase a card quotes from the article, word for word. */
export interface ArticlePassage {
  quote: string;
  section: string;
}

export interface ArticleData {
  about: string;
  title: string;
  /** Every section a card's `source` may name: headings joined by " > ". */
  sections: string[];
  questionsToAsk: { section: string; questions: string[] };
  rolesListed: { section: string; roles: string[] };
  roles: ArticleRole[];
  duties: ArticleDuty[];
  skills: ArticleSkill[];
  /** Every other passage a card quotes. */
  passages: ArticlePassage[];
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

function checkRecords(list: unknown, fields: readonly string[], what: string, problems: string[]): void {
  if (!Array.isArray(list)) {
    problems.push(`"${what}" is not a list`);
    return;
  }
  list.forEach((item, i) => {
    for (const field of fields) {
      if (!isText((item as Record<string, unknown> | null)?.[field]))
        problems.push(`${what}[${i}]: field "${field}" is missing or empty`);
    }
  });
}

/** Checks the file's shape (not its content) and returns it typed; throws naming the field. */
export function parseArticleData(text: string, fileName = 'decks/source/article.json'): ArticleData {
  const data = JSON.parse(text) as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of ['about', 'title']) if (!isText(data[field])) problems.push(`field "${field}" is missing`);
  if (!isTexts(data.sections)) problems.push('field "sections": expected a list of texts');
  const questions = data.questionsToAsk as Record<string, unknown> | undefined;
  if (!isText(questions?.section) || !isTexts(questions?.questions))
    problems.push('field "questionsToAsk": expected { section, questions: [texts] }');
  const listed = data.rolesListed as Record<string, unknown> | undefined;
  if (!isText(listed?.section) || !isTexts(listed?.roles))
    problems.push('field "rolesListed": expected { section, roles: [texts] }');
  checkRecords(data.roles, ['name', 'tag', 'listedAs', 'company', 'section', 'dutiesSection'], 'roles', problems);
  checkRecords(data.duties, ['id', 'role', 'company', 'section', 'text'], 'duties', problems);
  checkRecords(data.skills, ['id', 'name', 'quote', 'section'], 'skills', problems);
  checkRecords(data.passages, ['quote', 'section'], 'passages', problems);
  if (problems.length > 0) throw new Error(`${fileName}: ${problems.join('; ')}`);
  return data as unknown as ArticleData;
}

export function readArticleData(path = ARTICLE_DATA_PATH): ArticleData {
  return parseArticleData(readFileSync(path, 'utf8'));
}

/** Compares text as a reader would: curly and straight quotes alike, runs of spaces alike, any case. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
