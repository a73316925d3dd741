import { useEffect } from 'preact/hooks';
import type { ReadinessFlow } from '../app/readiness-flow';
import type { RoleReadinessView } from '../domain/readiness-view';
import { routeHref } from './routes';
import './readiness.css';

const dateOf = (at: number) =>
  new Date(at).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

/** A figure with a bar under it (the bar is decoration: the number says it). */
function Figure({ label, value, percent }: { label: string; value: string; percent: number | null }) {
  return (
    <div class="figure">
      <dt>{label}</dt>
      <dd>
        {value}
        {percent === null ? null : (
          <span class="bar" aria-hidden="true">
            <span style={{ width: `${percent}%` }} />
          </span>
        )}
      </dd>
    </div>
  );
}

function RoleReadiness({ role, hasDate }: { role: RoleReadinessView; hasDate: boolean }) {
  const headingId = `readiness-${role.role}`;
  const seenPercent = role.total === 0 ? 0 : Math.round((role.seen / role.total) * 100);
  return (
    <section class="panel role-readiness" aria-labelledby={headingId}>
      <h2 id={headingId}>{role.label}</h2>
      {role.total === 0 ? (
        <p class="hint">No cards for this role yet.</p>
      ) : (
        <>
          <dl class="figures">
            <Figure label="Cards seen" value={`${role.seen} of ${role.total}`} percent={seenPercent} />
            <Figure label="Recall now" value={`${role.nowPercent ?? 0} %`} percent={role.nowPercent} />
            {hasDate ? (
              <Figure
                label="On the interview date"
                value={`${role.onDatePercent ?? 0} %`}
                percent={role.onDatePercent}
              />
            ) : null}
          </dl>
          {role.weakest.length > 0 ? (
            <>
              <h3 id={`${headingId}-weakest`}>Weakest cards</h3>
              <ol class="weak-list" aria-labelledby={`${headingId}-weakest`}>
                {role.weakest.map((card) => (
                  <li key={card.cardId}>
                    <span class="weak-text">{card.text}</span>
                    <span class="weak-recall">
                      <span class="visually-hidden">predicted recall </span>
                      {card.percent} %
                    </span>
                  </li>
                ))}
              </ol>
              <a class="button primary drill" href={routeHref('drill', { role: role.role })}>
                {role.weakest.length === 1 ? 'Drill this card' : `Drill these ${role.weakest.length} cards`}
              </a>
            </>
          ) : (
            <p class="hint">No card of this role studied yet: the weakest show here once you have.</p>
          )}
        </>
      )}
    </section>
  );
}

/** Readiness per role: cards seen, predicted recall now and on the interview date, the weakest cards and a drill. */
export function ReadinessScreen({ flow }: { flow: ReadinessFlow }) {
  // Measured on every visit: a drill or a study session since the last one changes the figures.
  useEffect(() => {
    void flow.refresh();
  }, [flow]);
  const report = flow.report.value;
  const hasDate = report !== null && report.interviewAt !== null && report.interviewAt > report.at;
  return (
    <section class="screen readiness" aria-labelledby="readiness-heading">
      <a class="button subtle back" href={routeHref('home')}>
        ‹ Decks
      </a>
      <h1 id="readiness-heading">Readiness</h1>
      {flow.error.value ? (
        <p class="error" role="alert">
          Could not measure readiness: {flow.error.value}
        </p>
      ) : null}
      {report === null ? (
        <p role="status">Measuring…</p>
      ) : (
        <>
          <p class="hint">
            {hasDate ? (
              <>Your interview: {dateOf(report.interviewAt!)}. </>
            ) : (
              <>
                No interview date ahead: <a href={routeHref('settings')}>add one</a> to see your recall on the day.{' '}
              </>
            )}
            Recall is the chance, as the scheduler (FSRS) predicts it, that you would remember a card; cards not yet
            studied count as 0. The weakest cards are ranked by their recall {hasDate ? 'on the date' : 'now'}.
          </p>
          {report.roles.map((role) => (
            <RoleReadiness key={role.role} role={role} hasDate={hasDate} />
          ))}
        </>
      )}
    </section>
  );
}
