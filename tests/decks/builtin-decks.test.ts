/**
 * The five built-in decks: valid, well formed, and covering the article's items word for word
 * (decks/source/article.json, copied from the article and checked against it by
 * `npm run check:article`). Nothing here reads outside the repository.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/domain/roles';
import { parseDeckJson } from '../../src/domain/validate-deck';
import {
  allCards,
  article,
  deckById,
  decksDir,
  INTERVIEW_DECK,
  loadDecks,
  normalize,
  quotations,
  RECALL_DECKS,
  roleOfDuty,
  unquote,
} from './deck-helpers';

const EXPECTED_DECKS = [...RECALL_DECKS, INTERVIEW_DECK];

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
    for (const { deckId, card } of allCards()) {
      expect(card.id, `${deckId}: ${card.id}`).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/);
    }
  });

  it('every card has lowercase dash-joined tags and a source', () => {
    for (const { deckId, card } of allCards()) {
      expect(card.tags?.length ?? 0, `${deckId}: ${card.id} has no tags`).toBeGreaterThan(0);
      for (const tag of card.tags ?? []) expect(tag, `${deckId}: ${card.id}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(card.source?.trim() ?? '', `${deckId}: ${card.id} has no source`).not.toBe('');
    }
  });

  it('the example in decks/README.md is a valid deck a user can copy, with answer points', () => {
    const readme = readFileSync(path.join(decksDir, 'README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'a ```json block in decks/README.md').toBeDefined();
    const deck = parseDeckJson(example!, 'decks/README.md');
    expect(deck.interview).toBe(true);
    expect(deck.cards.some((card) => card.behavioural && (card.points?.length ?? 0) > 0)).toBe(true);
  });
});

describe('faithful to the article', () => {
  it("every card's source names a section of the article", () => {
    const sections = new Set(article.sections);
    for (const { deckId, card } of allCards()) {
      expect(
        sections.has(card.source ?? ''),
        `${deckId}: ${card.id} cites "${card.source}", which is not a section of the article`,
      ).toBe(true);
    }
  });

  it('every passage a card quotes (in curly quotes) is word for word in the article', () => {
    const quotable = [
      ...article.questionsToAsk.questions,
      ...article.duties.map((duty) => duty.text),
      ...article.skills.map((skill) => skill.quote),
      ...article.passages.map((passage) => passage.quote),
      ...article.sections.flatMap((section) => section.split(' > ')),
    ].map(normalize);
    for (const { deckId, card } of allCards()) {
      // An interview question is the interviewer's words, quoted; its notes quote the article.
      const fields = deckId === INTERVIEW_DECK ? [card.notes] : [card.front, card.back, card.notes];
      for (const quote of fields.flatMap((text) => quotations(text ?? ''))) {
        expect(
          quotable.some((text) => text.includes(normalize(quote))),
          `${deckId}: ${card.id} quotes "${quote}", which is not word for word in decks/source/article.json`,
        ).toBe(true);
      }
    }
  });

  it('a card that gives our advice rather than the article\u2019s says so', () => {
    const advice = allCards().filter(({ card }) => card.tags?.includes('our-advice'));
    expect(advice.length).toBeGreaterThanOrEqual(6);
    for (const { card } of advice) expect(card.notes ?? '', card.id).toMatch(/^Our advice, not the article/);
  });
});

describe('the decks cover the article', () => {
  it('all 6 questions to ask are the answer of a recall card, cued by what you want to find out', () => {
    const { questions } = article.questionsToAsk;
    expect(questions).toHaveLength(6);
    const cards = deckById('questions-to-ask').cards;
    for (const question of questions) {
      const recall = cards.filter((card) => normalize(unquote(card.back)) === normalize(question));
      expect(recall, `a card whose answer is: ${question}`).toHaveLength(1);
      expect(normalize(recall[0]!.front), `${recall[0]!.id} does not give its answer away`).not.toContain(
        normalize(question),
      );
    }
  });

  it('each of the 6 questions has a card on what its answer tells you, marked as our advice', () => {
    const cards = deckById('questions-to-ask').cards;
    for (const question of article.questionsToAsk.questions) {
      const why = cards.filter((card) => normalize(card.front).includes(normalize(question)));
      expect(why, `a "why ask it" card for: ${question}`).toHaveLength(1);
      expect(why[0]!.tags).toContain('our-advice');
    }
  });

  it('all 27 duties, word for word, each on one "in practice" card with its role and company on the back', () => {
    expect(article.duties).toHaveLength(27);
    const cards = deckById('role-duties').cards.filter((card) => !card.tags?.includes('which-role'));
    for (const duty of article.duties) {
      const role = roleOfDuty(duty);
      const matching = cards.filter((card) => normalize(card.front).includes(normalize(duty.text)));
      expect(matching, `cards quoting the duty: ${duty.text}`).toHaveLength(1);
      const card = matching[0]!;
      expect(card.front, card.id).toMatch(/^What does this duty mean in practice\?/);
      const back = normalize(card.back);
      expect(
        back.endsWith(normalize(`${role.name} (${duty.company})`)),
        `${card.id}: the role and company end the back`,
      ).toBe(true);
      expect(card.tags, card.id).toContain(role.tag);
      expect(card.tags, card.id).toContain('duty');
      expect(card.source, card.id).toBe(duty.section);
    }
  });

  it('the three data duties that look alike are told apart, one card for each role', () => {
    const cards = deckById('role-duties').cards.filter((card) => card.tags?.includes('tell-apart'));
    const roles = new Set(cards.flatMap((card) => card.tags ?? []).filter((tag) => ROLES.some((r) => r.tag === tag)));
    expect(cards).toHaveLength(3);
    expect(roles).toEqual(new Set(['specialist', 'operations-manager', 'director']));
  });

  it('"which role?" is asked only of duties one posting has, with the role and company as the answer', () => {
    const cards = deckById('role-duties').cards.filter((card) => card.tags?.includes('which-role'));
    expect(cards.length).toBeGreaterThanOrEqual(4);
    for (const card of cards) {
      const duty = article.duties.find((d) => normalize(card.notes ?? '').includes(normalize(d.text)));
      expect(duty, `${card.id} notes quote the duty it asks about`).toBeDefined();
      const role = roleOfDuty(duty!);
      expect(card.back, card.id).toBe(`${role.name} (${duty!.company}).`);
      expect(card.tags, card.id).toContain(role.tag);
    }
  });

  it('"Role duties" holds only cards about the article\u2019s duties', () => {
    const dutySections = new Set(article.duties.map((duty) => duty.section));
    for (const card of deckById('role-duties').cards) {
      expect(dutySections.has(card.source ?? ''), `${card.id}: ${card.source}`).toBe(true);
      expect(card.tags, card.id).toContain('duty');
    }
  });

  it('each skill the article names has a recall card tagged with it, from the skill\u2019s section', () => {
    const recall = allCards().filter(({ deckId }) => deckId !== INTERVIEW_DECK);
    for (const skill of article.skills) {
      const cards = recall.filter(({ card }) => card.tags?.includes(skill.id));
      expect(cards.length, `a recall card tagged "${skill.id}" (${skill.name})`).toBeGreaterThan(0);
      expect(
        cards.some(({ card }) => card.source === skill.section),
        `a "${skill.id}" card citing ${skill.section}`,
      ).toBe(true);
    }
  });

  it('each of the four roles has cards for its level or focus, its candidates, and where it leads next', () => {
    const cards = deckById('roles-and-career-path').cards;
    expect(article.roles.map((role) => role.tag)).toEqual(ROLES.map((role) => role.tag));
    for (const role of article.roles) {
      const tagged = cards.filter((card) => card.tags?.includes(role.tag));
      for (const kind of ['level', 'career'])
        expect(
          tagged.some((card) => card.tags?.includes(kind)),
          `${role.tag}: a "${kind}" card`,
        ).toBe(true);
    }
  });

  it('each role the article lists is the answer of a card', () => {
    const backs = deckById('roles-and-career-path').cards.map((card) => normalize(card.back));
    for (const listed of article.rolesListed.roles) expect(backs, listed).toContain(normalize(`${listed}.`));
  });
});
