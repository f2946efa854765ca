import type { Finding, Severity } from '../engine/findings';
import { SEVERITY_ORDER } from '../engine/findings';
import type { LineIndex } from '../engine/text/lineIndex';
import { esc } from './html';

export interface Span {
  start: number;
  end: number;
}

export interface CellOptions {
  /** The model path of what the cell shows; findings are placed by it. */
  path?: string;
  /** The source node, so a click can reveal it in the editor. */
  node?: Span;
  th?: boolean;
  cls?: string;
  colspan?: number;
  rowspan?: number;
}

/** Findings named in one cell's tooltip. */
const MAX_TITLE = 10;

/** Placeholder for a cell's class and title, filled in once every cell is known. */
const MARK = /\uE000(\d+):([^\uE000]*)\uE000/g;

/**
 * Cells of all tables of one page. Cells are written first with a placeholder; `finish` then puts
 * each finding on the cells that show its node, or on the nearest enclosing one (a finding about a
 * whole 指标 tree lands on its 绩效指标 cell). Placing needs every cell, hence two passes.
 */
export class Sheet {
  private readonly paths: string[] = [];
  /** Findings shown inline on the words they blame (说明, 总体目标), not again on their cell. */
  private readonly inline = new Set<Finding>();

  constructor(private readonly lines: LineIndex) {}

  /** A cell whose content is already HTML. */
  html(content: string, o: CellOptions = {}): string {
    const tag = o.th ? 'th' : 'td';
    let a = '';
    if (o.colspan && o.colspan > 1) a += ` colspan="${o.colspan}"`;
    if (o.rowspan && o.rowspan > 1) a += ` rowspan="${o.rowspan}"`;
    if (o.path) a += ` data-path="${esc(o.path)}"`;
    if (o.node) a += this.position(o.node);
    const id = this.paths.push(o.path ?? '') - 1;
    return `<${tag}\uE000${id}:${o.cls ?? ''}\uE000${a}>${content}</${tag}>`;
  }

  /** A cell showing plain text. */
  text(content: string | undefined, o: CellOptions = {}): string {
    return this.html(esc(content ?? ''), o);
  }

  /** Source position attributes (0-based line and UTF-16 character, as LSP counts). */
  position(node: Span): string {
    const s = this.lines.position(node.start);
    const e = this.lines.position(node.end);
    return (
      ` data-offset="${node.start}" data-end="${node.end}" data-line="${s.line}" data-char="${s.character}"` +
      ` data-end-line="${e.line}" data-end-char="${e.character}"`
    );
  }

  /** Takes findings that a text marks on its own words off the cells. */
  claim(findings: Finding[]): void {
    for (const f of findings) this.inline.add(f);
  }

  /** The cells (by index) each finding is shown on: one index of the paths, then a lookup per finding. */
  place(findings: Finding[]): Map<number, Finding[]> {
    const index = new PathIndex(this.paths);
    const out = new Map<number, Finding[]>();
    for (const f of findings) {
      if (this.inline.has(f)) continue;
      const target = index.best(f.path);
      for (const i of target === undefined ? [] : index.cells(target)) {
        const list = out.get(i);
        if (list) list.push(f);
        else out.set(i, [f]);
      }
    }
    return out;
  }

  /** Replaces the placeholders: class by the worst finding, messages as the tooltip. */
  finish(html: string, findings: Finding[], refs: Map<Finding, number>): string {
    const placed = this.place(findings);
    return html.replace(MARK, (_, id: string, cls: string) => {
      const fs = placed.get(Number(id)) ?? [];
      const classes = cls ? [cls] : [];
      let extra = '';
      if (fs.length) {
        const worst = fs.reduce(
          (w, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w),
          'hint' as Severity,
        );
        classes.push('finding', `finding-${worst}`);
        // A tooltip names a few findings; the list below the tables has them all.
        const shown = fs.slice(0, MAX_TITLE).map((f) => `[${f.rule}] ${f.message}`);
        if (fs.length > MAX_TITLE) shown.push(`……等${fs.length}个问题`);
        const title = shown.join('\n');
        const n = fs.map((f) => refs.get(f)).filter((x) => x !== undefined);
        extra = ` title="${esc(title)}" data-rules="${esc(fs.map((f) => f.rule).join(' '))}" data-refs="${n.join(',')}" tabindex="0"`;
      }
      return (classes.length ? ` class="${classes.join(' ')}"` : '') + extra;
    });
  }
}

/** `a.b[0].c` → `a.b[0]`, `a.b`, `a`: where the path could be cut into an enclosing one. */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let i = path.length - 1; i > 0; i--)
    if (path[i] === '.' || path[i] === '[') out.push(path.slice(0, i));
  return out;
}

/**
 * The cell paths, indexed once: by path, and by every enclosing path (its first cell inside), so
 * placing a finding costs the depth of its path, not the number of cells. Rendering a large draft
 * was findings × cells before.
 */
class PathIndex {
  private readonly byPath = new Map<string, number[]>();
  private readonly firstInside = new Map<string, string>();

  constructor(paths: string[]) {
    paths.forEach((p, i) => {
      if (!p) return;
      const list = this.byPath.get(p);
      if (list) {
        list.push(i);
        return;
      }
      this.byPath.set(p, [i]);
      for (const a of ancestors(p)) if (!this.firstInside.has(a)) this.firstInside.set(a, p);
    });
  }

  cells(path: string): number[] {
    return this.byPath.get(path) ?? [];
  }

  /** Its own path, else the nearest enclosing, else the first inside it. */
  best(path: string): string | undefined {
    if (this.byPath.has(path)) return path;
    for (const a of ancestors(path)) if (this.byPath.has(a)) return a;
    return this.firstInside.get(path);
  }
}

/** The cell path a finding belongs on: its own, else the nearest enclosing, else the first inside it. */
export function bestPath(path: string, paths: string[]): string | undefined {
  return new PathIndex(paths).best(path);
}
