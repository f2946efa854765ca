import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..');

/** The messages of `no-restricted-imports` for one import placed in a file of the tree. */
async function restricted(file: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(`${source}\nexport const x = y;\n`, { filePath: join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('eslint keeps the layers: engine and catalog pure, services without lsp/, client on the protocol only', async () => {
  const refused: [string, string][] = [
    ['server/src/engine/model/x.ts', "import { y } from '../../services/hover';"],
    ['server/src/engine/rules/x.ts', "import { y } from '../../lsp/convert';"],
    ['server/src/engine/x.ts', "import { y } from '../cli/format';"],
    ['server/src/engine/x.ts', "import { y } from '../report/page';"],
    ['server/src/engine/x.ts', "import { y } from '../node/configFile';"],
    ['server/src/engine/x.ts', "import { readFileSync as y } from 'node:fs';"],
    ['server/src/engine/x.ts', "import { y } from 'vscode-languageserver';"],
    ['server/src/catalog/x.ts', "import { y } from '../services/hover';"],
    ['server/src/catalog/x.ts', "import { readFileSync as y } from 'fs';"],
    ['server/src/services/x.ts', "import { y } from '../lsp/convert';"],
    ['server/src/services/hover/x.ts', "import { y } from '../../lsp/features/codeActions';"],
    ['client/src/features/x.ts', "import { y } from '../../../server/src/services/reviews/types';"],
    ['client/src/features/x.ts', "import { y } from '../../../server/src/report/page';"],
    ['shared/x.ts', "import { y } from '../server/src/engine/engine';"],
  ];
  for (const [file, source] of refused)
    assert.equal((await restricted(file, source)).length, 1, `${file}: ${source} is refused`);
  const allowed: [string, string][] = [
    ['server/src/engine/x.ts', "import { y } from '../catalog/catalog';"],
    ['server/src/catalog/x.ts', "import { y } from '../util/distance';"],
    ['server/src/services/x.ts', "import { y } from '../engine/engine';"],
    ['server/src/lsp/x.ts', "import { y } from '../services/codeActions';"],
    ['client/src/features/x.ts', "import { y } from '../../../shared/protocol';"],
  ];
  for (const [file, source] of allowed)
    assert.deepEqual(await restricted(file, source), [], `${file}: ${source} is allowed`);
});
