import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', 'dist/**', 'test-artifacts/**', '.tmp-*/**', '**/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The core is pure: no node:*, no HTTP, no DOM. Shells (io, api, cli) may use them.
    files: ['src/core/**', 'src/model/**', 'src/targets/**', 'src/solve/**', 'src/uncertainty/**', 'src/forecast/**', 'src/schema/**', 'src/charts/**', 'src/export/**', 'src/i18n/**', 'src/formula/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fastify', '@fastify/*', 'fs', 'path', 'worker_threads', 'piscina'] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'fetch'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'pass a seeded generator' },
        { object: 'Date', property: 'now', message: 'the core has no clock' },
      ],
    },
  },
);
