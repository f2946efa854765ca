// Bundles the client, the language server and the CLI with esbuild (one file each, no node_modules needed at run time).
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { GENERATED, generateValidators } from './validators.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
/**
 * The catalogs (a third of a megabyte each) as `JSON.parse` of a string: V8 skims a string
 * literal far faster than it pre-parses an object literal of that size, and catalog.ts requires
 * them lazily, so a process parses only the year it uses, when it first uses it.
 */
const lazyCatalogs = {
  name: 'lazy-catalogs',
  setup(b) {
    b.onLoad({ filter: /[\\/]data[\\/]catalog-\d+\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(readFileSync(args.path, 'utf8'))});`,
      loader: 'js',
    }));
  },
};

const common = {
  plugins: [lazyCatalogs],
  // Chinese text as UTF-8, not \u escapes: a third smaller, and parsed faster at every start.
  charset: 'utf8',
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
// The schemas' validators as code, before the bundles that include them (rewritten only when changed).
const validators = generateValidators();
if (!existsSync(GENERATED) || readFileSync(GENERATED, 'utf8') !== validators)
  writeFileSync(GENERATED, validators);

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
    plugins: [...common.plugins, lazyReaders],
  }),
  build({ ...common, entryPoints: ['server/src/import/readers/pdf.ts'], outfile: 'dist/import-pdf.js' }),
  build({ ...common, entryPoints: ['server/src/import/readers/xlsx.ts'], outfile: 'dist/import-xlsx.js' }),
]);
chmodSync('dist/cli.js', 0o755);
