// Lint rules for the whole repository: TypeScript's recommended rules plus the type-aware promise
// rules, Astro's own rules for components, and Prettier's config last so that formatting is
// Prettier's alone.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    // Type-aware rules (promises left floating, awaits of non-promises) on TypeScript files.
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    // The promise rules catch a build step or a test that silently never waits for its work;
    // the no-unsafe-* family is left out because citation-js and other untyped libraries return
    // `any` by design.
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    rules: {
      // An unused name is a mistake unless it says it is meant to be unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Type-only imports say so; `import('…')` types stay allowed where a declaration file needs them.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    // Tests read JSON documents (feeds, JSON-LD, exports) whose shape is what they assert.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Browser scripts run on readers' devices: no Node globals there.
    files: ['src/scripts/**', 'public/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
