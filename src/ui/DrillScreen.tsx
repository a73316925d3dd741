import { drillRole, type ReadinessFlow } from '../app/readiness-flow';
import type { StudyCardActions } from '../app/study-card-actions';
import type { StudyState } from '../app/study-session';
import { ROLES } from '../domain/roles';
import { drillScope } from '../domain/study-session';
import { routeHref } from './routes';
import { StudyScreen } from './StudyScreen';

/** A drill: the study screen over a role's weakest cards, measured when it opens. */
export function DrillScreen({
  flow,
  study,
  cardActions,
  name,
}: {
  flow: ReadinessFlow;
  study: StudyState;
  cardActions: StudyCardActions;
  name: string;
}) {
  const role = drillRole(name);
  if (!role) {
    return (
      <section class="screen" aria-labelledby="drill-heading">
        <h1 id="drill-heading">Drill</h1>
        <p>
          There is no role "{name}". <a href={routeHref('readiness')}>Choose a role on the Readiness screen.</a>
        </p>
      </section>
    );
  }
  const label = ROLES.find((r) => r.id === role)!.label;
  return (
    <>
      {flow.error.value ? (
        <p class="error" role="alert">
          Could not read the cards to drill: {flow.error.value}
        </p>
      ) : null}
      <StudyScreen
        study={study}
        cardActions={cardActions}
        params={{ scope: drillScope(role) }}
        title={`Drill: ${label}`}
        start={() => void flow.startDrill(role)}
        doneNote={
          <p>
            These were the weakest cards of this role. <a href={routeHref('readiness')}>See your readiness again.</a>
          </p>
        }
      />
    </>
  );
}
