// Lint: typescript-eslint's recommended rules plus the house rules that keep page
// and stored text from ever becoming markup or code, and the pure libraries pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noMarkupFromText = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]", message: 'Never build markup from text: use textContent or JSX.' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe)$/]", message: 'Never build markup from text.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Never write markup into a document.' },
  { selector: "CallExpression[callee.property.name=/^setAttribute(NS)?$/][arguments.0.value=/^(srcdoc|on.*)$/i]", message: 'Never turn text into markup or handlers.' },
  { selector: "JSXAttribute[name.name=/^(dangerouslySetInnerHTML|srcdoc|srcDoc)$/]", message: 'Never build markup from text.' },
];

/** No code from data: eval, the Function constructor, and timers given a string. */
const noCodeFromText = [
  { selector: "CallExpression[callee.name='Function'], NewExpression[callee.name='Function']", message: 'Never build code from text.' },
  {
    selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type=/^(Literal|TemplateLiteral|BinaryExpression)$/], CallExpression[callee.property.name=/^(setTimeout|setInterval)$/][arguments.0.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]",
    message: 'Timers take a function, never a string of code.',
  },
];

/** The extension makes no network request at all (PRIVACY.md). */
const noNetwork = {
  'no-restricted-globals': [
    'error',
    ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'].map((name) => ({ name, message: 'Shop Pulse sends nothing anywhere.' })),
  ],
  'no-restricted-properties': [
    'error',
    ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((property) => ({ object: 'globalThis', property, message: 'Shop Pulse sends nothing anywhere.' })),
    ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((property) => ({ object: 'window', property, message: 'Shop Pulse sends nothing anywhere.' })),
    { object: 'navigator', property: 'sendBeacon', message: 'Shop Pulse sends nothing anywhere.' },
  ],
};

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
      'no-restricted-syntax': ['error', ...noMarkupFromText, ...noCodeFromText],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Everything that ships in the extension.
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    rules: noNetwork,
  },
  {
    // Pure libraries: no extension APIs, no IndexedDB (shared/ARCHITECTURE.md).
    files: ['lib/site/**', 'lib/rules/**', 'lib/metrics.ts', 'lib/hosts.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'idb', 'webextension-polyfill', '*/history/*', '*/history'] }],
    },
  },
  {
    // Tests may build fixture DOMs from HTML strings (and still never eval).
    files: ['test/**'],
    rules: { 'no-restricted-syntax': ['error', ...noCodeFromText], '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', Buffer: 'readonly', chrome: 'readonly' } },
  },
);
