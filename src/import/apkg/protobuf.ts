/**
 * Just enough protobuf to read Anki's blobs (notetypes, templates, decks, media map, meta):
 * varints and length-delimited fields, by field number. No .proto compiler needed.
 */

export class ProtoFormatError extends Error {}

export type ProtoFields = Map<number, Array<number | Uint8Array>>;

function readVarint(bytes: Uint8Array, pos: { at: number }): number {
  let result = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos.at >= bytes.length) throw new ProtoFormatError('truncated varint');
    const byte = bytes[pos.at++]!;
    // Multiplication, not bit shifts: ids reach 2^41 and shifts are 32-bit in JS.
    result += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) return result;
    scale *= 128;
  }
  throw new ProtoFormatError('varint too long');
}

/** Every field of a message by number, in wire order (repeated fields give several values). */
export function decodeProto(bytes: Uint8Array): ProtoFields {
  const fields: ProtoFields = new Map();
  const pos = { at: 0 };
  while (pos.at < bytes.length) {
    const key = readVarint(bytes, pos);
    const field = Math.floor(key / 8);
    const wire = key % 8;
    let value: number | Uint8Array;
    if (wire === 0) {
      value = readVarint(bytes, pos);
    } else if (wire === 2) {
      const length = readVarint(bytes, pos);
      if (pos.at + length > bytes.length) throw new ProtoFormatError('truncated field');
      value = bytes.subarray(pos.at, pos.at + length);
      pos.at += length;
    } else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      if (pos.at + size > bytes.length) throw new ProtoFormatError('truncated field');
      value = bytes.subarray(pos.at, pos.at + size);
      pos.at += size;
    } else {
      throw new ProtoFormatError(`unsupported wire type ${wire}`);
    }
    if (field === 0) throw new ProtoFormatError('field number 0');
    const list = fields.get(field);
    if (list) list.push(value);
    else fields.set(field, [value]);
  }
  return fields;
}

const utf8 = new TextDecoder();

/** The last value of a varint field (proto3 default 0). */
export function protoNumber(fields: ProtoFields, field: number): number {
  const value = fields.get(field)?.at(-1);
  return typeof value === 'number' ? value : 0;
}

/** The last value of a string field (proto3 default ""). */
export function protoString(fields: ProtoFields, field: number): string {
  const value = fields.get(field)?.at(-1);
  return value instanceof Uint8Array ? utf8.decode(value) : '';
}

/** The last value of a bytes / sub-message field, or null. */
export function protoBytes(fields: ProtoFields, field: number): Uint8Array | null {
  const value = fields.get(field)?.at(-1);
  return value instanceof Uint8Array ? value : null;
}

/** All values of a repeated bytes / sub-message field. */
export function protoRepeatedBytes(fields: ProtoFields, field: number): Uint8Array[] {
  return (fields.get(field) ?? []).filter((v): v is Uint8Array => v instanceof Uint8Array);
}
