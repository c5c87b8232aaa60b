// Flat config: typescript-eslint's recommended rules plus no-unsanitized, which flags HTML sinks
// (innerHTML, insertAdjacentHTML, document.write…) that are not fed through a sanitizer.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import from src/platform/browser.ts' }] }],
    },
  },
  { files: ['src/platform/browser.ts', 'tests/fake-browser.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    // core must stay pure: no extension APIs.
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/platform/*', 'webextension-polyfill'], message: 'core is pure: no browser.*' }] }] },
  },
);
