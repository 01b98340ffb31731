import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './eslint/layer-imports.js';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Every Node builtin under both its names (`fs` and `node:fs`, `fs/promises` and
 * `node:fs/promises`, …), from the running Node rather than typed by hand, so `zlib` or
 * `net` cannot slip past. `node:*` (below) also catches the prefix-only ones (`node:test`).
 */
export const nodeBuiltins = [...new Set(builtinModules.flatMap((name) => {
  const bare = name.replace(/^node:/, '');
  return [bare, `node:${bare}`];
}))];

/** no-restricted-imports' options forbidding every builtin, plus `extra` packages. */
function noBuiltins(message, extra = []) {
  return ['error', {
    paths: [...nodeBuiltins, ...extra].map((name) => ({ name, message })),
    patterns: [{ group: ['node:*', ...extra.map((name) => `${name}/*`)], message }],
  }];
}

/** The layer rule: relative imports land only in `allow` (paths from the repository root). */
function onlyFrom(allow, message, more = {}) {
  return ['error', { root, allow, message, ...more }];
}

const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/*.test-helper.ts'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { layers },
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
    },
  },
  // The layers (docs/architecture.md, "Layers"). tsconfig/*.json holds them apart by type
  // environment; these rules by what each may import. src/layer-rules.int.test.ts proves each fires.
  {
    // The renderer is a web page: it reaches main only through window.headroom.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': noBuiltins('The renderer talks to main only through window.headroom (src/shared/api.ts): no electron or Node builtins.', ['electron']),
      'layers/allowed-relative-imports': onlyFrom(['src/renderer', 'src/shared'], 'the renderer may import src/renderer and src/shared only (never main, the CLI or the preload).'),
    },
  },
  {
    // The domain stays pure: it runs in the renderer, in main, in the CLI and in tests.
    files: ['src/shared/**/*.ts'],
    // Tests may read fixtures and run LibreOffice; the code they test may not.
    ignores: testFiles,
    rules: {
      'no-restricted-imports': noBuiltins('src/shared is pure: no electron, Node builtins, react or database imports.', ['electron', 'react', 'react-dom', 'better-sqlite3']),
      'layers/allowed-relative-imports': onlyFrom(['src/shared'], 'src/shared imports nothing outside src/shared.'),
    },
  },
  {
    // Services run under plain Node: only the shell may touch electron.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/shell/**', 'src/main/index.ts', ...testFiles],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only src/main/shell may import electron; services run under plain Node.' }] }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: testFiles,
    rules: {
      'layers/allowed-relative-imports': onlyFrom(['src/main', 'src/shared'], 'main imports src/main and src/shared only (never the renderer or the CLI).'),
    },
  },
  {
    // The CLI runs under plain Node, so it may use main's store and exports but never
    // Electron: not the package, not main's shell or its Electron entry, not the renderer.
    files: ['src/cli/**/*.ts'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The CLI runs under plain Node: no electron.' }],
        patterns: [{ group: ['electron/*'], message: 'The CLI runs under plain Node: no electron.' }],
      }],
      'layers/allowed-relative-imports': onlyFrom(['src/cli', 'src/shared', 'src/main'], 'the CLI imports src/cli, src/shared and main\'s services only (never the renderer, main\'s Electron shell or entry).', { deny: ['src/main/shell', 'src/main/index.ts'] }),
    },
  },
  {
    // The preload is the one bridge into the sandboxed page: electron and the contract, no
    // more. The contract is its calls (src/shared/contract), their aggregate (api.ts) and
    // the bridge object built from it (api-object.ts).
    files: ['src/preload/**/*.ts'],
    rules: {
      'layers/allowed-relative-imports': onlyFrom(['src/shared/contract', 'src/shared/api.ts', 'src/shared/api-object.ts'], 'the preload imports electron and the contract (src/shared/contract, api.ts, api-object.ts) only.', { packages: ['electron'] }),
    },
  },
);
