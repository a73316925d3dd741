/**
 * The folder of automatic backups, in the origin private file system (OPFS): files the page
 * keeps outside IndexedDB, so the progress survives when the browser deletes the database after
 * a storage error. In a worker, files are written through a synchronous access handle (the one
 * way every current browser, Safari included, can write there); elsewhere through a writable
 * stream. Tests pass a folder of their own with the same shape.
 */
import { readEndRecord } from '../import/zip-directory';

export interface BackupFileEntry {
  name: string;
  size: number;
  /** The file ends with a zip's end record: it was written to the end (not cut off by a crash). */
  complete: boolean;
}

export interface BackupFileWriter {
  write(chunk: Uint8Array): Promise<void> | void;
  /** Makes the file durable and closes it. */
  close(): Promise<void>;
}

/** What the app needs of a folder of backup files. */
export interface BackupFolder {
  list(): Promise<BackupFileEntry[]>;
  open(name: string): Promise<File>;
  /** A new, empty file (replacing one of the same name). */
  create(name: string): Promise<BackupFileWriter>;
  remove(name: string): Promise<void>;
}

const FOLDER = 'backups';

interface SyncAccessHandle {
  write(buffer: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}

/** The directory handle as the app uses it (TypeScript's DOM library lacks its iterator here). */
type Directory = FileSystemDirectoryHandle & {
  values(): AsyncIterable<FileSystemHandle>;
};

type FileHandle = FileSystemFileHandle & { createSyncAccessHandle?: () => Promise<SyncAccessHandle> };

/** Whether a zip file was written to its end: its last bytes hold the end record. */
export async function isCompleteZip(file: Blob): Promise<boolean> {
  if (file.size < 22) return false;
  const tail = new Uint8Array(await file.slice(Math.max(0, file.size - 1024)).arrayBuffer());
  try {
    return readEndRecord(tail, file.size) !== null;
  } catch {
    return false;
  }
}

async function writerFor(handle: FileHandle): Promise<BackupFileWriter> {
  // Workers only (the synchronous handle would block a page); fast, and available in Safari.
  if (typeof handle.createSyncAccessHandle === 'function' && typeof document === 'undefined') {
    const access = await handle.createSyncAccessHandle();
    access.truncate(0);
    let at = 0;
    return {
      write(chunk) {
        at += access.write(chunk, { at });
      },
      async close() {
        access.flush();
        access.close();
      },
    };
  }
  const stream = await handle.createWritable();
  return {
    write: (chunk) => stream.write(chunk as Uint8Array<ArrayBuffer>),
    close: () => stream.close(),
  };
}

/** The app's backup folder in the origin private file system, or null where the browser has none. */
export async function openBackupFolder(): Promise<BackupFolder | null> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage || typeof storage.getDirectory !== 'function') return null;
  let dir: Directory;
  try {
    dir = (await (await storage.getDirectory()).getDirectoryHandle(FOLDER, { create: true })) as Directory;
  } catch {
    // Private windows of some browsers refuse the file system.
    return null;
  }
  return {
    async list() {
      const entries: BackupFileEntry[] = [];
      for await (const handle of dir.values()) {
        if (handle.kind !== 'file') continue;
        const file = await (handle as FileSystemFileHandle).getFile();
        entries.push({ name: handle.name, size: file.size, complete: await isCompleteZip(file) });
      }
      return entries;
    },
    async open(name) {
      return (await dir.getFileHandle(name)).getFile();
    },
    async create(name) {
      return writerFor((await dir.getFileHandle(name, { create: true })) as FileHandle);
    },
    async remove(name) {
      await dir.removeEntry(name).catch(() => undefined);
    },
  };
}
