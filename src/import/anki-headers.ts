/** The `#key:value` header lines at the top of an Anki "Notes in Plain Text" file (guide §4.1). */
import { ImportError } from '../domain/import-error';
import { parseSeparatorName } from './separators';

export interface AnkiHeaders {
  separator?: string;
  html?: boolean;
  /** `#tags:` plus the legacy first line `tags:a b`. */
  tags: string[];
  /** `#columns:` as written; split with the separator once it is known. */
  columns?: string;
  deck?: string;
  notetype?: string;
  /** 1-based column numbers; absent or 0 means none. */
  guidColumn?: number;
  deckColumn?: number;
  notetypeColumn?: number;
  tagsColumn?: number;
  /** How many lines the headers (and comment lines among them) take. */
  lineCount: number;
  /** Where the body starts in the (normalized) text. */
  bodyStart: number;
}

const KNOWN_KEYS = new Set([
  'separator',
  'html',
  'tags',
  'columns',
  'deck',
  'notetype',
  'guid column',
  'deck column',
  'notetype column',
  'tags column',
  'match scope',
  'if matches',
]);

/** True if a line is a header Anki knows (`#separator:tab`, `#deck column:3`, ...). */
export function isKnownAnkiHeader(line: string): boolean {
  const match = /^#([^:]*):/.exec(line);
  return match !== null && KNOWN_KEYS.has((match[1] ?? '').trim().toLowerCase());
}

/**
 * Anki keeps a separator, html or column value only up to the first non-alphanumeric
 * character after its first one, so spreadsheet padding ("tab\t\t\t") is dropped.
 */
function trimQuirk(raw: string): string {
  const value = raw.trim() === '' ? raw : raw.trimStart();
  if (value === '') return '';
  const first = value[0] as string;
  return first + (/^[A-Za-z0-9]*/.exec(value.slice(1))?.[0] ?? '');
}

/** Reads the header lines at the top of normalized text ("\n" line ends, no BOM). */
export function parseAnkiHeaders(text: string, fileName: string): AnkiHeaders {
  const headers: AnkiHeaders = { tags: [], lineCount: 0, bodyStart: 0 };
  let pos = 0;
  let lineNumber = 0;
  while (pos < text.length) {
    const end = text.indexOf('\n', pos);
    const line = text.slice(pos, end < 0 ? text.length : end);
    const isLegacyTags = lineNumber === 0 && /^tags:/i.test(line);
    if (!line.startsWith('#') && !isLegacyTags) break;
    lineNumber += 1;
    pos = end < 0 ? text.length : end + 1;
    if (isLegacyTags) {
      headers.tags.push(...line.slice(5).split(/\s+/).filter(Boolean));
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(1, colon).trim().toLowerCase();
    const raw = line.slice(colon + 1);
    const where = `line ${lineNumber}`;
    const fail = (reason: string): never => {
      throw new ImportError(fileName, where, reason);
    };
    const column = (): number => {
      const value = trimQuirk(raw).trim();
      if (!/^\d+$/.test(value))
        fail(`#${key}: expected a column number (1, 2, ...), but found ${JSON.stringify(raw.trim())}`);
      return Number(value);
    };
    switch (key) {
      case 'separator': {
        const separator = parseSeparatorName(trimQuirk(raw));
        // "#" starts a comment line in the body, so it cannot also divide fields.
        if (separator === undefined || separator === '#') {
          fail(
            `#separator: unknown separator ${JSON.stringify(raw.trim())} (expected Tab, Comma, Semicolon, Pipe, Space, Colon or one character)`,
          );
        }
        headers.separator = separator;
        break;
      }
      case 'html': {
        const value = trimQuirk(raw).trim().toLowerCase();
        if (value !== 'true' && value !== 'false')
          fail(`#html: expected true or false, but found ${JSON.stringify(raw.trim())}`);
        headers.html = value === 'true';
        break;
      }
      case 'tags':
        headers.tags.push(...raw.split(/\s+/).filter(Boolean));
        break;
      case 'columns':
        headers.columns = raw;
        break;
      case 'deck':
        headers.deck = raw.trim();
        break;
      case 'notetype':
        headers.notetype = raw.trim();
        break;
      case 'guid column':
        headers.guidColumn = column();
        break;
      case 'deck column':
        headers.deckColumn = column();
        break;
      case 'notetype column':
        headers.notetypeColumn = column();
        break;
      case 'tags column':
        headers.tagsColumn = column();
        break;
      default:
        // Unknown keys (and `#match scope`, `#if matches`, which need no action here) are comments.
        break;
    }
  }
  headers.lineCount = lineNumber;
  headers.bodyStart = pos;
  return headers;
}
