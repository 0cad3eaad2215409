import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', '.screenshots/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|describe)$/]",
          message: 'Focused or skipped tests must not be committed.',
        },
      ],
    },
  },
  // The layout carries the design (ARCHITECTURE.md): no circle of imports, and imports only downward.
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle reads each imported file itself: with TypeScript's parser, or it sees no imports.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
      // Sources import each other as './x.js' (what tsc and the browser see); the file is x.ts.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/rules', from: './src/components', message: 'The engine never imports the widget.' },
            {
              target: './src/components',
              from: './src/rules/index.ts',
              message: "The widget imports the engine from rules/core.ts: rules/index.ts installs the full checks (zod), which the drop-in's first file must not hold (engine/full-checks.ts).",
            },
            {
              target: ['./src/rules/engine', './src/rules/schema', './src/rules/messages', './src/rules/policies'],
              from: ['./src/rules/explain', './src/rules/tools'],
              message: 'The engine and its data never import the tools built on them (explain/, tools/).',
            },
            { target: './src/components/estimator', from: './src/components/reimbursement-estimator.ts', message: "The element's parts never import the element." },
            {
              target: ['./src/components/estimator/form', './src/components/estimator/results', './src/components/estimator/explain', './src/components/estimator/shared'],
              from: ['./src/components/estimator/host', './src/components/estimator/state/estimator-controller.ts'],
              message: 'Views draw what they are given: they never reach the host adapters or the controller.',
            },
            {
              target: ['./src/components/estimator/i18n', './src/components/estimator/styles'],
              from: './src/components/estimator',
              except: ['./i18n', './styles'],
              message: 'Strings and styles sit at the bottom: they import nothing of the widget.',
            },
            {
              target: './src/components/estimator/state',
              from: ['./src/components/estimator/form', './src/components/estimator/results', './src/components/estimator/explain', './src/components/estimator/shared'],
              message: 'The model never imports a view.',
            },
          ],
        },
      ],
    },
  },
);
