import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DeckFile } from '../../src/domain/deck-file';
import { parseDeckJson } from '../../src/domain/validate-deck';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const decksDir = path.join(repoRoot, 'decks');
// CI clones the repo into a folder with ../shared beside it, so the article sits next to the repo.
const articlePath = path.resolve(repoRoot, '../shared/seed/000_c478e16002810cd2.txt');

/** The role headings of the article and the tag each role's cards carry. */
const ROLE_TAGS: Record<string, string> = {
  'product operations specialist': 'specialist',
  'product data analyst': 'product-data-analyst',
  'product operations manager': 'operations-manager',
  'product operations director': 'director',
};

/**
 * Each skill the article names: a phrase the article uses for it (so the skill is really there),
 * the tag its card carries, and a word the card must use.
 */
const SKILLS = [
  {
    skill: 'systems thinking / efficiency',
    articlePhrase: 'systems thinkers',
    tag: 'systems-thinking',
    cardWord: 'efficient',
  },
  {
    skill: 'juggling priorities through the product lens',
    articlePhrase: 'juggling multiple priorities',
    tag: 'prioritization',
    cardWord: 'product',
  },
  {
    skill: 'deep product knowledge and curiosity',
    articlePhrase: 'must know the product well',
    tag: 'product-knowledge',
    cardWord: 'curiosity',
  },
  {
    skill: 'perspective-taking',
    articlePhrase: 'perspective-taking skills',
    tag: 'perspective-taking',
    cardWord: 'stakeholders',
  },
  {
    skill: 'analytical / facility with data',
    articlePhrase: 'A facility with data',
    tag: 'analytical',
    cardWord: 'data',
  },
  {
    skill: 'organizing, automating and making meaning of data',
    articlePhrase: 'organizing, automating, and making meaning',
    tag: 'organization',
    cardWord: 'automat',
  },
  {
    skill: 'communication',
    articlePhrase: 'communication skills are critical',
    tag: 'communication',
    cardWord: 'communication',
  },
];

const EXPECTED_DECKS = [
  'questions-to-ask',
  'great-product-ops',
  'roles-and-career-path',
  'role-duties',
  'interview-questions',
];

/** Compares text as a reader would: curly and straight quotes alike, runs of spaces alike. */
function normalize(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function loadDecks(): { file: string; deck: DeckFile }[] {
  return readdirSync(decksDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({ file, deck: parseDeckJson(readFileSync(path.join(decksDir, file), 'utf8'), file) }));
}

function deckById(id: string): DeckFile {
  const found = loadDecks().find(({ deck }) => deck.id === id);
  if (!found) throw new Error(`no deck with id "${id}" in ${decksDir}`);
  return found.deck;
}

function readArticleLines(): string[] {
  if (!existsSync(articlePath)) {
    throw new Error(
      `The article was not found. Looked for it at ${articlePath} (../shared/seed beside the repository at ${repoRoot}).`,
    );
  }
  return readFileSync(articlePath, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim());
}

/** The "- " lines of the first bullet list after the heading at `index` (intro lines are skipped). */
function bulletsAfter(lines: string[], index: number): string[] {
  const bullets: string[] = [];
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('- ')) bullets.push(line.slice(2).trim());
    else if (bullets.length > 0) break;
  }
  return bullets;
}

function extractTargetedQuestions(lines: string[]): string[] {
  const heading = lines.indexOf('Targeted interview questions');
  if (heading < 0) throw new Error('the article has no "Targeted interview questions" heading');
  return bulletsAfter(lines, heading);
}

interface Duty {
  text: string;
  role: string;
  company: string;
  heading: string;
}

/** Duties from every "Job duties/responsibilities/description" section, with the role heading above it. */
function extractDuties(lines: string[]): Duty[] {
  const duties: Duty[] = [];
  lines.forEach((line, index) => {
    if (!/^Job (duties|responsibilities|description)$/.test(line)) return;
    let roleIndex = index - 1;
    while (roleIndex >= 0 && !((lines[roleIndex] ?? '').toLowerCase() in ROLE_TAGS)) roleIndex--;
    if (roleIndex < 0) throw new Error(`no role heading above "${line}" at line ${index + 1}`);
    const intro = lines.slice(index + 1).find((l) => l !== '' && !l.startsWith('- ')) ?? '';
    const company = /\bat (.+?):\s*$/.exec(intro)?.[1];
    if (!company) throw new Error(`no company named in "${intro}"`);
    const role = lines[roleIndex] as string;
    for (const text of bulletsAfter(lines, index)) duties.push({ text, role, company, heading: `${role} > ${line}` });
  });
  return duties;
}

function cardText(card: { front: string; back: string }): string {
  return normalize(`${card.front}\n${card.back}`);
}

