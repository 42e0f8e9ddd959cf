// Lint: typescript-eslint's recommended rules plus the house rules that keep page
// and stored text from ever becoming markup or code, and the pure libraries pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noMarkupFromText = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Never build markup from text: use textContent or JSX.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never build markup from text.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never build markup from text.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...noMarkupFromText],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Pure libraries: no extension APIs, no IndexedDB (shared/ARCHITECTURE.md).
    files: ['lib/site/**', 'lib/rules/**', 'lib/metrics.ts', 'lib/hosts.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'idb', 'webextension-polyfill', '*/history/*', '*/history'] }],
    },
  },
  {
    // Tests may build fixture DOMs from HTML strings.
    files: ['test/**'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', Buffer: 'readonly', chrome: 'readonly' } },
  },
);
