import { describe, expect, it } from 'vitest';
import { normalizeNewlines, readRecords, readRecordsInSlices } from '../../src/import/read-records';

const TEXT = normalizeNewlines(
  [
    'a,b',
    '# a comment with "an open quote',
    '"multi',
    'line, with comma",c',
    '',
    'd,"he said ""hi"""',
    '#another',
    '"#not a comment",x',
    'last,row',
  ].join('\r\n'),
);

describe('readRecords', () => {
  it('gives each record the physical line it starts on, past comments and multi-line fields', () => {
    const records = readRecords(TEXT, { delimiter: ',', comments: true }).filter((r) => r.fields.join('') !== '');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['multi\nline, with comma', 'c'] },
      { line: 6, fields: ['d', 'he said "hi"'] },
      { line: 8, fields: ['#not a comment', 'x'] },
      { line: 9, fields: ['last', 'row'] },
    ]);
  });

  it('counts lines the same whatever the slice size', () => {
    const whole = readRecords(TEXT, { delimiter: ',', comments: true });
    for (const chunkSize of [1, 2, 3, 5, 7, 11, 64]) {
      expect(readRecords(TEXT, { delimiter: ',', comments: true, chunkSize }), `chunk ${chunkSize}`).toEqual(whole);
    }
  });

  it('starts counting at firstLine', () => {
    expect(readRecords('x,y', { delimiter: ',', comments: false, firstLine: 4 })[0]?.line).toBe(4);
  });
});

describe('readRecordsInSlices', () => {
  it('reads the same records as readRecords and reports progress up to the total', async () => {
    const progress: Array<[number, number]> = [];
    const records = await readRecordsInSlices(
      TEXT,
      { delimiter: ',', comments: true, chunkSize: 8 },
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(records).toEqual(readRecords(TEXT, { delimiter: ',', comments: true }));
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toEqual([TEXT.length, TEXT.length]);
    const dones = progress.map(([done]) => done);
    expect([...dones].sort((a, b) => a - b)).toEqual(dones);
  });

  it('stops with an AbortError when cancelled between slices', async () => {
    let slices = 0;
    const read = readRecordsInSlices(
      TEXT,
      { delimiter: ',', comments: true, chunkSize: 4 },
      { onProgress: () => (slices += 1), isCancelled: () => slices >= 2 },
    );
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });
});
