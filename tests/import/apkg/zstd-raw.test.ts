import { decompress } from 'fzstd';
import { describe, expect, it } from 'vitest';
import { encodeZstdRaw } from './fixtures/zstd-raw';

describe('test fixture zstd writer', () => {
  it.each([0, 5, 128 * 1024, 300_000])('round-trips %i bytes through fzstd', (n) => {
    const data = new Uint8Array(n).map((_, i) => (i * 7) & 0xff);
    const out = decompress(encodeZstdRaw(data));
    // Buffer.equals, not toEqual: a deep diff of 300,000 elements is needlessly slow.
    expect(out.length).toBe(n);
    expect(Buffer.from(out).equals(Buffer.from(data))).toBe(true);
  });
});
