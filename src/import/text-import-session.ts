/**
 * One text file being previewed: its text decoded once and its records read once per way of
 * reading them (format and separator). A changed header, column mapping, deck name or HTML
 * setting makes a new preview from the records already read; a changed separator or format
 * reads the kept text again, never the file.
 */
import { readTextFile } from './decode-text';
import { readRecordsInSlices, type SliceHooks, type TextRecord } from './read-records';
import { planTextImport, type TextImportOptions, type TextImportPreview } from './text-import';
import { createAbortError } from './worker-job';

export interface TextImportSession {
  /** A preview with these options; `reread` says whether the records had to be read again. */
  preview(
    options: TextImportOptions,
    hooks?: SliceHooks & { chunkSize?: number },
  ): Promise<{ preview: TextImportPreview; reread: boolean }>;
}

/** The preview with `note` (how the file's bytes were decoded) leading its warnings. */
function withNote(preview: TextImportPreview, note: string | undefined): TextImportPreview {
  if (!note) return preview;
  const warnings = [{ location: 'encoding', message: note }, ...(preview.bundle.warnings ?? [])];
  return { ...preview, bundle: { ...preview.bundle, warnings } };
}

/**
 * Starts a session over a file's decoded text; `note` says how its bytes were decoded when the
 * file did not (UTF-16 without a byte-order mark, Windows-1252), and leads every preview's warnings.
 */
export function createTextImportSession(fileName: string, text: string, note?: string): TextImportSession {
  let kept: { key: string; records: TextRecord[] } | null = null;
  return {
    async preview(options, hooks = {}) {
      const plan = planTextImport(fileName, text, options);
      if (!plan.body) {
        hooks.onProgress?.(text.length, text.length);
        return { preview: withNote(plan.finish([]), note), reread: false };
      }
      if (kept?.key === plan.readKey) return { preview: withNote(plan.finish(kept.records), note), reread: false };
      const read = hooks.chunkSize ? { ...plan.body.read, chunkSize: hooks.chunkSize } : plan.body.read;
      const records = await readRecordsInSlices(plan.body.text, read, hooks);
      kept = { key: plan.readKey, records };
      return { preview: withNote(plan.finish(records), note), reread: true };
    },
  };
}

/** Decodes a file (or takes pasted text) and starts its session. */
export async function openTextImportSession(
  fileName: string,
  input: string | Blob,
  isCancelled?: () => boolean,
): Promise<TextImportSession> {
  const { text, note } = typeof input === 'string' ? { text: input } : await readTextFile(input, fileName);
  if (isCancelled?.()) throw createAbortError();
  return createTextImportSession(fileName, text, note);
}

/** Reads a text file (or pasted text) and previews it in slices, the decoding note leading its warnings. */
export async function previewTextFile(
  fileName: string,
  input: string | Blob,
  options: TextImportOptions = {},
  hooks: SliceHooks & { chunkSize?: number } = {},
): Promise<TextImportPreview> {
  const session = await openTextImportSession(fileName, input, hooks.isCancelled);
  return (await session.preview(options, hooks)).preview;
}
