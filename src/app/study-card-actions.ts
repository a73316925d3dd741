/**
 * What can be done to the card on the study screen, as in Anki's reviewer: suspend it, bury it
 * until tomorrow, flag it (the same flag again removes it), or leave to edit it and come back.
 * Each goes through the card actions Browse uses (card-actions.ts: one transaction that keeps
 * the card's queue slot), and takes effect on screen at once: a suspended or buried card leaves
 * the session, a flag shows on the card. The last one can be undone until the next.
 */
import { signal } from '@preact/signals';
import { toggleFlag, type FlagId } from '../domain/flags';
import type { CardRecord } from '../domain/model';
import { createCardActions, type Undoable } from './card-actions';
import type { AppServices } from './services';
import { describeStorageFailure } from './storage-health';
import type { StudyState } from './study-session';

export type StudyCardActions = ReturnType<typeof createStudyCardActions>;

/** Builds the study screen's card actions over the app's services and the study session. */
export function createStudyCardActions(services: Pick<AppServices, 'db' | 'clock' | 'state'>, study: StudyState) {
  const actions = createCardActions(services);
  /** What the last action did (or its undo), said beside its Undo. */
  const status = signal<string | null>(null);
  const error = signal<string | null>(null);
  /** The last action, undoable until the next one; `restore` puts the card on screen back as it was. */
  const last = signal<(Undoable & { restore(): Promise<void> | void }) | null>(null);
  const busy = signal(false);

  /** The card on screen, unless a grade or another action is being written. */
  const currentCard = (): CardRecord | null =>
    busy.value || study.busy.value ? null : (study.session.peek()?.current?.card ?? null);

  async function run(what: string, action: () => Promise<void>): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      await action();
    } catch (cause) {
      error.value = `${what}: ${describeStorageFailure(cause)}`;
    } finally {
      busy.value = false;
    }
  }

  /** Suspends or buries the card on screen: it leaves the session at once. */
  function takeOut(kind: 'suspend' | 'bury', message: string): Promise<void> {
    const card = currentCard();
    if (!card) return Promise.resolve();
    return run(kind === 'suspend' ? 'The card was not suspended' : 'The card was not buried', async () => {
      const done = await (kind === 'suspend' ? actions.suspend([card.id]) : actions.bury([card.id]));
      await study.refresh();
      last.value = { ...done, message, restore: () => study.refresh() };
      status.value = message;
    });
  }

  return {
    status,
    error,
    busy,
    /** True while there is an action to undo. */
    canUndo: () => last.value !== null,

    suspend: () => takeOut('suspend', 'Card suspended: it stays out of study until you unsuspend it in Browse.'),
    bury: () => takeOut('bury', 'Card buried until tomorrow.'),

    /** Flags the card on screen, or removes the flag when it already has this one (Anki's Ctrl+1..7). */
    flag(flag: FlagId): Promise<void> {
      const card = currentCard();
      if (!card) return Promise.resolve();
      const next = toggleFlag(card.flag, flag) as FlagId | 0;
      return run('The flag was not saved', async () => {
        const done = await actions.change([card.id], { kind: 'flag', flag: next });
        const flagged = { ...card, flag: next === 0 ? undefined : next };
        study.replaceCurrent(flagged);
        last.value = { ...done, restore: () => study.replaceCurrent(card) };
        status.value = done.message.replace('1 card', 'the card');
      });
    },

    /** Takes back the last action: a suspended or buried card comes back to study, a flag is put back. */
    undo(): Promise<void> {
      const action = last.value;
      if (!action || busy.value) return Promise.resolve();
      return run('It was not undone', async () => {
        last.value = null;
        await action.undo();
        await action.restore();
        status.value = `Undone: ${action.message}`;
      });
    },

    /** Forgets the message and its Undo (the session moved on). */
    dismiss(): void {
      last.value = null;
      status.value = null;
      error.value = null;
    },

    /** The card to edit, with the session marked to carry on when the user comes back; null with no card. */
    leaveToEdit(): string | null {
      const card = currentCard();
      if (!card) return null;
      study.leaveToEdit();
      return card.id;
    },
  };
}
