// Lint: a small rule set plus the layering (../shared/guides/architecture.md): dependencies point
// one way, ui -> app -> storage/import -> domain, and each library has one seam. The rules cover
// `import type` too, so a screen cannot lean on a storage type. tests/architecture.test.ts holds
// the same lines with resolved paths.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Relative imports that reach into one of these layers (from any depth). */
const layer = (...names) => ({
  regex: `(^|/)(${names.join('|')})/`,
  message: `Dependencies point one way: ui -> app -> storage/import -> domain. This layer may not import from ${names.join(', ')}.`,
});
const seam = (name, home) => ({ name, message: `${name} has one seam: import it only in ${home}.` });

const SEAMS = {
  'ts-fsrs': 'src/domain/scheduler.ts',
  dompurify: 'src/ui/sanitize-html.ts',
  'virtual:pwa-register': 'src/app/pwa.ts',
  idb: 'src/storage/',
};

/** no-restricted-imports for a layer: the layers it may not reach and the seams it does not own. */
function restrict(layers, seams = Object.keys(SEAMS)) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: seams.map((name) => seam(name, SEAMS[name])),
        patterns: layers.length > 0 ? [layer(...layers)] : [],
      },
    ],
  };
}

const without = (name) => Object.keys(SEAMS).filter((seamName) => seamName !== name);

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'coverage/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  { files: ['src/domain/**'], rules: restrict(['import', 'storage', 'app', 'ui']) },
  { files: ['src/import/**'], rules: restrict(['storage', 'app', 'ui']) },
  { files: ['src/storage/**'], rules: restrict(['app', 'ui'], without('idb')) },
  { files: ['src/app/**'], rules: restrict(['ui']) },
  { files: ['src/ui/**'], rules: restrict(['storage', 'import']) },
  // The seam files themselves.
  { files: ['src/domain/scheduler.ts'], rules: restrict(['import', 'storage', 'app', 'ui'], without('ts-fsrs')) },
  { files: ['src/ui/sanitize-html.ts'], rules: restrict(['storage', 'import'], without('dompurify')) },
  { files: ['src/app/pwa.ts'], rules: restrict(['ui'], without('virtual:pwa-register')) },
);
