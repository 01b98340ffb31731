import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures declare their dependencies with a destructuring pattern, even when empty.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', ...nodeBuiltins], message: 'The renderer talks to main only through window.headroom (src/shared/api.ts).' },
        { group: ['**/main/**', '**/preload/**'], message: 'The renderer may import src/shared only.' },
      ] }],
    },
  },
  {
    // The domain stays pure: it runs in the renderer, in main, in the CLI and in tests.
    files: ['src/shared/**/*.ts'],
    // Tests may read fixtures and run LibreOffice; the code they test may not.
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'react', 'react-dom', 'react/*', ...nodeBuiltins, 'better-sqlite3'], message: 'src/shared is pure: no electron, node, react or database imports.' },
        { group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'], message: 'src/shared imports nothing outside src/shared.' },
      ] }],
    },
  },
  {
    // Services run under plain Node: only the shell may touch electron.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/shell/**', 'src/main/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron'], message: 'Only src/main/shell may import electron; services run under plain Node.' },
        { group: ['**/renderer/**'], message: 'main never imports the renderer.' },
      ] }],
    },
  },
);
