// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

const FEATURES = [
  'patients',
  'exam',
  'assessment',
  'plan',
  'compare',
  'progress',
  'library',
  'settings',
  'visits',
  'sync',
];

/**
 * Import direction (STYLE.md): app → features → (ui, data, clinical, lib); data → clinical; ui → lib.
 * clinical imports only itself. Features never import each other. mocks only from tests and main.tsx.
 */
const zones = [
  {
    target: './src/clinical',
    from: './src',
    except: ['./clinical'],
    message: 'The clinical core imports only itself.',
  },
  {
    target: './src/data',
    from: ['./src/features', './src/ui', './src/app', './src/lib'],
    message: 'data may import only clinical.',
  },
  {
    target: './src/ui',
    from: ['./src/features', './src/data', './src/clinical', './src/app'],
    message: 'ui may import only lib.',
  },
  {
    target: './src/lib',
    from: ['./src/features', './src/data', './src/clinical', './src/app', './src/ui'],
    message: 'lib is a leaf.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'Features never import the app; compose them in app/.',
  },
  ...FEATURES.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'Features never import each other; compose them in app/.',
  })),
];

/** Only app code is barred from mocks/: tests import it, and main.tsx loads it in development. */
const mocksZone = {
  target: './src',
  from: './mocks',
  message: 'mocks/ is for tests and development only (main.tsx imports it dynamically).',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'node_modules',
      'mocks/mockServiceWorker.js',
      'playwright-report',
      'test-results',
      'coverage',
      'bench/.out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { import: importPlugin, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: {
      // Zones compare resolved file paths; every import in src is relative, so Node's resolver
      // with the TypeScript extensions is enough (no native resolver binary, so npm ci works
      // on registries that lack other platforms' binaries).
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only says where the React Compiler would skip memoising (useVirtualizer, useForm's
      // watch). We do not run the compiler, so it is noise; correctness rules stay on.
      'react-hooks/incompatible-library': 'off',
      ...jsxA11y.flatConfigs.strict.rules,
      'import/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // TanStack Router's control flow is `throw notFound()` / `throw redirect()`; nothing else.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'package', package: '@tanstack/router-core', name: ['NotFoundError', 'Redirect'] }] },
      ],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render clinician text as text.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/main.tsx'],
    rules: { 'import/no-restricted-paths': ['error', { zones: [...zones, mocksZone] }] },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/clinical/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^[^.]', message: 'The clinical core has no dependencies.' }] },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'indexedDB',
        'fetch',
        'localStorage',
        'navigator',
        'crypto',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass time in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'The core is deterministic.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass time in.',
        },
      ],
    },
  },
  {
    // Tests, and the arbitraries they share (never imported by the app).
    files: ['src/clinical/**/*.test.ts', 'src/clinical/**/test-support/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.|vitest$|fast-check$)',
              message: 'Clinical tests use only vitest and fast-check.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
