// ESLint for the TypeScript sources, tests, stories and bench: typescript-eslint's type-checked
// rules (they see through the types, e.g. a promise nobody awaits), Lit's template rules, and the
// web-component rules for custom elements.
import js from '@eslint/js';
// The plugins' named `configs` are the default export's `configs`, typed config by config (the
// default export is typed as a plain ESLint.Plugin, whose configs may be legacy eslintrc ones).
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'conformance/dist/', 'storybook-static/', 'demo/build/', 'demo/sip/build/', 'bench/results/', 'bench/build/', 'src/localization/generated/', 'node_modules/', 'custom-elements.json'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    rules: {
      // semantic-dom-diff types every chai `equal` as a promise (for `.dom.to.equal`); the rest are real.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' },
            // node:test's describe and it return promises the runner itself awaits (server/, conformance/).
            { from: 'package', name: ['describe', 'it', 'test'], package: 'node:test' },
          ],
        },
      ],
      // An `async` method that awaits nothing implements a promise-returning port (PhoneService).
      '@typescript-eslint/require-await': 'off',
      // `_name`: a parameter a signature needs, or a property taken out of an object on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['.storybook/*.ts'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended']],
  },
  {
    files: ['src/elements/**/*.ts'],
    rules: {
      // Lit calls a template's listeners (`@click=${this.onClick}`) with the element as `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['tests/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // Fixtures hand out their helpers as plain functions (`const { advance } = desk`).
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Node scripts; the functions they hand to a page (`page.evaluate`) run in the browser.
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
