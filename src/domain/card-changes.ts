/**
 * What Browse (and later the study screen) does to cards in bulk: suspend, bury, flag, change
 * deck, add or remove a tag. A change becomes a patch per card (the fields to set; `undefined`
 * removes a field), and the inverse patch (those fields as they were) is what undo writes back,
 * so undo needs only the changed fields of the changed cards, not copies of whole cards.
 */
import type { FlagId } from './flags';
import type { CardRecord } from './model';

export type CardChange =
  | { kind: 'suspend' }
  | { kind: 'unsuspend' }
  /** `until`: the start of the next study day (card-status.ts buryUntil). */
  | { kind: 'bury'; until: number }
  | { kind: 'unbury' }
  /** 0 removes the flag. */
  | { kind: 'flag'; flag: FlagId | 0 }
  | { kind: 'deck'; deckId: string }
  | { kind: 'add-tag'; tag: string }
  | { kind: 'remove-tag'; tag: string };

/** The card fields a change may touch. */
export type CardPatch = Partial<Pick<CardRecord, 'suspended' | 'buriedUntil' | 'flag' | 'deckId' | 'tags'>>;

const sameTag = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The fields `change` sets on `card`, or null when the card already is that way. */
export function patchFor(card: CardRecord, change: CardChange): CardPatch | null {
  switch (change.kind) {
    case 'suspend':
      return card.suspended ? null : { suspended: true };
    case 'unsuspend':
      return card.suspended ? { suspended: undefined } : null;
    case 'bury':
      return card.buriedUntil === change.until ? null : { buriedUntil: change.until };
    case 'unbury':
      return card.buriedUntil === undefined ? null : { buriedUntil: undefined };
    case 'flag':
      return (card.flag ?? 0) === change.flag ? null : { flag: change.flag === 0 ? undefined : change.flag };
    case 'deck':
      return card.deckId === change.deckId ? null : { deckId: change.deckId };
    case 'add-tag':
      return card.tags.some((t) => sameTag(t, change.tag)) ? null : { tags: [...card.tags, change.tag] };
    case 'remove-tag': {
      const tags = card.tags.filter((t) => !sameTag(t, change.tag));
      return tags.length === card.tags.length ? null : { tags };
    }
  }
}

/** The card with the patch applied: a field set to undefined is removed. */
export function applyPatch(card: CardRecord, patch: CardPatch): CardRecord {
  const next = { ...card } as Record<string, unknown>;
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) delete next[field];
    else next[field] = Array.isArray(value) ? [...value] : value;
  }
  return next as unknown as CardRecord;
}

/** The patch that takes the card back to how it was before `patch` (its fields as they are now). */
export function inversePatch(card: CardRecord, patch: CardPatch): CardPatch {
  const inverse: Record<string, unknown> = {};
  for (const field of Object.keys(patch)) {
    const value = (card as unknown as Record<string, unknown>)[field];
    inverse[field] = Array.isArray(value) ? [...value] : value;
  }
  return inverse as CardPatch;
}

/** A tag as typed for "Add tag" / "Remove tag": one word, no spaces; null when there is none. */
export function cleanTag(text: string): string | null {
  const tag = text.trim().replace(/\s+/g, '_');
  return tag === '' ? null : tag;
}

const cards = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'card' : 'cards'}`;

/** What a change did, for the message beside Undo ("Suspended 3 cards."). */
export function describeChange(
  change: CardChange,
  changed: number,
  names: { deck?: string; flag?: string } = {},
): string {
  if (changed === 0) return 'Nothing to change: the cards already were that way.';
  switch (change.kind) {
    case 'suspend':
      return `Suspended ${cards(changed)}.`;
    case 'unsuspend':
      return `Unsuspended ${cards(changed)}.`;
    case 'bury':
      return `Buried ${cards(changed)} until tomorrow.`;
    case 'unbury':
      return `Unburied ${cards(changed)}.`;
    case 'flag':
      return change.flag === 0
        ? `Removed the flag from ${cards(changed)}.`
        : `Flagged ${cards(changed)} ${names.flag ?? `flag ${change.flag}`}.`;
    case 'deck':
      return `Moved ${cards(changed)} to ${names.deck ?? 'another deck'}.`;
    case 'add-tag':
      return `Tagged ${cards(changed)} "${change.tag}".`;
    case 'remove-tag':
      return `Removed the tag "${change.tag}" from ${cards(changed)}.`;
  }
}

/** The message after resetting progress. */
export function describeForget(changed: number): string {
  return changed === 0
    ? 'Nothing to reset: the cards were new already.'
    : `Reset ${cards(changed)} to new; their review history is kept.`;
}

/** The message after deleting cards. */
export function describeDelete(count: number, reviews: number): string {
  return `Deleted ${cards(count)} and ${reviews.toLocaleString('en')} ${reviews === 1 ? 'review' : 'reviews'} of history.`;
}
