import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

/**
 * Where a rule's documentation lives: the bundled `docs/rules/<id>.md` next to `dist/`, as a
 * file URI, so links work offline in the editor and in SARIF viewers on the same machine.
 */
export function ruleDocUri(id: string, root = defaultRoot()): string {
  return pathToFileURL(join(root, 'docs', 'rules', `${id}.md`)).toString();
}

function defaultRoot(): string {
  // Bundled: dist/*.js → the package root. From sources (tests): server/src/engine → root.
  const here = __dirname;
  return /[\\/]dist$/.test(here) ? join(here, '..') : join(here, '..', '..', '..');
}
