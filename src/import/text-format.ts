/** Which text importer a file needs, guessed from its name and first characters. */
import { isKnownAnkiHeader } from './anki-headers';

/** Quizlet is never detected: it looks like TSV, so the user picks it. */
export type TextFormat = 'json' | 'anki-text' | 'csv' | 'quizlet';

/**
 * json: a .json name, or text that parses as an object with "cards"; anki-text: the top `#`
 * lines (or a legacy `tags:` first line) include a header Anki knows; csv (any separator) otherwise.
 */
export function detectTextFormat(fileName: string, text: string): TextFormat {
  const body = text.replace(/^\uFEFF/, '');
  if (/\.json$/i.test(fileName)) return 'json';
  if (/^\s*\{/.test(body) && hasCards(body)) return 'json';
  const lines = body.split(/\r\n?|\n/, 50);
  if (/^tags:/i.test(lines[0] ?? '')) return 'anki-text';
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    if (isKnownAnkiHeader(line)) return 'anki-text';
  }
  return 'csv';
}

function hasCards(text: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && !Array.isArray(data) && 'cards' in data;
  } catch {
    return false;
  }
}
