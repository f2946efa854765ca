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

  /**
   * The findings each cell (by index) shows: one index of the paths, then a lookup per finding.
   * The cells of one path share one list (a key written 4,000 times is 4,000 cells of one path:
   * a list per cell was cells × findings).
   */
  place(findings: Finding[]): Map<number, Finding[]> {
    const index = new PathIndex(this.paths);
    const byTarget = new Map<string, Finding[]>();
    for (const f of findings) {
      if (this.inline.has(f)) continue;
      const target = index.best(f.path);
      if (target === undefined) continue;
      const list = byTarget.get(target);
      if (list) list.push(f);
      else byTarget.set(target, [f]);
    }
    const out = new Map<number, Finding[]>();
    for (const [target, list] of byTarget) for (const i of index.cells(target)) out.set(i, list);
    return out;
  }

  /** Replaces the placeholders: class by the worst finding, messages as the tooltip. */
  finish(html: string, findings: Finding[], refs: Map<Finding, number>): string {
    const placed = this.place(findings);
    // Once per list: the cells of one path show the same findings.
    const shown = new Map<Finding[], string>();
    return html.replace(MARK, (_, id: string, cls: string) => {
      const fs = placed.get(Number(id));
      if (!fs) return cls ? ` class="${cls}"` : '';
      let attributes = shown.get(fs);
      if (attributes === undefined) {
        attributes = findingAttributes(fs, refs);
        shown.set(fs, attributes);
      }
      return ` class="${cls ? `${cls} ` : ''}${attributes}`;
    });
  }
}

/**
 * The rest of a cell's class and its attributes for its findings: the worst severity, a tooltip
 * naming a few (the list below the tables has them all), and their numbers in that list (ten at
 * most, so that a cell with thousands of findings stays one short line).
 */
function findingAttributes(fs: Finding[], refs: Map<Finding, number>): string {
  const worst = fs.reduce(
    (w, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w),
    'hint' as Severity,
  );
  const named = fs.slice(0, MAX_TITLE);
  const title = named.map((f) => `[${f.rule}] ${f.message}`);
  if (fs.length > MAX_TITLE) title.push(`……等${fs.length}个问题`);
  const numbers = named.map((f) => refs.get(f)).filter((x) => x !== undefined);
  const more = fs.length > MAX_TITLE ? ',…' : '';
  const rules = [...new Set(fs.map((f) => f.rule))].join(' ');
  return (
    `finding finding-${worst}" title="${esc(title.join('\n'))}" data-rules="${esc(rules)}"` +
    ` data-refs="${numbers.join(',')}${more}" tabindex="0"`
  );
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
