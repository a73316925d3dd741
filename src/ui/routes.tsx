/**
 * The route table: every screen, its path, its label in the navigation, and its loader. App.tsx
 * renders from it; adding a screen is one entry here plus the screen's own files (component,
 * state module, pure data module). Screens other than Home load on first visit, with the
 * feature state they need, so their code stays off the first paint.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { currentPath, fillPath, goTo, matchPath } from '../app/router';
import type { AppServices } from '../app/services';
import { HomeScreen } from './HomeScreen';

/** What the shell hands every screen. */
export interface ScreenProps {
  /** The path's parameters ("study/:scope" gives `scope`). */
  params: Record<string, string>;
  /** Extra parts the page adds to a screen (Settings: storage status and version). */
  extras?: ComponentChildren;
}

export interface RouteEntry {
  name: string;
  /** The hash path, with ":name" parameters. */
  path: string;
  /** The label in the main navigation; none for screens reached from another screen. */
  nav?: string;
  /** Or the label in the header's More menu: screens a phone's header has no room for. */
  more?: string;
  /** A screen in the first bundle (Home), shown at once. */
  screen?: ComponentType<ScreenProps>;
  /** Or the screen's code and feature state, loaded on first visit; called once per app instance. */
  load?: (services: AppServices) => Promise<ComponentType<ScreenProps>>;
  /** Needs the stored data loaded before it shows (everything but Home, which says "Loading decks…"). */
  needsData?: boolean;
}

async function loadRehearse(services: AppServices): Promise<ComponentType<ScreenProps>> {
  const [{ rehearsalFor }, { storyBookFor }, { RehearseScreen }] = await Promise.all([
    import('../app/rehearsal-session'),
    import('../app/story-book'),
    import('./RehearseScreen'),
  ]);
  const session = rehearsalFor(services);
  const stories = storyBookFor(services);
  return ({ params }) => <RehearseScreen session={session} stories={stories} cardId={params.cardId} />;
}

async function loadStories(services: AppServices): Promise<ComponentType<ScreenProps>> {
  const [{ storyBookFor }, { StoriesScreen }] = await Promise.all([
    import('../app/story-book'),
    import('./StoriesScreen'),
  ]);
  const book = storyBookFor(services);
  return ({ params }) => <StoriesScreen book={book} newFor={params.cardId} />;
}

/** The Edit screen: from Browse (back to Browse), or from a study session (back to it once saved). */
async function loadEditor(services: AppServices): Promise<ComponentType<ScreenProps>> {
  const [{ createCardEditor }, { EditCardScreen }] = await Promise.all([
    import('../app/card-editor'),
    import('./EditCardScreen'),
  ]);
  const editor = createCardEditor(services);
  return ({ params }) => (
    <EditCardScreen
      editor={editor}
      cardId={params.card ?? ''}
      back={
        params.scope === undefined
          ? { href: routeHref('browse'), label: 'Back to Browse' }
          : {
              href: routeHref('study', { scope: params.scope }),
              label: 'Back to studying',
              afterSave: () => navigate('study', { scope: params.scope! }),
            }
      }
    />
  );
}

