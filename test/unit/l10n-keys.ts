import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export function readJson<T = Record<string, string>>(rel: string): T {
  return JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as T;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

export interface L10nCall {
  file: string;
  key?: string;
  /** The call's source text when its message is not one plain string literal. */
  nonLiteral?: string;
  /** `vscode.l10n.t(…)` called directly rather than through a module's translator. */
  direct?: boolean;
}

/**
 * Every `t(…)` / `l10n.t(…)` in the client and server sources that import a translator: the
 * client's `client/src/l10n.ts` or `@vscode/l10n`. Keys must be plain literals, or no tool (and no
 * test) could know them.
 */
export function l10nCalls(): L10nCall[] {
  const calls: L10nCall[] = [];
  for (const file of [...sources(join(ROOT, 'client', 'src')), ...sources(join(ROOT, 'server', 'src'))]) {
    const text = readFileSync(file, 'utf8');
    const imports = /from '(?:\.\.?\/)+l10n'|from '@vscode\/l10n'|vscode\.l10n\.t\(/.test(text);
    if (!imports) continue;
    const rel = relative(ROOT, file);
    const call = /(?<![\w.$])(vscode\.)?(?:l10n\.)?t\(\s*/g;
    for (let m = call.exec(text); m; m = call.exec(text)) {
      const rest = text.slice(m.index + m[0].length);
      const lit = /^'((?:[^'\\\n]|\\.)*)'|^"((?:[^"\\\n]|\\.)*)"/.exec(rest);
      const direct = m[1] !== undefined && !rel.endsWith('client/src/l10n.ts');
      if (lit) calls.push({ file: rel, key: lit[1] ?? lit[2], direct });
      else if (!rel.endsWith('client/src/l10n.ts'))
        calls.push({ file: rel, nonLiteral: text.slice(m.index, m.index + m[0].length + 30), direct });
    }
  }
  return calls;
}
