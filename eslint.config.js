// Lint rules, including the import boundaries of docs/ARCHITECTURE.md: each ban says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  group: ['node:*'],
  message: 'core is pure: it computes over data and ports; I/O lives in store, ingest readers, server and cli.',
};
const adapters = (why) => ({ group: ['**/store/**', '**/server/**', '**/cli/**', '**/web/**', '**/ingest/**', '**/reports/**'], message: why });

export default tseslint.config(
  // Dot-folders hold local scratch work and tool state, never project code.
  { ignores: ['node_modules/**', 'data/**', 'bin/**', 'dist/**', '.*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // node:test's test() and describe() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': ['error', {
        allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }],
      }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    // Test doubles implement async ports with plain values.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          nodeBuiltins,
          adapters('core is the centre: adapters depend on it, never the reverse.'),
          { group: ['**/contracts/**'], message: 'contracts describe the boundary; the core must not know the wire format.' },
          { group: ['kysely', 'pg', '@electric-sql/*', 'hono', 'react'], message: 'core stays free of database, HTTP and UI libraries.' },
        ],
      }],
    },
  },
  {
    files: ['src/store/**/*.ts', 'src/ingest/**/*.ts', 'src/reports/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/server/**', '**/cli/**', '**/web/**'], message: 'adapters are wired by the composition roots (server, cli), not by each other.' },
          { group: ['**/contracts/**'], message: 'adapters speak the core types; contracts belong to the edges (server, cli, web).' },
        ],
      }],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/ingest/**', '**/reports/**', '**/server/**', '**/cli/**', '**/web/**', '**/contracts/**'], message: 'the store persists core records; it knows nothing of ingestion, reports or the edges.' },
        ],
      }],
    },
  },
  {
    files: ['src/contracts/**/*.ts'],
    ignores: ['src/contracts/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          nodeBuiltins,
          { group: ['**/store/**', '**/server/**', '**/cli/**', '**/web/**', '**/ingest/**', '**/reports/**'], message: 'contracts are shared by server, web and cli: they may import only core and pure parsing libraries (zod, jsonc-parser).' },
        ],
      }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/core/**', '**/store/**', '**/server/**', '**/cli/**', '**/ingest/**', '**/reports/**'], message: 'the browser app talks to the server through contracts only.' },
        ],
      }],
    },
  },
);
