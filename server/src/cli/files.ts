import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fsReason } from '../node/fsReason';

const DRAFT = /\.budget\.ya?ml$/;
const YAML_FILE = /\.ya?ml$/;
/** FORMAT.md: “Any YAML file whose first key is `格式: 部门预算/1` is one too.” */
const FORMAT_FIRST =
  /^(?:\uFEFF)?(?:(?:\s*#[^\n]*)?\r?\n|---[ \t]*\r?\n)*格式[ \t]*:[ \t]*(["']?)部门预算\/1\1[ \t]*(?:#|\r?\n|$)/;

/** Whether a regular `*.yaml` file declares itself a draft on its first key (reads its head only). */
export function declaresDraft(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    return FORMAT_FIRST.test(head.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** In a directory: `*.budget.yaml`, and any other regular YAML file whose first key is `格式: 部门预算/1`. */
const isDraftIn = (name: string, path: string, st: Stats): boolean =>
  DRAFT.test(name) || (YAML_FILE.test(name) && st.isFile() && declaresDraft(path));
const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

export interface Expanded {
  /** Regular files to check, each once (by real path), in a stable order, as the user would name them. */
  files: string[];
  /** Inputs that name nothing. */
  missing: string[];
  /** Paths found but not checked, with why (an unreadable directory, a FIFO): input errors. */
  skipped: { path: string; reason: string }[];
}

/** One segment of a glob (`*`, `?`, literal) as a regular expression over a name. */
const SEGMENTS = new Map<string, RegExp>();
function segmentRegExp(glob: string): RegExp {
  const hit = SEGMENTS.get(glob);
  if (hit) return hit;
  let re = '';
  for (const c of glob) {
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const made = new RegExp(`^${re}$`);
  SEGMENTS.set(glob, made);
  return made;
}

const hasWildcard = (s: string) => /[*?]/.test(s);

/**
 * Collects the inputs' files. Directory symlinks are never followed (two `self -> .` links would
 * never end, one would check a draft many times); a file is visited once however it was named
 * (`a`, `./a`, `/abs/a`, a link to it); anything but a regular file is skipped with a reason (a FIFO
 * named `*.budget.yaml` would block the read forever). A glob is matched segment by segment, so
 * `*.nomatch` reads one directory, not the whole tree.
 */
export function expandInputs(inputs: string[], cwd = process.cwd()): Expanded {
  const out: Expanded = { files: [], missing: [], skipped: [] };
  const seen = new Set<string>();
  const show = (abs: string) => relative(cwd, abs) || '.';
  const addFile = (abs: string, shown: string, st: Stats) => {
    if (!st.isFile()) {
      out.skipped.push({ path: shown, reason: '不是普通文件（可能是管道、设备或套接字），已跳过' });
      return;
    }
    let real = abs;
    try {
      real = realpathSync(abs);
    } catch {
      // unresolvable: the read reports it
    }
    if (seen.has(real)) return;
    seen.add(real);
    out.files.push(shown);
  };

  /** Every entry of a directory, or undefined (reported) when it cannot be read. */
  const list = (dir: string): string[] | undefined => {
    try {
      return readdirSync(dir).sort();
    } catch (e) {
      out.skipped.push({
        path: show(dir),
        reason: `无法读取目录：${fsReason(e)}`,
      });
      return undefined;
    }
  };

  /** Below `dir`, the files whose path relative to it matches one of `patterns` (`**` is any depth). */
  const walk = (
    dir: string,
    patterns: string[][],
    test: (name: string, path: string, st: Stats) => boolean,
  ): void => {
    const names = list(dir);
    if (!names) return;
    for (const name of names) {
      if (SKIP.has(name)) continue;
      const p = join(dir, name);
      let st: Stats;
      try {
        st = lstatSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        const inner = insideDir(patterns, name);
        if (inner.length) walk(p, inner, test);
        continue;
      }
      if (st.isSymbolicLink()) {
        try {
          st = statSync(p);
        } catch (e) {
          // A dangling or looping link with a draft's name was meant to be checked: say why it is not.
          if (patterns.some((pat) => matchesFile(pat, name)) && DRAFT.test(name))
            out.skipped.push({ path: show(p), reason: `符号链接无法打开：${fsReason(e)}` });
          continue;
        }
        if (st.isDirectory()) continue; // never followed
      }
      if (patterns.some((pat) => matchesFile(pat, name)) && test(name, p, st)) addFile(p, show(p), st);
    }
  };

  for (const input of inputs) {
    const abs = resolve(cwd, input);
    if (hasWildcard(input)) {
      const parts = input.replace(/\\/g, '/').split('/');
      const fixed: string[] = [];
      while (parts.length > 1 && !hasWildcard(parts[0])) fixed.push(parts.shift()!);
      const base = fixed.length ? resolve(cwd, fixed.join(sep) || sep) : cwd;
      const before = out.files.length;
      walk(base, [parts], () => true);
      if (out.files.length === before) out.missing.push(input);
      continue;
    }
    let st: Stats;
    try {
      st = statSync(abs);
    } catch {
      out.missing.push(input);
      continue;
    }
    if (st.isDirectory()) walk(abs, [['**', '*']], isDraftIn);
    else addFile(abs, isAbsolute(input) ? input : show(abs), st);
  }
  return out;
}

/** What is left of the patterns inside a directory named `name` (none: nothing there can match). */
function insideDir(patterns: string[][], name: string): string[][] {
  const out = new Map<string, string[]>();
  const add = (p: string[]) => {
    if (p.length) out.set(p.join('/'), p);
  };
  const step = (p: string[]) => {
    if (p[0] === '**') {
      add(p); // `**` takes this directory and goes on
      step(p.slice(1)); // or matches no directory at all
    } else if (p.length > 1 && segmentRegExp(p[0]).test(name)) add(p.slice(1));
  };
  for (const p of patterns) step(p);
  return [...out.values()];
}

/** Whether a file named `name` completes the pattern. */
function matchesFile(pattern: string[], name: string): boolean {
  if (pattern[0] === '**') return pattern.length === 1 || matchesFile(pattern.slice(1), name);
  return pattern.length === 1 && segmentRegExp(pattern[0]).test(name);
}
