import { countdownText, paceText, rolesText, todayShareText, warningText } from '../domain/plan-summary';
import { useApp, useGuide } from './app-context';
import { routeHref } from './routes';
import './guide.css';

const dateOf = (at: number) =>
  new Date(at).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

/** Home's view of the plan toward the interview: countdown, today's share, ahead or behind, and the limit's warning. */
export function PlanSummary() {
  const app = useApp();
  const guide = useGuide();
  const plan = guide.plan.value;
  const profile = guide.profile.value;
  if (!app.ready.value || !plan || guide.firstVisit.value) return null;
  const readinessLink = (
    <a class="button subtle plan-link" href={routeHref('readiness')}>
      Readiness per role ›
    </a>
  );
  if (plan.status === 'no-date' || plan.status === 'past') {
    return (
      <section class="panel plan" aria-label="Your interview">
        <p>
          {plan.status === 'past' && profile.interviewAt !== null
            ? `Your interview date (${dateOf(profile.interviewAt)}) has passed. `
            : 'No interview date yet. '}
          <a href={routeHref('settings')}>{plan.status === 'past' ? 'Set a new date' : 'Add one'}</a> for a plan toward
          it.
        </p>
        {readinessLink}
      </section>
    );
  }
  const warning = warningText(plan);
  const needed = plan.warning?.neededPerDay ?? 0;
  return (
    <section class="panel plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading">
        {countdownText(plan.daysLeft ?? 0)}
        {profile.interviewAt !== null ? <span class="plan-date"> · {dateOf(profile.interviewAt)}</span> : null}
      </h2>
      <p>{todayShareText(plan)}</p>
      <p class="plan-progress">
        <strong>{paceText(plan.vsPace)}</strong> · {plan.seen} of {plan.total} cards started
      </p>
      <p class="hint">
        The plan: every card for {rolesText(guide.planRoles.value)} started three days before the interview.
      </p>
      {warning ? (
        <div class="plan-warning">
          <p>{warning}</p>
          <div class="button-row">
            <button
              type="button"
              class="button"
              onClick={() => void app.saveSettings({ ...app.settings.value, newPerDay: needed })}
            >
              Raise my limit to {needed} a day
            </button>
            <a class="button subtle" href={routeHref('settings')}>
              Settings
            </a>
          </div>
        </div>
      ) : null}
      {plan.status === 'review-ahead' || plan.status === 'interview-day' ? (
        <a class="button plan-link" href={routeHref('readiness')}>
          Review ahead: drill your weakest cards
        </a>
      ) : (
        readinessLink
      )}
    </section>
  );
}
