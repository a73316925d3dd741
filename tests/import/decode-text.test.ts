import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from '../../src/import/decode-text';
import { previewTextImport } from '../../src/import/text-import';

const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
};

describe('reading a text file of any common encoding', () => {
  it('UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode('Front,Back\nCafé,Crème\n');
    expect(decodeTextBytes(bytes)).toContain('Café');
    expect(decodeTextBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toContain('Crème');
  });

  it("Excel's Unicode text (UTF-16 with a mark) imports as a tab-separated file", () => {
    const text = decodeTextBytes(utf16le('Term\tDefinition\r\nRésumé\tCV\r\n'));
    const preview = previewTextImport('export.txt', text);
    expect(preview.bundle.decks[0]!.cards[0]).toMatchObject({ front: 'Résumé', back: 'CV' });
  });

  it("Excel's Windows CSV (Windows-1252) keeps its accented letters instead of garbling them", () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('Front;Back\nCaf'),
      0xe9,
      ...new TextEncoder().encode(';Cr'),
      0xe8,
      ...new TextEncoder().encode('me\n'),
    ]);
    const text = decodeTextBytes(bytes);
    expect(text).toContain('Café;Crème');
    expect(text).not.toContain('\uFFFD');
  });
});
