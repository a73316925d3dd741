import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeText as normalize, readArticleData } from '../../scripts/article-data';
import type { DeckFile } from '../../src/domain/deck-file';
import { parseDeckJson } from '../../src/domain/validate-deck';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const decksDir = path.join(repoRoot, 'decks');
/** What the decks must cover, copied from the article (checked against it by `npm run check:article`). */
const article = readArticleData();

/** The role headings of the article and the tag each role's cards carry. */
const ROLE_TAGS: Record<string, string> = Object.fromEntries(
  article.roles.map((role) => [role.name.toLowerCase(), role.tag]),
);

/** Each skill the article names, the tag its card carries, and a word the card must use. */
const CARD_WORDS: Record<string, string> = {
  'systems-thinking': 'efficient',
  prioritization: 'product',
  'product-knowledge': 'curiosity',
  'perspective-taking': 'stakeholders',
  analytical: 'data',
  organization: 'automat',
  communication: 'communication',
};

const EXPECTED_DECKS = [
  'questions-to-ask',
  'great-product-ops',
  'roles-and-career-path',
  'role-duties',
  'interview-questions',
];

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

  it("every card's source names a section of the article", () => {
    const sections = new Set(article.sections);
    for (const { file, deck } of loadDecks()) {
      for (const card of deck.cards) {
        expect(
          sections.has(card.source ?? ''),
          `${file}: ${card.id} cites "${card.source}", which is not a section of the article`,
        ).toBe(true);
      }
    }
  });
});

describe('built-in decks cover the article', () => {
  it('all 6 targeted questions appear verbatim on a card front in "Questions to ask the interviewer"', () => {
    const questions = article.questionsToAsk.questions;
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
    const duties = article.duties;
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
      expect(card.source, card.id).toBe(duty.section);
    }
  });

  it('"Role duties" holds no duty the article does not list', () => {
    const duties = article.duties.map((duty) => normalize(duty.text));
    for (const card of deckById('role-duties').cards) {
      expect(
        duties.some((duty) => normalize(card.front).includes(duty)),
        `${card.id} quotes no article duty`,
      ).toBe(true);
    }
  });

  it('each skill the article names has a card in "What makes a great product-ops professional"', () => {
    const cards = deckById('great-product-ops').cards;
    expect(article.skills.map((skill) => skill.id).sort()).toEqual(Object.keys(CARD_WORDS).sort());
    for (const skill of article.skills) {
      const cardWord = CARD_WORDS[skill.id]!;
      const card = cards.find((c) => c.tags?.includes(skill.id) && cardText(c).includes(cardWord));
      expect(card, `a card for the skill "${skill.name}" (tag "${skill.id}", mentioning "${cardWord}")`).toBeDefined();
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
    const duties = article.duties;
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
