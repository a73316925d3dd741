import { decompress } from 'fzstd';
import { describe, expect, it } from 'vitest';
import { encodeZstdRaw } from './fixtures/zstd-raw';

describe('test fixture zstd writer', () => {
  it.each([0, 5, 128 * 1024, 300_000])('round-trips %i bytes through fzstd', (n) => {
    const data = new Uint8Array(n).map((_, i) => (i * 7) & 0xff);
    expect(decompress(encodeZstdRaw(data))).toEqual(data);
  });
});
