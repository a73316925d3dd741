/**
 * Reads a text file's bytes the way a spreadsheet user expects: UTF-8 (with or without a
 * byte-order mark), UTF-16 when it starts with a UTF-16 mark (Excel's "Unicode text") or, with
 * no mark, when its zero bytes fall in the pattern UTF-16 gives plain text, and otherwise, when
 * the bytes are not valid UTF-8, Windows-1252 (Excel's "CSV" on Windows), instead of silently
 * turning accented letters into replacement characters. What was assumed is said in a note.
 */
import { formatBytes } from '../domain/format-bytes';
import { ImportError } from '../domain/import-error';

/** Larger text files are refused: no deck is that large, and the text must fit in one string. */
export const MAX_TEXT_FILE_BYTES = 200_000_000;

export interface DecodedText {
  text: string;
  /** How the bytes were read, when the file did not say (a preview warning). */
  note?: string;
}

/** The bytes looked at to recognise UTF-16 without a mark. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * 'le' or 'be' when the zero bytes fall on one side of each byte pair (UTF-16 of mostly Latin
 * text: "F\0r\0o\0n\0t\0"), 'zeros' when there are zero bytes in no such pattern, else null.
 */
export function sniffZeroBytes(bytes: Uint8Array): 'le' | 'be' | 'zeros' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  if (pairs === 0 || even + odd === 0) return null;
  // Latin text in UTF-16 has a zero in nearly every pair, always on the same side.
  if (odd >= pairs * 0.3 && even <= odd * 0.05) return 'le';
  if (even >= pairs * 0.3 && odd <= even * 0.05) return 'be';
  return 'zeros';
}

/** Decodes a text file's bytes, saying how when the file did not. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  const zeros = sniffZeroBytes(bytes);
  if (zeros === 'le' || zeros === 'be') {
    const label = zeros === 'le' ? 'little-endian' : 'big-endian';
    return {
      text: new TextDecoder(zeros === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes),
      note: `read as UTF-16 (${label}): the file has no byte-order mark, but its zero bytes show that encoding. If the cards look garbled, save the file as UTF-8 and import it again.`,
    };
  }
  const suspicious =
    zeros === 'zeros'
      ? 'the file contains zero bytes, which text files do not: it may be UTF-16 without a byte-order mark, or not a text file at all. If the cards look garbled, save it as UTF-8 and import it again.'
      : undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return suspicious ? { text, note: suspicious } : { text };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {
      text,
      note:
        suspicious ??
        'read as Windows-1252 (Western European): the file is not valid UTF-8. If accented letters look wrong, save it as UTF-8 and import it again.',
    };
  }
}

/** Decodes bytes to text as decodeText does, without the note. */
export function decodeTextBytes(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

/** A Blob's text, decoded as decodeText does; refuses files over MAX_TEXT_FILE_BYTES before reading them. */
export async function readTextFile(file: Blob, fileName = 'The file'): Promise<DecodedText> {
  if (file.size > MAX_TEXT_FILE_BYTES)
    throw new ImportError(
      fileName,
      null,
      `the file is ${formatBytes(file.size)}, and PrepDeck reads text files of up to ${formatBytes(MAX_TEXT_FILE_BYTES)}`,
    );
  return decodeText(new Uint8Array(await file.arrayBuffer()));
}
