import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, staticHostHeadersFile } from './scripts/security-headers.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The light theme's header (--surface) and page (--bg) colours from src/ui/styles.css; the
 * dark pair is in index.html's theme-color tags (a manifest has one colour of each).
 */
const THEME_COLOR = '#ffffff';
const BACKGROUND_COLOR = '#f7f7f5';
const DARK_THEME_COLOR = '#1d1f24';
const DARK_BACKGROUND_COLOR = '#121316';

/**
 * Stamps the build's name into index.html as <meta name="app-version">, so a person (or a
 * test) can tell which deploy a page came from. VITE_APP_BUILD is also readable in the app as
 * import.meta.env.VITE_APP_BUILD.
 */
function appVersionMeta(build: string): Plugin {
  return {
    name: 'prepdeck-app-version',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'app-version', content: build }, injectTo: 'head' }],
  };
}

/**
 * The production page's Content-Security-Policy as a <meta> tag (scripts/security-headers.ts
 * says why each source is allowed). Build only: Vite's dev server injects inline scripts. The
 * servers send it as a header too, with frame-ancestors, which a meta tag cannot carry.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'prepdeck-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Writes `_headers` beside index.html, for static hosts that read one (Netlify, Cloudflare Pages). */
function staticHostHeaders(): Plugin {
  return {
    name: 'prepdeck-static-host-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeadersFile() });
    },
  };
}

export default defineConfig(() => {
  // Read at config time (not module load) so a test can build twice in one process.
  const appBuild = process.env.VITE_APP_BUILD || pkg.version;
  return {
    plugins: [
      preact(),
      appVersionMeta(appBuild),
      contentSecurityPolicy(),
      staticHostHeaders(),
      VitePWA({
        // The page asks before a new version takes over: never a reload in the middle of a card.
        registerType: 'prompt',
        // src/app/pwa.ts imports virtual:pwa-register; nothing is injected into index.html.
        injectRegister: false,
        // Kill switch, kept off. Set to true and release to replace a broken worker with one
        // that unregisters itself and clears its caches (vite-plugin-pwa "self-destroying").
        selfDestroying: false,
        // public/ is already matched by workbox.globPatterns below; listing it again here
        // would only duplicate precache entries.
        includeAssets: [],
        includeManifestIcons: false,
        manifest: {
          id: './',
          name: 'PrepDeck: product-ops interview flashcards',
          short_name: 'PrepDeck',
          description: 'Offline flashcards with spaced repetition for product-operations interview preparation.',
          lang: 'en',
          dir: 'ltr',
          start_url: './',
          scope: './',
          display: 'standalone',
          orientation: 'any',
          theme_color: THEME_COLOR,
          background_color: BACKGROUND_COLOR,
          // Dark title bar and splash where supported (Chromium's WebAppDarkMode reads these
          // members; other browsers ignore them and use the theme-color tags in index.html).
          ...{ dark_mode_theme_color: DARK_THEME_COLOR, dark_mode_background_color: DARK_BACKGROUND_COLOR },
          categories: ['education', 'productivity'],
          icons: [
            { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
          // Shown in the richer install dialog; not precached (see globIgnores).
          screenshots: [
            {
              src: 'screenshots/narrow.png',
              sizes: '360x740',
              type: 'image/png',
              form_factor: 'narrow',
              label: 'The deck list with due and new counts',
            },
            {
              src: 'screenshots/wide.png',
              sizes: '1280x800',
              type: 'image/png',
              form_factor: 'wide',
              label: 'Studying a card: answer shown, four grades',
            },
          ],
          // Installed desktop Chromium: "Open with PrepDeck" for deck files; the page takes them
          // from window.launchQueue to the Import screen (src/main.tsx).
          file_handlers: [
            {
              action: './',
              accept: {
                'text/csv': ['.csv'],
                'text/tab-separated-values': ['.tsv'],
                'text/plain': ['.txt'],
                'application/json': ['.json'],
                'application/x-anki-package': ['.apkg', '.colpkg'],
              },
            },
          ],
        },
        workbox: {
          // App shell, code, styles, fonts, icons, the built-in decks and the .apkg reader's WASM.
          globPatterns: ['**/*.{html,js,css,json,woff2,png,svg,ico,wasm,txt}'],
          globIgnores: ['screenshots/**'],
          // Offline, every route of the single-page app is answered with the app shell.
          navigateFallback: 'index.html',
          cleanupOutdatedCaches: true,
          // sql.js's WASM is about 0.7 MB; leave room without precaching anything huge.
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        },
      }),
    ],
    define: {
      'import.meta.env.VITE_APP_BUILD': JSON.stringify(appBuild),
    },
    build: { target: 'es2022' },
    server: { port: 5173 },
    // What a static host sends (scripts/security-headers.ts); not the dev server, whose inline scripts the policy forbids.
    preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  };
});
