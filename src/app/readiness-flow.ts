/**
 * Readiness per role and the drill of a role's weakest cards. The roles' cards and schedules are
 * read through the cards' tag index (storage/role-cards.ts) and folded one at a time by
 * domain/readiness.ts; a drill is a study session over exactly the weakest cards, graded as
 * usual, so it writes normal reviews.
 */
import { signal } from '@preact/signals';
import { planRoles } from '../domain/interview-profile';
import { createReadinessTally, type Readiness } from '../domain/readiness';
import { DRILL_SIZE, viewReadiness, type RoleReadinessView } from '../domain/readiness-view';
import { roleTag, ROLE_IDS, type RoleId } from '../domain/roles';
import { drillScope, kindBefore } from '../domain/study-session';
import { loadCardsWithSchedules, visitTaggedCards, type CardWithSchedule } from '../storage/role-cards';
import type { AppServices } from './services';

export interface ReadinessReport {
  /** When it was measured. */
  at: number;
  interviewAt: number | null;
  roles: RoleReadinessView[];
}

export type ReadinessFlow = ReturnType<typeof createReadinessFlow>;

/** The role a drill's name stands for, if it is one. */
export function drillRole(name: string): RoleId | null {
  return ROLE_IDS.find((id) => id === name) ?? null;
}

/** Builds the readiness screen's state and the drill over the app's services. */
export function createReadinessFlow({ db, clock, guide, loadStudy }: AppServices) {
  const report = signal<ReadinessReport | null>(null);
  const error = signal<string | null>(null);

  /** The roles' figures at `at`, the cards read through the tag index. */
  async function measure(roles: readonly RoleId[], at: number): Promise<Readiness> {
    const tally = createReadinessTally({ now: at, interviewAt: guide.profile.value.interviewAt, weakest: DRILL_SIZE });
    await visitTaggedCards(db, roles.map(roleTag), (card, schedule) => tally.add(card, schedule));
    return tally.result();
  }

  /** A role's weakest cards now, with their schedules, weakest first. */
  async function weakestOf(role: RoleId): Promise<CardWithSchedule[]> {
    const readiness = await measure([role], clock.now());
    const weakest = readiness.roles.find((r) => r.role === role)!.weakest;
    return loadCardsWithSchedules(
      db,
      weakest.map((w) => w.cardId),
    );
  }

  return {
    report,
    error,

    /** Measures the chosen roles (all four when none is chosen) now. */
    async refresh(): Promise<void> {
      try {
        const at = clock.now();
        const roles = planRoles(guide.profile.value);
        const readiness = await measure(roles, at);
        const ids = [
          ...new Set(readiness.roles.flatMap((r) => (roles.includes(r.role) ? r.weakest : [])).map((w) => w.cardId)),
        ];
        const cards = await loadCardsWithSchedules(db, ids);
        report.value = {
          at,
          interviewAt: guide.profile.value.interviewAt,
          roles: viewReadiness(readiness, roles, new Map(cards.map(({ card }) => [card.id, card]))),
        };
        error.value = null;
      } catch (cause) {
        error.value = cause instanceof Error ? cause.message : String(cause);
      }
    },

    /** Starts a study session of the role's weakest cards (as measured now); resolves with how many. */
    async startDrill(role: RoleId): Promise<number> {
      const study = await loadStudy();
      try {
        const entries = (await weakestOf(role)).map(({ card, schedule }) => ({
          card,
          schedule,
          kind: kindBefore(schedule),
        }));
        study.startList(drillScope(role), entries);
        error.value = null;
        return entries.length;
      } catch (cause) {
        error.value = cause instanceof Error ? cause.message : String(cause);
        study.startList(drillScope(role), []);
        return 0;
      }
    },
  };
}
