/**
 * How the built-in cards are made (issue 13): recall cards that hold one fact and can be graded
 * in two seconds, no card asked twice, roles as tags, progress kept by ids that keep their
 * meaning, and an interview deck of questions an interviewer would ask, each with the points of
 * a strong answer.
 */
import { describe, expect, it } from 'vitest';
import { answerPointsProblem } from '../../src/domain/answer-points';
import {
  allCards,
  article,
  bullets,
  deckById,
  INTERVIEW_DECK,
  KEPT_IDS,
  loadDecks,
  normalize,
  quotations,
  RECALL_DECKS,
  RETIRED_IDS,
  roleByName,
  roleOfDuty,
  roleTags,
  wordCount,
} from './deck-helpers';

/** The most words a recall card's back may have, per deck: enough for one fact, read in two seconds. */
const WORD_LIMITS: Record<(typeof RECALL_DECKS)[number], number> = {
  'questions-to-ask': 22,
  'great-product-ops': 20,
  'roles-and-career-path': 18,
  // A duty in plain words, then the role and company.
  'role-duties': 30,
};

/** Deliberate exceptions to the word limit, and why. */
const LONG_BACKS: Record<string, string> = {
  'questions-to-ask/ask-situation-build-or-refine': 'the article\u2019s 38-word question, recalled word for word',
};

const THEMES: Record<string, string> = {
  'what-is-product-ops': 'what product ops is, and how it differs from product and program management',
  'measuring-success': 'how you measure the success of product ops',
  'first-90-days': 'your first 30/60/90 days, or being the first product-ops hire',
  'change-management': 'rolling out a process to people who resist it',
  tooling: 'choosing tools and avoiding tool sprawl',
  'launch-readiness': 'getting sales and support ready for a launch',
  'stakeholder-conflict': 'a PM and sales disagreeing on priorities; leading without authority',
  ambiguity: 'ambiguity and shifting priorities',
  'management-style': 'management style (director)',
  'process-impact': 'showing that a process speeds teams up',
  'sql-analytics': 'hands-on SQL and analytics (analyst)',
};

/** How a behavioural question ("about a time you...") opens; the others ask what you would do. */
const BEHAVIOURAL_OPENING =
  /^\u201C(Tell me (about|how you)|Describe a|How have you|Walk me through an audit|What impact did)/;

const recallCards = () => allCards().filter(({ deckId }) => deckId !== INTERVIEW_DECK);
const cardKey = (deckId: string, id: string) => `${deckId}/${id}`;
const companies = [...new Set(article.roles.map((role) => role.company))];
/** The ways the article names each role: its heading, its name in the list of roles, and a short name. */
const SHORT_NAMES: Record<string, string> = {
  specialist: 'specialist',
  'product-data-analyst': 'data analyst',
  'operations-manager': 'operations manager',
  director: 'director',
};
const roleNames = (tag: string): string[] => {
  const role = article.roles.find((r) => r.tag === tag)!;
  return [role.name, role.listedAs, SHORT_NAMES[tag]!];
};
const namesRole = (text: string, tag: string) =>
  roleNames(tag).some((name) => normalize(text).includes(normalize(name)));

describe('recall cards hold one fact each', () => {
  it('backs stay within their deck\u2019s word limit, but for the listed exceptions', () => {
    for (const deckId of RECALL_DECKS) {
      for (const card of deckById(deckId).cards) {
        const key = cardKey(deckId, card.id);
        const words = wordCount(card.back);
        if (key in LONG_BACKS) {
          expect(words, `${key} is listed as an exception but fits the limit`).toBeGreaterThan(WORD_LIMITS[deckId]);
        } else {
          expect(words, `${key}: ${words} words on the back`).toBeLessThanOrEqual(WORD_LIMITS[deckId]);
        }
      }
    }
  });

  it('each front asks one thing: one question, or one blank to fill', () => {
    for (const { deckId, card } of recallCards()) {
      // What a card quotes (a question to ask, a duty) is not what it asks.
      let asked = card.front;
      for (const quote of quotations(card.front)) asked = asked.replace(quote, '');
      const questions = (asked.match(/\?/g) ?? []).length;
      const blanks = (asked.match(/___/g) ?? []).length;
      expect(questions + blanks, `${cardKey(deckId, card.id)}: "${card.front}"`).toBe(1);
    }
  });

  it('no recall card answers with a list to recite', () => {
    for (const { deckId, card } of recallCards()) expect(bullets(card.back), cardKey(deckId, card.id)).toEqual([]);
  });

  it('no two cards share a front, and no two share a back', () => {
    for (const side of ['front', 'back'] as const) {
      const seen = new Map<string, string>();
      for (const { deckId, card } of allCards()) {
        const text = normalize(card[side]);
        const other = seen.get(text);
        expect(other, `${cardKey(deckId, card.id)} has the same ${side} as ${other}`).toBeUndefined();
        seen.set(text, cardKey(deckId, card.id));
      }
    }
  });

  it('no card whose answer is a role names that role\u2019s company on its front', () => {
    const answersWithRole = allCards().filter(({ card }) =>
      article.roles.some((role) =>
        roleNames(role.tag).some((name) =>
          normalize(card.back.split('\n')[0]!).replace(/^the /, '').startsWith(normalize(name)),
        ),
      ),
    );
    expect(answersWithRole.length).toBeGreaterThanOrEqual(4);
    for (const { deckId, card } of answersWithRole) {
      for (const company of companies)
        expect(normalize(card.front), `${cardKey(deckId, card.id)} names ${company}`).not.toContain(normalize(company));
    }
  });
});

