// Bundles the client, the language server and the CLI with esbuild (one file each, no node_modules needed at run time).
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { JIXIAO_VERSION: JSON.stringify(pkg.version) },
};

// The PDF and spreadsheet readers (PDF.js with its worker inlined, exceljs) are bundles of their
// own, loaded by `jixiao import` on first use: the CLI's start does not parse them.
const lazyReaders = {
  name: 'lazy-readers',
  setup(b) {
    b.onResolve({ filter: /\/readers\/(pdf|xlsx)$/ }, (args) =>
      args.importer.endsWith('import/index.ts')
        ? { path: `./import-${args.path.endsWith('pdf') ? 'pdf' : 'xlsx'}.js`, external: true }
        : undefined,
    );
  },
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({
    ...common,
    entryPoints: ['server/src/cli/index.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [lazyReaders],
  }),
  build({ ...common, entryPoints: ['server/src/import/readers/pdf.ts'], outfile: 'dist/import-pdf.js' }),
  build({ ...common, entryPoints: ['server/src/import/readers/xlsx.ts'], outfile: 'dist/import-xlsx.js' }),
]);
chmodSync('dist/cli.js', 0o755);
