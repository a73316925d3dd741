/**
 * Checks decks/source/article.json against the article it was copied from:
 *
 *   npm run check:article -- <path to the article as plain text>
 *
 * Prints what it checked, or each difference, and exits with 1 if there is any. Not part of
 * `npm test`: the article is not in the repository.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ARTICLE_DATA_PATH, readArticleData } from './article-data';
import { checkArticle } from './article-check';

const articlePath = process.argv.slice(1).find((arg) => arg !== '--');
if (!articlePath) {
  console.error('Usage: npm run check:article -- <path to the article as plain text>');
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(articlePath, 'utf8');
} catch (error) {
  console.error(`Cannot read the article at ${articlePath}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const dataFile = relative(process.cwd(), ARTICLE_DATA_PATH);
const { problems, counts } = checkArticle(readArticleData(), text);
if (problems.length > 0) {
  console.error(`${dataFile} does not match ${articlePath}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exitCode = 1;
} else {
  console.log(
    `${dataFile} matches ${articlePath}: ${counts.questions} questions to ask, ${counts.roles} roles, ` +
      `${counts.duties} duties (each word for word, under its role, with its company), ${counts.skills} skills, ` +
      `${counts.passages} other passages the cards quote, ` +
      `${counts.sections} sections.`,
  );
}
