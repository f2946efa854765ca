import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers, kept by `no-restricted-imports` (eslint runs in `npm test`): nothing below imports
 * anything above. engine and catalog (pure: text in, findings out) < services (editor features,
 * no protocol) < lsp, cli, report, node (the edges); the client speaks to the server only through
 * shared/protocol.ts, which imports neither side.
 */
const restrict = (message, group) => ({
  'no-restricted-imports': ['error', { patterns: [{ group, message }] }],
});
const FS = ['fs', 'fs/*', 'node:fs', 'node:fs/*'];
const EDGES = ['**/services', '**/services/**', '**/lsp', '**/lsp/**', '**/cli', '**/cli/**'];
const OUTSIDE = ['**/report', '**/report/**', '**/node', '**/node/**'];
const LSP_PACKAGES = ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'out/**',
      '.vscode-test/**',
      'bench/out/**',
      'test/artifacts/**',
      '**/*.generated.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', __dirname: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['server/src/engine/**/*.ts', 'server/src/catalog/**/*.ts', 'server/src/util/**/*.ts'],
    rules: restrict(
      'The engine and the catalog are pure: no services, LSP, CLI, report, file system or editor protocol (see eslint.config.mjs).',
      [...EDGES, ...OUTSIDE, ...FS, ...LSP_PACKAGES],
    ),
  },
  {
    files: ['server/src/services/**/*.ts'],
    rules: restrict('Services return plain results; only lsp/ speaks the protocol (see eslint.config.mjs).', [
      '**/lsp',
      '**/lsp/**',
      '**/cli',
      '**/cli/**',
    ]),
  },
  {
    files: ['client/src/**/*.ts'],
    rules: restrict(
      'The client imports nothing of the server but the shared protocol module (shared/protocol.ts).',
      ['**/server/**', '**/shared/**', '!**/shared/protocol'],
    ),
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict('The shared protocol module imports neither the server nor the client.', [
      '**/server/**',
      '**/client/**',
    ]),
  },
);
