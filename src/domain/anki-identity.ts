/**
 * The id of a card that came from Anki: its note's guid and its card type (template or cloze
 * number, 0-based). The .apkg reader and the text importer's "#guid column" use the same form,
 * so importing a deck one way and then the other updates the cards instead of doubling them.
 */
const PATTERN = /^anki:(.*):(\d+)$/s;

/** `anki:<guid>:<ord>` */
export function ankiCardId(guid: string, ord: number): string {
  return `anki:${guid}:${ord}`;
}

/** The guid and card type of an Anki card id, or null for a card that did not come from Anki. */
export function parseAnkiCardId(id: string): { guid: string; ord: number } | null {
  const match = PATTERN.exec(id);
  return match ? { guid: match[1]!, ord: Number(match[2]) } : null;
}
