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

const FILE_ID = /^anki\.((?:[0-9a-f]{2})+)\.(\d+)$/;

/**
 * The id an Anki card gets in a JSON deck file, "anki.<guid as hex>.<ord>": the deck format's
 * ids allow no ":" or "#", and this form keeps the link to the Anki note, so exporting such a
 * deck as JSON and importing it again updates its cards instead of adding copies.
 */
export function ankiCardIdToFileId(id: string): string | null {
  const anki = parseAnkiCardId(id);
  if (!anki) return null;
  const hex = [...new TextEncoder().encode(anki.guid)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  const fileId = `anki.${hex}.${anki.ord}`;
  return fileId.length <= 80 ? fileId : null;
}

/** The Anki card id a JSON deck file's "anki.<hex>.<ord>" card id stands for, or null. */
export function fileIdToAnkiCardId(fileId: string): string | null {
  const match = FILE_ID.exec(fileId);
  if (!match) return null;
  const bytes = Uint8Array.from(match[1]!.match(/../g)!, (pair) => Number.parseInt(pair, 16));
  try {
    return ankiCardId(new TextDecoder('utf-8', { fatal: true }).decode(bytes), Number(match[2]));
  } catch {
    return null;
  }
}
