import { signal } from '@preact/signals';
import { render } from 'preact';
import { createAppModel } from './app/app-model';
import { loadBuiltinDecks } from './app/builtin-decks';
import { systemClock } from './app/clock';
import { followHashChanges } from './app/router';
import { openAppDb } from './storage/db';
import { App } from './ui/App';
import './ui/styles.css';

const fatal = signal<string | null>(null);
const RELOAD_MESSAGE = 'PrepDeck was updated in another tab. Reload this tab to go on; your progress is saved.';

async function boot(): Promise<void> {
  const root = document.getElementById('app')!;
  const db = await openAppDb(undefined, {
    onVersionChange: () => (fatal.value = RELOAD_MESSAGE),
    onBlocked: () => (fatal.value = 'PrepDeck is open in another tab with an older version. Close that tab (or reload it) to go on.'),
  });
  const model = createAppModel({ db, clock: systemClock, loadBuiltinDecks });
  followHashChanges();
  // subscribe() renders at once and again whenever a fatal problem appears.
  fatal.subscribe((message) => render(<App model={model} fatal={message} />, root));
  await model.start();
  // Due counts follow the clock; a tab left open overnight rolls over to the new study day.
  setInterval(() => model.tick(), 15_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') model.tick();
  });
}

boot().catch((error: unknown) => {
  fatal.value = `PrepDeck could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.getElementById('app')!.textContent = fatal.value;
});
