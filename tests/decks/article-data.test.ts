/**
 * decks/source/article.json, the article's items inside the repository: its shape, its roles
 * against src/domain/roles.ts, that the built-in deck loader never takes it for a deck, and that
 * `npm run check:article` (scripts/article-check.ts) catches an item that is not word for word.
 * The article itself is not in the repository: these checks run on an article text rebuilt
 * from the file, then altered.
 */
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../scripts/article-check';
import { readArticleData, type ArticleData } from '../../scripts/article-data';
import { loadBuiltinDecks } from '../../src/app/builtin-decks';
import { ROLES } from '../../src/domain/roles';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const article = readArticleData();

/** An article text with the file's items in the article's layout: headings, intro lines, "- " lists. */
function renderArticle(data: ArticleData): string {
  const lines = [data.title, 'An introduction.'];
  const emitted = new Set<string>([data.title]);
  for (const section of data.sections) {
    const heading = section.split(' > ').at(-1)!;
    if (!emitted.has(section)) lines.push(heading);
    emitted.add(section);
    const body: string[] = [];
    if (section === data.questionsToAsk.section)
      body.push('Ask these:', ...data.questionsToAsk.questions.map((q) => `- ${q}`), 'After the list.');
    if (section === data.rolesListed.section)
      body.push(...data.rolesListed.roles.map((r) => `- ${r}`), 'After the list.');
    for (const role of data.roles.filter((r) => r.dutiesSection === section)) {
      body.push(`Below is an excerpt of a posting (found on LinkedIn) at ${role.company}:`);
      body.push(...data.duties.filter((d) => d.role === role.name).map((d) => `- ${d.text}`), 'After the list.');
    }
    for (const skill of data.skills.filter((s) => s.section === section)) body.push(`They say ${skill.quote} here.`);
    for (const passage of data.passages.filter((p) => p.section === section)) body.push(passage.quote);
    lines.push(...(body.length > 0 ? body : ['A paragraph.']));
  }
  return lines.join('\n');
}

const clone = (): ArticleData => structuredClone(article);

describe('decks/source/article.json', () => {
  it('holds the 6 questions to ask, the 4 roles and their 27 duties, and the named skills', () => {
    expect(article.questionsToAsk.questions).toHaveLength(6);
    expect(article.rolesListed.roles).toHaveLength(4);
    expect(article.roles).toHaveLength(4);
    expect(article.duties).toHaveLength(27);
    expect(new Set(article.duties.map((d) => d.id)).size).toBe(27);
    expect(article.skills.length).toBeGreaterThanOrEqual(7);
    expect(article.passages.length).toBeGreaterThan(0);
  });

  it("each role's tag is the tag src/domain/roles.ts gives that role", () => {
    expect(article.roles.map((role) => role.tag)).toEqual(ROLES.map((role) => role.tag));
  });

  it('is not a deck: the built-in deck loader loads exactly the deck files in decks/', async () => {
    const decksDir = fileURLToPath(new URL('../../decks', import.meta.url));
    const files = readdirSync(decksDir).filter((name) => name.endsWith('.json'));
    const loaded = await loadBuiltinDecks();
    expect(loaded.map((deck) => `${deck.id}.json`).sort()).toEqual(files.sort());
  });
});

describe('npm run check:article', () => {
  it('passes on an article that has every item word for word', () => {
    expect(checkArticle(article, renderArticle(article)).problems).toEqual([]);
  });

  it('reads curly and straight quotes, and runs of spaces, alike', () => {
    const text = renderArticle(article).replace(/'/g, '\u2019').replace(/ /g, '  ');
    expect(checkArticle(article, text).problems).toEqual([]);
  });

  it('finds a question, a duty and a skill that are not word for word in the article', () => {
    const question = article.questionsToAsk.questions[2]!;
    const duty = article.duties[11]!;
    const skill = article.skills[6]!;
    const text = renderArticle(article)
      .replace(question, question.replace('one product', 'a single product'))
      .replace(duty.text, duty.text.replace(/\w+/, 'Study'))
      .replace(skill.quote, 'something else');
    const { problems } = checkArticle(article, text);
    expect(problems).toContainEqual(`questionsToAsk: the article does not list "${question}"`);
    expect(problems).toContainEqual(`duty "${duty.id}": not word for word under "${duty.section}": "${duty.text}"`);
    expect(problems.some((p) => p.startsWith(`skill "${skill.id}"`))).toBe(true);
  });

  it('finds a question or a duty the file leaves out', () => {
    const data = clone();
    const [dropped] = data.questionsToAsk.questions.splice(1, 1);
    const droppedDuty = data.duties.pop()!;
    const { problems } = checkArticle(data, renderArticle(article));
    expect(problems).toContainEqual(`questionsToAsk: the file leaves out "${dropped}"`);
    expect(problems).toContainEqual(`role "${droppedDuty.role}", duties: the file leaves out "${droppedDuty.text}"`);
  });

  it("finds a duty given the wrong company or the wrong role, and a role's wrong company", () => {
    const data = clone();
    data.duties[0]!.company = 'MX';
    const moved = data.duties[20]!;
    moved.role = 'Product operations director';
    const text = renderArticle(article).replace(`at ${article.roles[2]!.company}:`, 'at Another Company:');
    const { problems } = checkArticle(data, text);
    expect(problems).toContainEqual(
      `duty "${data.duties[0]!.id}": company "MX", but the role's posting is at "Muck Rack"`,
    );
    expect(problems).toContainEqual(`role "${moved.role}", duties: the article does not list "${moved.text}"`);
    expect(problems).toContainEqual(
      `role "${article.roles[2]!.name}": the article quotes a posting at "Another Company", not "${article.roles[2]!.company}"`,
    );
  });

  it('finds a passage a card quotes that is not word for word in its section', () => {
    const passage = article.passages[0]!;
    const text = renderArticle(article).replace(passage.quote, passage.quote.replace(/\w+/, 'Some'));
    expect(checkArticle(article, text).problems).toContainEqual(
      `passage "${passage.quote}" is not word for word in the section "${passage.section}"`,
    );
  });

  it('finds a section whose headings the article does not have', () => {
    const data = clone();
    data.sections.push('Product operations specialist > Job perks');
    expect(checkArticle(data, renderArticle(article)).problems).toContainEqual(
      'section "Product operations specialist > Job perks": its headings are not lines of the article in that order',
    );
  });
});
