import { useState } from 'preact/hooks';
import type { StudyGesturesState } from '../app/study-gestures';

/** Settings for studying on a touch screen: swipe to grade (on unless turned off here). */
export function StudyGestureSettings({ gestures }: { gestures: StudyGesturesState }) {
  const [status, setStatus] = useState('');
  return (
    <section class="panel study-gesture-settings" aria-labelledby="study-gesture-heading">
      <h2 id="study-gesture-heading">Studying on a touch screen</h2>
      <label class="checkbox">
        <input
          class="thumb-check"
          type="checkbox"
          role="switch"
          checked={gestures.gestures.value.swipe}
          onChange={(e) => {
            const swipe = (e.target as HTMLInputElement).checked;
            void gestures.update({ swipe }).then(
              () => setStatus(swipe ? 'Swiping grades cards.' : 'Swiping no longer grades cards.'),
              () => setStatus('The change was not saved.'),
            );
          }}
        />
        Swipe a shown answer left for Again, right for Good
      </label>
      <p class="saved" role="status">
        {status}
      </p>
    </section>
  );
}
