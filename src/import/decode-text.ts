/**
 * Reads a text file's bytes the way a spreadsheet user expects: UTF-8 (with or without a
 * byte-order mark), UTF-16 when it starts with a UTF-16 mark (Excel's "Unicode text"), and
 * otherwise, when the bytes are not valid UTF-8, Windows-1252 (Excel's "CSV" on Windows),
 * instead of silently turning accented letters into replacement characters.
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A Blob's text, decoded as decodeTextBytes does. */
export async function readTextFile(file: Blob): Promise<string> {
  return decodeTextBytes(new Uint8Array(await file.arrayBuffer()));
}
