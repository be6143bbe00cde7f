import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A feature never imports another feature; routes compose them.
const features = readdirSync(new URL('./app/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const VIS_ADAPTER = 'app/features/timeline/vis-adapter.ts';

export default tseslint.config(
  {
    ignores: ['dist', 'bench/out', 'node_modules', 'test-results', 'playwright-report', 'data-src'],
  },
  js.configs.recommended,
  // Type-aware: every .ts/.tsx file (app, scripts, e2e, bench, config files) is linted with the
  // types of tsconfig.json.
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      // Numbers print fine in a template; nullish values, objects and booleans still need a decision.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowAny: false,
          allowBoolean: false,
          allowNever: false,
          allowNullish: false,
          allowNumber: true,
          allowRegExp: false,
        },
      ],
      // `onClick={() => setOpen(true)}` is the React idiom; a void value in any other position
      // (returned from a block, assigned, passed on) is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // The router's control flow is `throw redirect(...)`.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [{ from: 'package', package: '@tanstack/router-core', name: 'Redirect' }],
        },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './app/lib',
              from: ['./app/domain', './app/features', './app/routes', './app/components'],
              message: 'lib is the bottom layer.',
            },
            {
              target: './app/components',
              from: ['./app/features', './app/routes'],
              message: 'ui primitives do not know features.',
            },
            {
              target: './app/domain',
              from: ['./app/features', './app/routes', './app/components'],
              message: 'domain knows nothing of React components or features.',
            },
            {
              target: './app/features',
              from: './app/routes',
              message: 'routes compose features, not the other way round.',
            },
            ...features.map((name) => ({
              target: `./app/features/${name}`,
              from: './app/features',
              except: [`./${name}`],
              message: 'A feature never imports another feature; compose them in a route.',
            })),
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
              message: `Only ${VIS_ADAPTER} (and its parts: vis-options, vis-items, vis-view, vis-sync, first-draw) may import vis-timeline / vis-data.`,
            },
            {
              group: ['**/index', '**/index.ts', '**/index.tsx'],
              message: 'No barrel files: import the file you mean.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render data as text, never as HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Render data as text, never as HTML.',
        },
        {
          selector: "MemberExpression[object.name='localStorage']",
          message: 'Use app/lib/storage.ts.',
        },
      ],
    },
  },
  {
    files: [
      VIS_ADAPTER,
      'app/features/timeline/vis-sync.ts',
      'app/features/timeline/vis-sync.test.ts',
      'app/features/timeline/vis-items.ts',
      'app/features/timeline/first-draw.ts',
      'app/features/timeline/vis-options.ts',
      'app/features/timeline/vis-view.ts',
      'bench/raw.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Plain JavaScript (this config) is not part of a TypeScript project.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['app/lib/storage.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['app/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: 'detect' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react/jsx-key': 'error',
      'react/jsx-no-target-blank': 'error',
      // Every visible string comes from locales/; only punctuation may be written in JSX.
      'react/jsx-no-literals': [
        'error',
        {
          noStrings: false,
          allowedStrings: ['·', '×', '+', '−', '–', '—', ':', '(', ')'],
          ignoreProps: true,
        },
      ],
    },
  },
  {
    // Hooks live in .ts files too (hooks/use-x.ts, routes/use-x.ts): the rules of hooks apply to
    // every module of the app.
    files: ['app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    // Small modules: above 250 lines of code a file is doing two things; split it.
    files: ['app/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['app/**/*.test.ts', 'app/**/*.test.tsx', 'e2e/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'react/jsx-no-literals': 'off' },
  },
  {
    // A Playwright fixture is requested by naming it in the parameter: `{ problems: _checked }`
    // asks for one only for its effect.
    files: ['e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
);
