/// <reference types="mocha" />
import { join } from 'node:path';

/** The extensionTestsPath module: runs the Mocha suite inside the extension host. */
export function run(): Promise<void> {
  // Loaded at run time from the repo's node_modules (not bundled: Mocha requires files dynamically).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require('mocha') as typeof import('mocha');
  // JIXIAO_VSCODE_GREP runs only the tests whose titles match (while working on one of them).
  const grep = process.env.JIXIAO_VSCODE_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, ...(grep ? { grep } : {}) });
  mocha.addFile(join(__dirname, 'suite.test.js'));
  mocha.addFile(join(__dirname, 'editing.test.js'));
  mocha.addFile(join(__dirname, 'import.test.js'));
  return new Promise((ok, fail) => {
    mocha.run((failures) => (failures ? fail(new Error(`${failures} 个测试失败`)) : ok()));
  });
}
