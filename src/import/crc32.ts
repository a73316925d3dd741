/** CRC-32 (the zip flavour), computed in pieces so a large member never needs to be whole in memory. */

let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  return table;
}

/** Continues a CRC over `data`; start with `updateCrc32(0, first)` and feed the result back in. */
export function updateCrc32(crc: number, data: Uint8Array): number {
  const t = crcTable();
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The CRC-32 of `data`. */
export function crc32(data: Uint8Array): number {
  return updateCrc32(0, data);
}
