/**
 * One text file being previewed: its text decoded once and its records read once per way of
 * reading them (format and separator). A changed header, column mapping, deck name or HTML
 * setting makes a new preview from the records already read; a changed separator or format
 * reads the kept text again, never the file.
 */
import { readRecordsInSlices, type SliceHooks, type TextRecord } from './read-records';
import { planTextImport, type TextImportOptions, type TextImportPreview } from './text-import';

export interface TextImportSession {
  /** A preview with these options; `reread` says whether the records had to be read again. */
  preview(
    options: TextImportOptions,
    hooks?: SliceHooks & { chunkSize?: number },
  ): Promise<{ preview: TextImportPreview; reread: boolean }>;
}

/** Starts a session over a file's decoded text. */
export function createTextImportSession(fileName: string, text: string): TextImportSession {
  let kept: { key: string; records: TextRecord[] } | null = null;
  return {
    async preview(options, hooks = {}) {
      const plan = planTextImport(fileName, text, options);
      if (!plan.body) {
        hooks.onProgress?.(text.length, text.length);
        return { preview: plan.finish([]), reread: false };
      }
      if (kept?.key === plan.readKey) return { preview: plan.finish(kept.records), reread: false };
      const read = hooks.chunkSize ? { ...plan.body.read, chunkSize: hooks.chunkSize } : plan.body.read;
      const records = await readRecordsInSlices(plan.body.text, read, hooks);
      kept = { key: plan.readKey, records };
      return { preview: plan.finish(records), reread: true };
    },
  };
}