export const ROUTES = [
  { name: 'home', path: '', nav: 'Decks', screen: HomeScreen },
  // A card opened for editing from the study screen ("E"): saving goes back to the session.
  // Before 'study', whose last parameter would take the rest of this path.
  { name: 'study-edit', path: 'study/:scope/edit/:card', needsData: true, load: loadEditor },
  {
    name: 'study',
    path: 'study/:scope',
    needsData: true,
    load: async (services) => {
      const [study, { createStudyCardActions }, { StudyScreen }] = await Promise.all([
        services.loadStudy(),
        import('../app/study-card-actions'),
        import('./StudyScreen'),
      ]);
      const cardActions = createStudyCardActions(services, study);
      return (props: ScreenProps) => <StudyScreen {...props} study={study} cardActions={cardActions} />;
    },
  },
  {
    name: 'import',
    path: 'import',
    nav: 'Import',
    needsData: true,
    load: async (services) => {
      const [{ createImportFlow }, { ImportScreen }] = await Promise.all([
        import('../app/import-flow'),
        import('./ImportScreen'),
      ]);
      const flow = createImportFlow(services);
      return () => <ImportScreen flow={flow} />;
    },
  },
  {
    name: 'data',
    path: 'data',
    nav: 'Your data',
    needsData: true,
    load: async (services) => {
      const [{ createDataFlow }, { DataScreen }] = await Promise.all([
        import('../app/data-flow'),
        import('./DataScreen'),
      ]);
      const flow = createDataFlow(services);
      return () => <DataScreen flow={flow} />;
    },
  },
  {
    name: 'settings',
    path: 'settings',
    nav: 'Settings',
    needsData: true,
    load: async (services) => {
      const [{ SettingsScreen }, { RehearsalSettings }, { rehearsalPrefsFor }, { recordingLibraryFor }] =
        await Promise.all([
          import('./SettingsScreen'),
          import('./RehearsalSettings'),
          import('../app/rehearsal-prefs'),
          import('../app/recording-library'),
        ]);
      const rehearsal = (
        <RehearsalSettings prefs={rehearsalPrefsFor(services)} library={recordingLibraryFor(services)} />
      );
      return (props) => <SettingsScreen {...props} sections={rehearsal} />;
    },
  },
  // Rehearse: from Home, and from an interview question's card while studying (one question).
  { name: 'rehearse', path: 'rehearse', more: 'Rehearse', needsData: true, load: loadRehearse },
  { name: 'rehearse-card', path: 'rehearse/card/:cardId', needsData: true, load: loadRehearse },
  // My stories: from Home and Rehearse; "Write a story" on a question opens the form linked to it.
  { name: 'stories', path: 'stories', more: 'My stories', needsData: true, load: loadStories },
  { name: 'story-for', path: 'stories/new/:cardId', needsData: true, load: loadStories },
  {
    name: 'browse',
    path: 'browse',
    more: 'Browse cards',
    needsData: true,
    load: async (services) => {
      const [{ createBrowseFlow }, { BrowseScreen }] = await Promise.all([
        import('../app/browse-flow'),
        import('./BrowseScreen'),
      ]);
      const flow = createBrowseFlow(services);
      return () => <BrowseScreen flow={flow} />;
    },
  },
  {
    name: 'add',
    path: 'add',
    more: 'Add cards',
    needsData: true,
    load: async (services) => {
      const [{ createCardEditor }, { AddCardsScreen }] = await Promise.all([
        import('../app/card-editor'),
        import('./AddCardsScreen'),
      ]);
      const editor = createCardEditor(services);
      return () => <AddCardsScreen editor={editor} />;
    },
  },
  { name: 'edit', path: 'edit/:card', needsData: true, load: loadEditor },
  {
    name: 'stats',
    path: 'stats',
    more: 'Stats',
    needsData: true,
    load: async (services) => {
      const [{ createStatsFlow }, { StatsScreen }] = await Promise.all([
        import('../app/stats-flow'),
        import('./StatsScreen'),
      ]);
      const flow = createStatsFlow(services);
      return () => <StatsScreen flow={flow} />;
    },
  },
  {
    name: 'custom-study',
    path: 'custom-study',
    more: 'Custom study',
    needsData: true,
    load: async (services) => {
      const [{ createCustomStudy }, { CustomStudyScreen }] = await Promise.all([
        import('../app/custom-study'),
        import('./CustomStudyScreen'),
      ]);
      const flow = createCustomStudy(services);
      return () => <CustomStudyScreen flow={flow} />;
    },
  },
] as const satisfies readonly RouteEntry[];

export type RouteName = (typeof ROUTES)[number]['name'];

/** The screen a path shows, with its parameters; an unknown path shows Home. */
export function matchRoute(path: string): { route: RouteEntry; params: Record<string, string> } {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return { route: ROUTES[0], params: {} };
}

/** The screen on show now. */
export const currentRoute = () => matchRoute(currentPath.value);

/** The link to a screen, e.g. routeHref('study', { scope: 'all' }) -> "#/study/all". */
export function routeHref(name: RouteName, params: Record<string, string> = {}): string {
  return `#/${fillPath(ROUTES.find((r) => r.name === name)!.path, params)}`;
}

/** Goes to a screen (adds a history entry, so Back returns). */
export function navigate(name: RouteName, params: Record<string, string> = {}): void {
  goTo(fillPath(ROUTES.find((r) => r.name === name)!.path, params));
}
