/**
 * The plan toward the interview in words, as Home shows it: the countdown, today's share of new
 * cards, ahead or behind by how many cards, and the warning when the daily limit cannot make it.
 */
import type { InterviewPlan } from './interview-plan';
import { ROLES, type RoleId } from './roles';

const cards = (n: number) => `${n} ${n === 1 ? 'card' : 'cards'}`;

/** "12 days to your interview", "Your interview is tomorrow", "Your interview is today". */
export function countdownText(daysLeft: number): string {
  if (daysLeft <= 0) return 'Your interview is today';
  if (daysLeft === 1) return 'Your interview is tomorrow';
  return `${daysLeft} days to your interview`;
}

/** Today's share of the plan's new cards, or why there are none today. */
export function todayShareText(plan: InterviewPlan): string {
  const { mode, newCards, introduced, remaining } = plan.today;
  if (mode === 'interview') return 'No new cards on the day: a last look at what you know.';
  if (mode === 'review-ahead') return 'No new cards today: the last days before the interview are for review.';
  if (plan.total === 0) return "No card carries your roles' tags yet: there is nothing to plan.";
  if (plan.unseen === 0 && introduced === 0) return 'Every card of the plan is started: today is for review.';
  if (remaining === 0) return `Today's ${cards(newCards)} of the plan: done.`;
  return introduced > 0
    ? `Today's share: ${remaining} of ${newCards} new ${newCards === 1 ? 'card' : 'cards'} still to start.`
    : `Today's share: ${newCards} new ${newCards === 1 ? 'card' : 'cards'}.`;
}

/** Ahead or behind the pace set with the date, by how many cards. */
export function paceText(vsPace: number): string {
  if (vsPace > 0) return `${cards(vsPace)} ahead of plan`;
  if (vsPace < 0) return `${cards(-vsPace)} behind plan`;
  return 'On plan';
}

/** The warning's words when the daily limit cannot introduce every card in time; null when it can. */
export function warningText(plan: InterviewPlan): string | null {
  const w = plan.warning;
  if (!w) return null;
  return (
    `At ${w.limit} new ${w.limit === 1 ? 'card' : 'cards'} a day, ${cards(w.leftOver)} of ${w.unseen} ` +
    `will not have been seen three days before the interview. ` +
    `Seeing them all in time takes ${w.neededPerDay} a day.`
  );
}

/** Whose cards the plan covers: "Product data analyst", "… and …", or "all four roles". */
export function rolesText(roles: readonly RoleId[]): string {
  const labels = ROLES.filter((role) => roles.includes(role.id)).map((role) => role.label);
  if (labels.length === ROLES.length) return 'all four roles';
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