describe('built-in decks', () => {
  it('every deck file passes the deck validator and is named after its deck id', () => {
    const decks = loadDecks();
    expect(decks.length).toBeGreaterThan(0);
    for (const { file, deck } of decks) {
      expect(file).toBe(`${deck.id}.json`);
      expect(deck.format).toBe('text');
      expect(deck.description, `${file} description`).not.toBe('');
    }
  });

  it('ships the five decks the app promises', () => {
    const ids = loadDecks().map(({ deck }) => deck.id);
    for (const id of EXPECTED_DECKS) expect(ids, `deck "${id}"`).toContain(id);
  });

  it('deck ids are unique, and card ids are unique within each deck', () => {
    const decks = loadDecks();
    const deckIds = decks.map(({ deck }) => deck.id);
    expect(new Set(deckIds).size).toBe(deckIds.length);
    for (const { file, deck } of decks) {
      const cardIds = deck.cards.map((card) => card.id);
      const duplicates = cardIds.filter((id, i) => cardIds.indexOf(id) !== i);
      expect(duplicates, `duplicate card ids in ${file}`).toEqual([]);
    }
  });

  it('card ids are meaningful names, not numbers that would shift', () => {
    for (const { file, deck } of loadDecks()) {
      for (const card of deck.cards) {
        expect(card.id, `${file}: ${card.id}`).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/);
      }
    }
  });

  it('every card has lowercase dash-joined tags and a source', () => {
    for (const { file, deck } of loadDecks()) {
      for (const card of deck.cards) {
        expect(card.tags?.length ?? 0, `${file}: ${card.id} has no tags`).toBeGreaterThan(0);
        for (const tag of card.tags ?? []) expect(tag, `${file}: ${card.id}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(card.source?.trim() ?? '', `${file}: ${card.id} has no source`).not.toBe('');
      }
    }
  });

  it('the example in decks/README.md is a valid deck a user can copy', () => {
    const readme = readFileSync(path.join(decksDir, 'README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'a ```json block in decks/README.md').toBeDefined();
    const deck = parseDeckJson(example!, 'decks/README.md');
    expect(deck.cards.length).toBeGreaterThan(0);
  });

  it("every card's source names headings that exist in the article", () => {
    const lines = new Set(readArticleLines());
    for (const { file, deck } of loadDecks()) {
      for (const card of deck.cards) {
        for (const heading of (card.source ?? '').split(' > ')) {
          expect(
            lines.has(heading),
            `${file}: ${card.id} cites "${heading}", which is not a heading of the article`,
          ).toBe(true);
        }
      }
    }
  });
});

describe('built-in decks cover the article', () => {
  it('the article is found beside the repository', () => {
    expect(() => readArticleLines()).not.toThrow();
  });

  it('all 6 targeted questions appear verbatim on a card front in "Questions to ask the interviewer"', () => {
    const questions = extractTargetedQuestions(readArticleLines());
    expect(questions).toHaveLength(6);
    const fronts = deckById('questions-to-ask').cards.map((card) => normalize(card.front));
    for (const question of questions) {
      expect(
        fronts.some((front) => front.includes(normalize(question))),
        `no card asks: ${question}`,
      ).toBe(true);
    }
  });

  it('all 27 job duties appear verbatim in "Role duties", each naming its role and company and tagged with its role', () => {
    const duties = extractDuties(readArticleLines());
    expect(duties).toHaveLength(27);
    expect(new Set(duties.map((duty) => duty.role)).size).toBe(4);
    const cards = deckById('role-duties').cards;
    for (const duty of duties) {
      const matching = cards.filter((card) => normalize(card.front).includes(normalize(duty.text)));
      expect(matching, `cards quoting the duty: ${duty.text}`).toHaveLength(1);
      const card = matching[0]!;
      expect(normalize(card.back), `${card.id} back names the role`).toContain(normalize(duty.role));
      expect(normalize(card.back), `${card.id} back names the company`).toContain(normalize(duty.company));
      expect(card.tags, card.id).toContain(ROLE_TAGS[duty.role.toLowerCase()]);
      expect(card.tags, card.id).toContain('duty');
      expect(card.source, card.id).toBe(duty.heading);
    }
  });

  it('"Role duties" holds no duty the article does not list', () => {
    const duties = extractDuties(readArticleLines()).map((duty) => normalize(duty.text));
    for (const card of deckById('role-duties').cards) {
      expect(
        duties.some((duty) => normalize(card.front).includes(duty)),
        `${card.id} quotes no article duty`,
      ).toBe(true);
    }
  });

  it('each skill the article names has a card in "What makes a great product-ops professional"', () => {
    const article = normalize(readArticleLines().join('\n'));
    const cards = deckById('great-product-ops').cards;
    for (const { skill, articlePhrase, tag, cardWord } of SKILLS) {
      expect(article, `the article names ${skill}`).toContain(normalize(articlePhrase));
      const card = cards.find((c) => c.tags?.includes(tag) && cardText(c).includes(cardWord));
      expect(card, `a card for the skill "${skill}" (tag "${tag}", mentioning "${cardWord}")`).toBeDefined();
    }
  });

  it('each of the four roles has cards for its level or focus, its candidates, and where it leads next', () => {
    const cards = deckById('roles-and-career-path').cards;
    for (const tag of Object.values(ROLE_TAGS)) {
      const tagged = cards.filter((card) => card.tags?.includes(tag));
      expect(
        tagged.some((card) => card.tags?.includes('career')),
        `${tag}: a "where next" card`,
      ).toBe(true);
      expect(
        tagged.some((card) => card.tags?.includes('level')),
        `${tag}: a level card`,
      ).toBe(true);
    }
  });

  it('"Questions you may be asked" has at least 15 questions, each saying which duty or skill it comes from', () => {
    const cards = deckById('interview-questions').cards;
    expect(cards.length).toBeGreaterThanOrEqual(15);
    for (const card of cards) {
      expect(card.notes?.trim() ?? '', `${card.id} notes`).not.toBe('');
      expect(card.back, `${card.id} lists what a strong answer covers`).toMatch(/^- /m);
    }
  });

  it('interview questions that quote a duty quote it verbatim from the article', () => {
    const duties = extractDuties(readArticleLines());
    const cards = deckById('interview-questions').cards;
    const quoting = cards.filter((card) => card.source?.includes(' > Job '));
    expect(quoting.length).toBeGreaterThan(0);
    for (const card of quoting) {
      const duty = duties.find((d) => normalize(card.notes ?? '').includes(normalize(d.text)));
      expect(duty, `${card.id} notes quote a duty of ${card.source}`).toBeDefined();
      expect(card.tags, card.id).toContain(ROLE_TAGS[duty!.role.toLowerCase()]);
    }
  });
});
