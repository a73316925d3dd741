import { describe, expect, it } from 'vitest';
import { createImportFlow } from '../../src/app/import-flow';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

/** A chosen file that counts how often its whole content is read. */
class CountedFile extends File {
  wholeReads = 0;
  override async arrayBuffer(): Promise<ArrayBuffer> {
    this.wholeReads += 1;
    return super.arrayBuffer();
  }
}

describe('the import flow', () => {
  it('changing a column re-uses the rows already read: the file is read once', async () => {
    const { services } = await startApp([makeDeck('alpha', 1)], manualClock(Date.UTC(2026, 11, 2, 10)));
    const flow = createImportFlow(services);
    const file = new CountedFile(
      ['id;term;meaning\n1;SLA;Service level agreement\n2;KPI;Key indicator\n'],
      'words.csv',
    );
    await flow.openFile(file);
    const first = flow.step.value;
    expect(first.name).toBe('preview');
    expect(file.wholeReads).toBe(1);

    await flow.retry({ separator: ';', hasHeader: true, mapping: { front: 2, back: 1 } });
    const second = flow.step.value;
    if (second.name !== 'preview') throw new Error(`expected a preview, got ${second.name}`);
    expect(second.preview.bundle.decks[0]!.cards[0]).toMatchObject({ front: 'Service level agreement', back: 'SLA' });
    expect(file.wholeReads).toBe(1);

    // Another file is read afresh.
    const other = new CountedFile(['q,a\n'], 'other.csv');
    await flow.openFile(other);
    expect(other.wholeReads).toBe(1);
  });
});
