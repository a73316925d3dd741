/** Which reader a chosen file needs, told from its name and, for zips, from the zip's directory alone. */
import { looksLikeBackup } from '../import/backup-file';

export type FileKind = 'package' | 'backup' | 'text';

const PACKAGE = /\.(apkg|colpkg)$/i;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** An Anki package, a PrepDeck backup, or text (CSV, Anki text, Quizlet, JSON). Reads a few bytes, never the whole file. */
export async function fileKindOf(file: Blob & { name: string }): Promise<FileKind> {
  if (PACKAGE.test(file.name)) return 'package';
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (!ZIP_MAGIC.every((b, i) => head[i] === b)) return 'text';
  return (await looksLikeBackup(file)) ? 'backup' : 'package';
}
