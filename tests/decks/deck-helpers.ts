/** The built-in decks and the article's items they must cover, for the deck tests (all inside the repository). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeText, readArticleData, type ArticleDuty } from '../../scripts/article-data';
import type { DeckFile, DeckFileCard } from '../../src/domain/deck-file';
import { parseDeckJson } from '../../src/domain/validate-deck';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const decksDir = path.join(repoRoot, 'decks');
/** What the decks must cover, copied from the article (checked against it by `npm run check:article`). */
export const article = readArticleData();
export const normalize = normalizeText;

/** The decks studied by recall (one fact per card), as against the interview questions. */
export const RECALL_DECKS = ['questions-to-ask', 'great-product-ops', 'roles-and-career-path', 'role-duties'] as const;
export const INTERVIEW_DECK = 'interview-questions';

/** Ids of the previous version whose cards keep their meaning: they keep their progress (issue 13). */
export const KEPT_IDS: Record<string, string[]> = {
  'questions-to-ask': [
    'ask-cross-org-communication',
    'ask-data-intersection',
    'ask-define-success',
    'ask-evolution-2-3-years',
    'ask-one-or-many-products',
    'ask-process-maturity',
    'ask-situation-build-or-refine',
    'ask-situation-consistency-or-tactical',
    'ask-situation-other-departments',
    'ask-situation-what-you-are-judged-on',
    'ask-why-targeted-questions',
  ],
  'great-product-ops': [
    'career-introspection-questions',
    'career-introspection-why-needed',
    'skill-career-toolkit',
    'skill-communication',
    'skill-data-why-offload',
    'skill-facility-with-data',
    'skill-invaluable-combination',
    'skill-juggling-priorities',
    'skill-organizing-data',
    'skill-organizing-data-payoff',
    'skill-perspective-in-practice',
    'skill-perspective-taking',
    'skill-product-knowledge',
    'skill-systems-thinking',
  ],
  'roles-and-career-path': [
    'career-impact-story',
    'data-analyst-candidates',
    'data-analyst-context',
    'data-analyst-level-focus',
    'director-focus-areas',
    'director-orchestra',
    'director-scarcity',
    'director-vs-manager',
    'focused-job-customer-data',
    'focused-job-tool-owner',
    'function-evolution-drivers',
    'function-large-org',
    'function-no-consistent-hierarchy',
    'function-no-vp-level',
    'function-purpose',
    'function-reports-to',
    'function-small-org',
    'function-why-created',
    'manager-candidate-backgrounds',
    'manager-candidate-needs',
    'manager-first-hire',
    'manager-ownership',
    'specialist-candidates',
    'specialist-connective-tissue',
    'specialist-level',
    'specialist-vantage-point',
    'title-prefixes-large-orgs',
    'title-variants-specialist',
  ],
  'role-duties': [
    'duty-data-analyst-research-merchants',
    'duty-director-pm-education-program',
    'duty-manager-special-projects',
    'duty-specialist-user-issue-systems',
  ],
  'interview-questions': [
    'iq-career-impact-story',
    'iq-data-analyst-automated-checks',
    'iq-data-analyst-integrity-audit',
    'iq-data-analyst-quality-issue',
    'iq-data-analyst-success-metrics',
    'iq-director-feedback-review-meeting',
    'iq-director-operational-challenges',
    'iq-director-pm-education',
    'iq-director-standardize-processes',
    'iq-manager-analytics-prioritize',
    'iq-manager-central-repository',
    'iq-manager-prevent-breakdowns',
    'iq-manager-scale-with-company',
    'iq-manager-special-project',
    'iq-skill-competing-priorities',
    'iq-skill-more-efficient-process',
    'iq-skill-offload-product-managers',
    'iq-skill-reporting-cadence',
    'iq-skill-tailor-for-audiences',
    'iq-specialist-document-process',
    'iq-specialist-feature-status',
    'iq-specialist-roadmap-visibility',
    'iq-specialist-summarize-trends',
    'iq-specialist-user-issues-to-resolution',
  ],
};
/** Ids of the previous version retired (their cards asked something no card asks now): never to be reused. */
export const RETIRED_IDS: Record<string, string[]> = {
  'roles-and-career-path': [
    'data-analyst-next-steps',
    'director-next-steps',
    'function-two-ways-adopted',
    'manager-next-steps',
    'roles-four-listed',
    'specialist-next-steps',
  ],
  'role-duties': [
    'duty-data-analyst-audits',
    'duty-data-analyst-define-features',
    'duty-data-analyst-quality-assessments',
    'duty-data-analyst-quality-guidelines',
    'duty-data-analyst-quality-improvement',
    'duty-data-analyst-success-metrics',
    'duty-data-analyst-test-methods',
    'duty-director-feedback-planning-meetings',
    'duty-director-operational-challenges',
    'duty-director-standardize-processes',
    'duty-director-streamline-communication',
    'duty-director-usage-data-for-leadership',
    'duty-manager-central-repositories',
    'duty-manager-craft-practices',
    'duty-manager-product-analytics',
    'duty-manager-scale-with-company',
    'duty-specialist-document-processes',
    'duty-specialist-feature-launch-reports',
    'duty-specialist-feature-status-accountability',
    'duty-specialist-manage-feature-projects',
    'duty-specialist-product-data',
    'duty-specialist-roadmap-visibility',
    'duty-specialist-summarize-trends',
  ],
};

export function loadDecks(): { file: string; deck: DeckFile }[] {
  return readdirSync(decksDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({ file, deck: parseDeckJson(readFileSync(path.join(decksDir, file), 'utf8'), file) }));
}

export function deckById(id: string): DeckFile {
  const found = loadDecks().find(({ deck }) => deck.id === id);
  if (!found) throw new Error(`no deck with id "${id}" in ${decksDir}`);
  return found.deck;
}

/** Every card of every built-in deck, with its deck id. */
export function allCards(): { deckId: string; card: DeckFileCard }[] {
  return loadDecks().flatMap(({ deck }) => deck.cards.map((card) => ({ deckId: deck.id, card })));
}

export const roleByName = new Map(article.roles.map((role) => [role.name, role]));
export const roleTags: string[] = article.roles.map((role) => role.tag);

export function roleOfDuty(duty: ArticleDuty) {
  return roleByName.get(duty.role)!;
}

/** Words in a text, as a reader counts them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/** The texts inside curly quotes: what a card quotes. */
export function quotations(text: string): string[] {
  return [...text.matchAll(/\u201C([\s\S]*?)\u201D/g)].map((m) => m[1]!);
}

/** The bullet items ("- ") of a text. */
export function bullets(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2));
}

/** A text with its surrounding quotes removed, for comparing a quoted question with the article's. */
export function unquote(text: string): string {
  return text.trim().replace(/^[\u201C"]|[\u201D"]$/g, '');
}