describe('progress is kept by ids that keep their meaning', () => {
  it('every card id that kept its meaning is still there', () => {
    for (const [deckId, ids] of Object.entries(KEPT_IDS)) {
      const present = new Set(deckById(deckId).cards.map((card) => card.id));
      for (const id of ids) expect(present.has(id), `${deckId}/${id} was kept`).toBe(true);
    }
  });

  it('no retired id comes back on another card (it would bring the old card\u2019s progress with it)', () => {
    for (const [deckId, ids] of Object.entries(RETIRED_IDS)) {
      const present = new Set(deckById(deckId).cards.map((card) => card.id));
      for (const id of ids) expect(present.has(id), `${deckId}/${id} is retired`).toBe(false);
    }
  });
});

describe('roles as tags', () => {
  it('every card from a role\u2019s section carries that role\u2019s tag', () => {
    for (const { deckId, card } of allCards()) {
      const section = (card.source ?? '').split(' > ')[0]!;
      const role = roleByName.get(section);
      if (role) expect(card.tags, `${cardKey(deckId, card.id)} (${card.source})`).toContain(role.tag);
    }
  });

  it('every role tag on a recall card is that card\u2019s role: from the role\u2019s section, or naming the role', () => {
    for (const { deckId, card } of recallCards()) {
      for (const tag of (card.tags ?? []).filter((t) => roleTags.includes(t))) {
        const role = article.roles.find((r) => r.tag === tag)!;
        const fromSection = (card.source ?? '').split(' > ')[0] === role.section;
        const named = namesRole(`${card.front}\n${card.back}`, tag);
        expect(fromSection || named, `${cardKey(deckId, card.id)} is tagged ${tag}`).toBe(true);
      }
    }
  });

  it('every interview question carries the tag of each role it is for, and that of the duty it quotes', () => {
    for (const card of deckById(INTERVIEW_DECK).cards) {
      expect(
        card.tags?.some((tag) => roleTags.includes(tag)),
        `${card.id} has a role tag`,
      ).toBe(true);
      for (const duty of article.duties.filter((d) => normalize(card.notes ?? '').includes(normalize(d.text))))
        expect(card.tags, card.id).toContain(roleOfDuty(duty).tag);
    }
  });
});

describe('questions you may be asked', () => {
  const cards = () => deckById(INTERVIEW_DECK).cards;

  it('is an interview deck of at least 45 questions, at least 8 for each role', () => {
    const deck = deckById(INTERVIEW_DECK);
    expect(deck.interview).toBe(true);
    expect(deck.cards.length).toBeGreaterThanOrEqual(45);
    for (const tag of roleTags) {
      const count = deck.cards.filter((card) => card.tags?.includes(tag)).length;
      expect(count, `questions for ${tag}`).toBeGreaterThanOrEqual(8);
    }
    expect(
      loadDecks()
        .filter(({ deck: d }) => d.interview)
        .map(({ deck: d }) => d.id),
    ).toEqual([INTERVIEW_DECK]);
  });

  it('each card is a question an interviewer would ask, in their words', () => {
    for (const card of cards()) expect(card.front, card.id).toMatch(/^\u201C[A-Z][^\u201C\u201D]+[?.]\u201D$/);
  });

  it('each lists at most five points of a strong answer, one line each with key words, and its back shows them', () => {
    for (const card of cards()) {
      expect(answerPointsProblem(card.points), card.id).toBeNull();
      expect(card.points!.length, card.id).toBeGreaterThanOrEqual(3);
      expect(card.back, card.id).toBe(
        ['A strong answer covers:', ...card.points!.map((point) => `- ${point.text}`)].join('\n'),
      );
    }
  });

  it('each note names the duty it draws on (word for word) or the skill (with the article\u2019s words)', () => {
    for (const card of cards()) {
      const notes = normalize(card.notes ?? '');
      const duty = article.duties.some((d) => notes.includes(normalize(d.text)));
      const skill = article.skills.some((s) => notes.includes(normalize(s.name)) && notes.includes(normalize(s.quote)));
      expect(duty || skill, `${card.id}: ${card.notes}`).toBe(true);
    }
  });

  it('covers all 27 duties, each question citing the section of the duty it quotes', () => {
    for (const duty of article.duties) {
      const quoting = cards().filter((card) => normalize(card.notes ?? '').includes(normalize(duty.text)));
      expect(quoting.length, `a question drawing on: ${duty.text}`).toBeGreaterThan(0);
      for (const card of quoting) expect(card.source, card.id).toBe(duty.section);
    }
  });

  it('covers the themes product-ops interviews ask about', () => {
    for (const [tag, theme] of Object.entries(THEMES)) {
      expect(
        cards().some((card) => card.tags?.includes(tag)),
        `a question on ${theme} (tag "${tag}")`,
      ).toBe(true);
    }
    const director = cards().filter((card) => card.tags?.includes('management-style'));
    expect(director.every((card) => card.tags?.includes('director'))).toBe(true);
    const sql = cards().filter((card) => card.tags?.includes('sql-analytics'));
    expect(sql.every((card) => card.tags?.includes('product-data-analyst'))).toBe(true);
  });

  it('behavioural questions (about a time you did something) are marked, and only they', () => {
    const behavioural = cards().filter((card) => card.behavioural);
    expect(behavioural.length).toBeGreaterThanOrEqual(15);
    for (const card of cards())
      expect(card.behavioural === true, `${card.id}: ${card.front}`).toBe(BEHAVIOURAL_OPENING.test(card.front));
  });
});
