/**
 * The package's media: the `media` map (legacy JSON `{"0": "a.jpg"}` or, in Latest packages,
 * a zstd-compressed protobuf MediaEntries) and the numbered zip members it names.
 */
import { decodeHtmlEntities } from '../../domain/html-text';
import { ImportError, type ImportWarning } from '../../domain/import-error';
import { decodeProto, protoNumber, protoRepeatedBytes, protoString, ProtoFormatError } from './protobuf';

export interface MediaMapEntry {
  /** Zip member holding the bytes ("0", "1", …). */
  member: string;
  /** Real file name, NFC-normalized and checked safe. */
  name: string;
}

/** Anki's rule (media/files.rs): a bare file name, never a path. */
export function normalizeMediaName(raw: string): string | null {
  const name = raw.normalize('NFC');
  if (name === '' || name === '.' || name === '..') return null;
  if (/[/\\\0]/.test(name)) return null;
  return name;
}

/** Parses the media map bytes (already zstd-decoded for Latest packages). */
export function parseMediaMap(
  bytes: Uint8Array,
  latest: boolean,
  fileName: string,
  warnings: ImportWarning[],
): MediaMapEntry[] {
  const raw: Array<{ member: string; name: string }> = [];
  if (latest) {
    try {
      protoRepeatedBytes(decodeProto(bytes), 1).forEach((entryBytes, index) => {
        const entry = decodeProto(entryBytes);
        // legacy_zip_filename (255) is set when a legacy map was converted; otherwise the position.
        const member = entry.has(255) ? String(protoNumber(entry, 255)) : String(index);
        raw.push({ member, name: protoString(entry, 1) });
      });
    } catch (error) {
      if (error instanceof ProtoFormatError)
        throw new ImportError(fileName, 'media', `unreadable media list (${error.message})`);
      throw error;
    }
  } else {
    let map: unknown;
    try {
      map = bytes.length === 0 ? {} : JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new ImportError(fileName, 'media', 'unreadable media list (not JSON)');
    }
    if (typeof map !== 'object' || map === null || Array.isArray(map)) {
      throw new ImportError(fileName, 'media', 'unreadable media list (not a JSON object)');
    }
    for (const [member, name] of Object.entries(map)) {
      if (typeof name === 'string') raw.push({ member, name });
    }
  }
  const entries: MediaMapEntry[] = [];
  const seen = new Set<string>();
  for (const { member, name: rawName } of raw) {
    const name = normalizeMediaName(rawName);
    if (name === null) {
      warnings.push({
        location: `media "${rawName}"`,
        message: 'skipped: the file name is not a plain name (it holds a path)',
      });
      continue;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    entries.push({ member, name });
  }
  return entries;
}

const MEDIA_TAG =
  /<(?:img|audio|video|source|object|embed|track)\b[^>]*?\s(?:src|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const SOUND = /\[sound:([^\]]+)\]/g;

/** Media file names a field refers to (<img src>, [sound:]), entity-decoded; URLs are skipped. */
export function findMediaReferences(html: string): string[] {
  const refs: string[] = [];
  const add = (value: string): void => {
    const name = decodeHtmlEntities(value).trim();
    if (name === '' || /^[a-z][a-z0-9+.-]*:/i.test(name) || name.startsWith('/') || name.startsWith('#')) return;
    refs.push(name.normalize('NFC'));
  };
  if (html.includes('<')) for (const m of html.matchAll(MEDIA_TAG)) add(m[1] ?? m[2] ?? m[3] ?? '');
  if (html.includes('[sound:')) for (const m of html.matchAll(SOUND)) add(m[1]!);
  return refs;
}

/** True if `ref` names a file in `available`, trying it as written and percent-decoded (guide §3.4). */
export function isMediaAvailable(ref: string, available: ReadonlySet<string>): boolean {
  if (available.has(ref)) return true;
  try {
    return available.has(decodeURIComponent(ref).normalize('NFC'));
  } catch {
    return false;
  }
}
