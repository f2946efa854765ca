// Bundles the client, the language server and the CLI with esbuild (one file each, no node_modules needed at run time).
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { GENERATED, generateValidators } from './validators.mjs';

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
  }),
]);
chmodSync('dist/cli.js', 0o755);
