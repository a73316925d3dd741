import './rehearse.css';
import { routeHref } from './routes';

/** Home's way into rehearsal and the candidate's stories (the header has room for four links only). */
export function RehearseLinks() {
  return (
    <div class="rehearse-links">
      <a class="button rehearse-link" href={routeHref('rehearse')}>
        Rehearse the interview
      </a>
      <a class="button subtle" href={routeHref('stories')}>
        My stories
      </a>
    </div>
  );
}
