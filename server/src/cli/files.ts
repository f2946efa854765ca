import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const DRAFT = /\.budget\.ya?ml$/;
const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

/** A glob of `*`, `**` and `?` as a regular expression over `/`-separated paths. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[], test: (p: string) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    if (SKIP.has(name)) continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, out, test);
    else if (test(p)) out.push(p);
  }
}

export interface Expanded {
  files: string[];
  missing: string[];
}

/** Files, directories (every `*.budget.yaml` below) and globs, in a stable order without repeats. */
export function expandInputs(inputs: string[], cwd = process.cwd()): Expanded {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    if (/[*?]/.test(input)) {
      const base = input.slice(0, input.search(/[*?]/)).replace(/[^/]*$/, '') || '.';
      const re = globToRegExp(input.replace(/\\/g, '/'));
      const found: string[] = [];
      walk(resolve(cwd, base), found, (p) => re.test(relative(cwd, p).replace(/\\/g, '/')));
      if (!found.length) missing.push(input);
      files.push(...found.map((p) => relative(cwd, p)));
      continue;
    }
    let st;
    try {
      st = statSync(resolve(cwd, input));
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(resolve(cwd, input), found, (p) => DRAFT.test(p));
      files.push(...found.map((p) => relative(cwd, p)));
    } else files.push(input);
  }
  return { files: [...new Set(files)], missing };
}
