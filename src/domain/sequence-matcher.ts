/**
 * The opcodes of Python's difflib.SequenceMatcher (Ratcliff/Obershelp: the longest matching
 * block, then the same on each side of it), which Anki's type-in comparison uses through the
 * Rust port (rslib/src/typeanswer.rs). Same algorithm, so the same characters are marked as
 * Anki marks them; a Myers diff (the `diff` package) marks some answers differently.
 */

export type OpcodeTag = 'equal' | 'delete' | 'insert' | 'replace';

export interface Opcode {
  tag: OpcodeTag;
  /** [aStart, aEnd) in the first sequence, [bStart, bEnd) in the second. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

interface Match {
  a: number;
  b: number;
  size: number;
}

/** Where each element of b occurs; elements of b that are too common are junk (difflib's autojunk). */
function indexB(b: readonly string[]): Map<string, number[]> {
  const b2j = new Map<string, number[]>();
  b.forEach((item, j) => {
    const list = b2j.get(item);
    if (list) list.push(j);
    else b2j.set(item, [j]);
  });
  if (b.length >= 200) {
    const popular = Math.floor(b.length / 100) + 1;
    for (const [item, list] of b2j) if (list.length > popular) b2j.delete(item);
  }
  return b2j;
}

function longestMatch(
  a: readonly string[],
  b: readonly string[],
  b2j: Map<string, number[]>,
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
): Match {
  let best: Match = { a: aLo, b: bLo, size: 0 };
  let lengths = new Map<number, number>();
  for (let i = aLo; i < aHi; i += 1) {
    const next = new Map<number, number>();
    for (const j of b2j.get(a[i]!) ?? []) {
      if (j < bLo) continue;
      if (j >= bHi) break;
      const k = (lengths.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > best.size) best = { a: i - k + 1, b: j - k + 1, size: k };
    }
    lengths = next;
  }
  // Popular elements of b were left out of the index (autojunk): equal ones next to the match still count.
  while (best.a > aLo && best.b > bLo && a[best.a - 1] === b[best.b - 1]) {
    best = { a: best.a - 1, b: best.b - 1, size: best.size + 1 };
  }
  while (best.a + best.size < aHi && best.b + best.size < bHi && a[best.a + best.size] === b[best.b + best.size]) {
    best = { ...best, size: best.size + 1 };
  }
  return best;
}

function matchingBlocks(a: readonly string[], b: readonly string[]): Match[] {
  const b2j = indexB(b);
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  const blocks: Match[] = [];
  while (queue.length > 0) {
    const [aLo, aHi, bLo, bHi] = queue.pop()!;
    const m = longestMatch(a, b, b2j, aLo, aHi, bLo, bHi);
    if (m.size === 0) continue;
    blocks.push(m);
    if (aLo < m.a && bLo < m.b) queue.push([aLo, m.a, bLo, m.b]);
    if (m.a + m.size < aHi && m.b + m.size < bHi) queue.push([m.a + m.size, aHi, m.b + m.size, bHi]);
  }
  blocks.sort((x, y) => x.a - y.a || x.b - y.b);
  // Adjacent blocks join into one, as difflib does.
  const joined: Match[] = [];
  for (const block of blocks) {
    const last = joined[joined.length - 1];
    if (last && last.a + last.size === block.a && last.b + last.size === block.b) last.size += block.size;
    else joined.push({ ...block });
  }
  joined.push({ a: a.length, b: b.length, size: 0 });
  return joined;
}

/** difflib's get_opcodes: how to turn `a` into `b`. */
export function diffOpcodes(a: readonly string[], b: readonly string[]): Opcode[] {
  const codes: Opcode[] = [];
  let i = 0;
  let j = 0;
  for (const block of matchingBlocks(a, b)) {
    const tag: OpcodeTag | null =
      i < block.a && j < block.b ? 'replace' : i < block.a ? 'delete' : j < block.b ? 'insert' : null;
    if (tag) codes.push({ tag, aStart: i, aEnd: block.a, bStart: j, bEnd: block.b });
    i = block.a + block.size;
    j = block.b + block.size;
    if (block.size > 0) codes.push({ tag: 'equal', aStart: block.a, aEnd: i, bStart: block.b, bEnd: j });
  }
  return codes;
}
