import { isCompleteZip, type BackupFolder } from '../../src/storage/backup-folder';

/**
 * A backup folder in memory, with the shape of the browser's private file system folder the
 * app uses (storage/backup-folder.ts); the browser tests cover the real one.
 */
export function memoryFolder(): BackupFolder & { files: Map<string, Blob> } {
  const files = new Map<string, Blob>();
  return {
    files,
    async list() {
      return Promise.all(
        [...files].map(async ([name, blob]) => ({ name, size: blob.size, complete: await isCompleteZip(blob) })),
      );
    },
    async open(name) {
      const blob = files.get(name);
      if (!blob) throw new DOMException(`${name} not found`, 'NotFoundError');
      return new File([blob], name);
    },
    async create(name) {
      const parts: Uint8Array[] = [];
      files.set(name, new Blob([]));
      return {
        write(chunk) {
          parts.push(chunk.slice());
          files.set(name, new Blob(parts as Uint8Array<ArrayBuffer>[]));
        },
        async close() {},
      };
    },
    async remove(name) {
      files.delete(name);
    },
  };
}
