/**
 * Checks decks/source/article.json against the article's text (pure): every question, duty,
 * role and skill quote is there word for word, each duty under its role's heading with the
 * right company, each section a real heading, and nothing of those lists left out.
 */
import { normalizeText, type ArticleData } from './article-data';

export interface ArticleCheck {
  problems: string[];
  /** What was checked, for the summary line. */
  counts: { questions: number; roles: number; duties: number; skills: number; passages: number; sections: number };
}

/** The "- " lines of the first bullet list after line `index` (intro lines are skipped). */
function bulletsAfter(lines: readonly string[], index: number): string[] {
  const bullets: string[] = [];
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('- ')) bullets.push(line.slice(2).trim());
    else if (bullets.length > 0) break;
  }
  return bullets;
}

/** How the file's list differs from the article's: what each lacks, or that the order differs. */
function listDifferences(what: string, article: readonly string[], file: readonly string[]): string[] {
  const inArticle = new Set(article.map(normalizeText));
  const inFile = new Set(file.map(normalizeText));
  const problems = [
    ...file
      .filter((item) => !inArticle.has(normalizeText(item)))
      .map((item) => `${what}: the article does not list "${item}"`),
    ...article
      .filter((item) => !inFile.has(normalizeText(item)))
      .map((item) => `${what}: the file leaves out "${item}"`),
  ];
  if (problems.length === 0 && article.some((item, i) => normalizeText(item) !== normalizeText(file[i] ?? '')))
    problems.push(`${what}: the same items as the article, in another order or with repeats`);
  return problems;
}

export function checkArticle(data: ArticleData, articleText: string): ArticleCheck {
  const lines = articleText.split(/\r?\n/).map((line) => line.trim());
  const problems: string[] = [];
  // Headings are found as a reader would (quotes, spaces and case alike), like every other item.
  const keys = lines.map(normalizeText);
  const headings = new Set(data.sections.flatMap((section) => section.split(' > ').map(normalizeText)));

  /** The line where a section's last heading stands (after its parent's), or -1. */
  const sectionLine = (section: string): number => {
    let from = 0;
    let at = -1;
    for (const heading of section.split(' > ')) {
      at = keys.indexOf(normalizeText(heading), from);
      if (at < 0) return -1;
      from = at + 1;
    }
    return at;
  };
  /** The lines under a section's heading and its subsections', up to the next heading outside it. */
  const sectionBody = (section: string): string => {
    const start = sectionLine(section);
    if (start < 0) return '';
    const inside = new Set(
      data.sections
        .filter((other) => other.startsWith(`${section} > `))
        .map((other) => normalizeText(other.split(' > ').at(-1)!)),
    );
    const end = keys.findIndex((key, i) => i > start && headings.has(key) && !inside.has(key));
    return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
  };

  if (normalizeText(lines.find((line) => line !== '') ?? '') !== normalizeText(data.title))
    problems.push(`title: the article's first line is not "${data.title}"`);

  for (const section of data.sections) {
    if (sectionLine(section) < 0)
      problems.push(`section "${section}": its headings are not lines of the article in that order`);
  }

  const { section: questionSection, questions } = data.questionsToAsk;
  const askedLine = sectionLine(questionSection);
  if (askedLine < 0) problems.push(`questionsToAsk: no heading "${questionSection}" in the article`);
  else problems.push(...listDifferences('questionsToAsk', bulletsAfter(lines, askedLine), questions));

  const listedLine = sectionLine(data.rolesListed.section);
  const listed = listedLine < 0 ? [] : bulletsAfter(lines, listedLine);
  problems.push(...listDifferences('rolesListed', listed, data.rolesListed.roles));

  for (const role of data.roles) {
    const where = `role "${role.name}"`;
    if (role.section !== role.name) problems.push(`${where}: its section should be its heading "${role.name}"`);
    if (!data.rolesListed.roles.includes(role.listedAs))
      problems.push(`${where}: "${role.listedAs}" is not in the article's list of roles`);
    const dutiesLine = sectionLine(role.dutiesSection);
    if (!role.dutiesSection.startsWith(`${role.name} > `) || dutiesLine < 0) {
      problems.push(`${where}: no duties heading "${role.dutiesSection}" under the role's heading`);
      continue;
    }
    const intro = lines.slice(dutiesLine + 1).find((line) => line !== '' && !line.startsWith('- ')) ?? '';
    const company = /\bat\s+(.+?):\s*$/.exec(intro)?.[1]?.replace(/\s+/g, ' ');
    if (company !== role.company)
      problems.push(`${where}: the article quotes a posting at "${company ?? '(none)'}", not "${role.company}"`);
    const listedDuties = data.duties.filter((duty) => duty.role === role.name).map((duty) => duty.text);
    problems.push(...listDifferences(`${where}, duties`, bulletsAfter(lines, dutiesLine), listedDuties));
  }

  const roleNames = new Map(data.roles.map((role) => [role.name, role]));
  for (const duty of data.duties) {
    const role = roleNames.get(duty.role);
    const where = `duty "${duty.id}"`;
    if (!role) {
      problems.push(`${where}: its role "${duty.role}" is not one of the file's roles`);
      continue;
    }
    if (duty.company !== role.company)
      problems.push(`${where}: company "${duty.company}", but the role's posting is at "${role.company}"`);
    if (duty.section !== role.dutiesSection)
      problems.push(`${where}: section "${duty.section}", expected "${role.dutiesSection}"`);
    if (!normalizeText(sectionBody(role.dutiesSection)).includes(normalizeText(duty.text)))
      problems.push(`${where}: not word for word under "${role.dutiesSection}": "${duty.text}"`);
  }
  const dutyIds = data.duties.map((duty) => duty.id);
  for (const id of dutyIds.filter((id, i) => dutyIds.indexOf(id) !== i)) problems.push(`duty id "${id}" is used twice`);

  for (const skill of data.skills) {
    if (skill.role !== undefined && roleNames.get(skill.role)?.section !== skill.section)
      problems.push(
        `skill "${skill.id}": its role "${skill.role}" is not a role of the file whose section is "${skill.section}"`,
      );
    if (!normalizeText(sectionBody(skill.section)).includes(normalizeText(skill.quote)))
      problems.push(`skill "${skill.id}": "${skill.quote}" is not word for word in the section "${skill.section}"`);
  }

  for (const passage of data.passages) {
    if (!normalizeText(sectionBody(passage.section)).includes(normalizeText(passage.quote)))
      problems.push(`passage "${passage.quote}" is not word for word in the section "${passage.section}"`);
  }

  return {
    problems,
    counts: {
      questions: questions.length,
      roles: data.roles.length,
      duties: data.duties.length,
      skills: data.skills.length,
      passages: data.passages.length,
      sections: data.sections.length,
    },
  };
}
