import {
  moveNode,
  ownsOffsets,
  Pair,
  type ParsedDocument,
  type SyntaxProblem,
  type YMap,
  type YNode,
  type YPair,
  type YSeq,
} from './ast';
import { newLineStarts } from '../text/lineIndex';
import { exact } from '../util/arrays';
import { parseChunk, type ChunkParse } from './parse';

/**
 * Parses a draft piece by piece: each top-level key, and each item of the `项目` list, is
 * parsed on its own. Two things follow. A syntax error costs only its own piece (the other
 * projects are still checked, and list indices stay stable through an error placeholder);
 * and an edit re-parses only the piece it touched, the others coming from `cache` by text.
 * When the text has a shape this split cannot handle safely (documents markers, directives,
 * a top-level sequence, tabs at line start, continuation lines at column 0), it parses whole.
 *
 * The invariant of what is cached: a cached piece's structure (its nodes, pairs, values, and the
 * model and findings derived from them) is never changed; only its offsets move, in place, when
 * the piece is reused at another position (shiftAll here, shiftReport in engine.ts). So a
 * CheckResult's `findings` (ranges computed when it was made) stay valid for good, while the
 * offsets in its `draft` are those of the latest check that used the same cache: keep the
 * latest result per document, and read an older one's findings only.
 */
export class ParseCache {
  /** The pieces of the last parse, by a cheap fingerprint (hashing every piece's whole text costs). */
  private pieces = new Map<number, CacheEntry[]>();
  private next = new Map<number, CacheEntry[]>();
  /** Which parse is running: a cached piece serves one place per parse (two pasted-identical projects get two). */
  private generation = 1;
  /** Results derived from cached nodes (per-project findings), keyed by node identity. */
  readonly memo = new WeakMap<object, unknown>();
  /** Project models built from cached nodes, keyed by node identity. */
  readonly modelMemo = new WeakMap<object, unknown>();

  /** A parse of exactly this text from the last parse, not yet used by this one. */
  take(text: string): ChunkParse | undefined {
    const key = fingerprint(text);
    for (const e of this.pieces.get(key) ?? []) {
      if (e.generation === this.generation || e.text !== text) continue;
      e.generation = this.generation;
      // Equal text, but cut from the current document: the one it was parsed from can now go.
      e.text = text;
      this.keep(key, e);
      return e.parse;
    }
    return undefined;
  }
  put(text: string, parse: ChunkParse): void {
    this.keep(fingerprint(text), { text, parse, generation: this.generation });
  }
  /** Keeps only the pieces of the latest parse, so memory follows the current document. */
  rotate(): void {
    this.pieces = this.next;
    this.next = new Map();
    this.generation++;
  }
  /** A parse that gave up on splitting: what it kept is dropped, the last parse's pieces stay. */
  abandon(): void {
    this.next = new Map();
    this.generation++;
  }
  private keep(key: number, e: CacheEntry): void {
    const list = this.next.get(key);
    if (list) list.push(e);
    else this.next.set(key, [e]);
  }
}

interface CacheEntry {
  text: string;
  parse: ChunkParse;
  generation: number;
}

/**
 * Length and ends: tells almost all pieces apart; equal fingerprints are then compared in full.
 * A number, not a string of the ends: every piece is looked up on every check, and building
 * those strings was 3 MB of garbage per keystroke at 5,000 projects.
 */
function fingerprint(text: string): number {
  const n = text.length;
  const head = Math.min(n, 48);
  let h = n;
  for (let i = 0; i < head; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  for (let i = Math.max(head, n - 48); i < n; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

export interface Piece {
  start: number;
  end: number;
  /** True for an item of the 项目 list. */
  item: boolean;
}

const PROJECTS_KEY = '项目';
const ALIAS_ACROSS_PIECES = /^unidentified alias/;
const [TAB, LF, CR, SPACE, HASH, DASH] = [9, 10, 13, 32, 35, 45];
/** A column-0 line that certainly starts a plain or quoted mapping key. */
const KEY_LINE = /^(?:[^\s#\-?:,[\]{}&*!|>'"%@`][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s|$)/;

export function parseDocument(text: string, cache?: ParseCache): ParsedDocument {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const cut = split(text);
  if (!cut) {
    const whole = parseChunk(bom ? text.slice(1) : text, bom);
    return { text, root: whole.root, problems: whole.problem ? [whole.problem] : [] };
  }
  const { pieces, lineStarts } = cut;
  const problems: SyntaxProblem[] = [];
  const rootPairs: YPair[] = [];
  let projects: YSeq | undefined;
  for (const piece of pieces) {
    const parsed = parsePiece(text, piece, cache);
    if (parsed.problem && ALIAS_ACROSS_PIECES.test(parsed.problem.reason)) {
      // An alias to an anchor in another piece (`部门: &dept …` above, `*dept` here) is valid
      // YAML that the split cannot see: the whole text is parsed at once instead.
      cache?.abandon();
      const whole = parseChunk(text);
      return { text, root: whole.root, problems: whole.problem ? [whole.problem] : [] };
    }
    if (parsed.problem) problems.push(parsed.problem);
    if (piece.item) {
      if (!projects) continue;
      const item = itemOf(parsed.root) ?? { type: 'error', start: piece.start, end: trimEnd(text, piece) };
      projects.items.push(item);
      projects.end = item.end;
      if (projects.items.length === 1) projects.start = item.start;
      continue;
    }
    const root = parsed.root;
    if (root?.type === 'map') {
      projects = undefined;
      const last = root.pairs[root.pairs.length - 1];
      for (const pair of root.pairs) {
        if (pair === last && isProjectsHeader(pair)) {
          // A fresh pair and list: cached pieces are shared between parses and keep their structure.
          projects = { type: 'seq', start: pair.value.start, end: pair.value.end, items: [], flow: false };
          const fresh = new Pair(pair.key, projects);
          rootPairs.push(fresh);
        } else rootPairs.push(pair);
      }
    } else if (root && root.type !== 'scalar') {
      // Not a mapping: the split assumption failed; let the whole-text parse speak.
      cache?.abandon();
      const whole = parseChunk(text);
      return { text, root: whole.root, problems: whole.problem ? [whole.problem] : [] };
    }
  }
  cache?.rotate();
  const root: YMap | undefined = rootPairs.length
    ? {
        type: 'map',
        start: rootPairs[0].start,
        end: rootPairs[rootPairs.length - 1].end,
        pairs: rootPairs,
        flow: false,
      }
    : undefined;
  return { text, root, problems, lineStarts };
}

function isProjectsHeader(pair: YPair): boolean {
  const v = pair.value;
  return (
    pair.key.type === 'scalar' &&
    pair.key.value === PROJECTS_KEY &&
    v.type === 'scalar' &&
    v.value === null &&
    v.source === ''
  );
}

function itemOf(root: YNode | undefined): YNode | undefined {
  if (!root || root.type !== 'seq' || root.items.length !== 1) return undefined;
  return root.items[0];
}

function trimEnd(text: string, piece: Piece): number {
  let e = piece.end;
  while (e > piece.start && /\s/.test(text[e - 1])) e--;
  return e;
}

function parsePiece(text: string, piece: Piece, cache?: ParseCache): ChunkParse {
  const src = text.slice(piece.start, piece.end);
  const hit = cache?.take(src);
  if (hit) {
    const cached = hit as CachedParse;
    const base = cached.base ?? 0;
    if (cached.root && base !== piece.start) shiftAll(cached, piece.start - base);
    if (hit.problem) hit.problem.offset += piece.start - base;
    cached.base = piece.start;
    return hit;
  }
  // A cached piece outlives the text it came from: its tree must hold no view into that text (the
  // key, `src`, is re-pointed to the current text each time the piece is reused: see take).
  const parsed: CachedParse = parseChunk(src, piece.start, cache !== undefined);
  parsed.base = piece.start;
  cache?.put(src, parsed);
  return parsed;
}

interface CachedParse extends ChunkParse {
  base?: number;
  /** The nodes of the piece that keep offsets of their own, gathered on its first move: pieces below an edit move on every keystroke. */
  spans?: YNode[];
}

/** Moves a reused piece in place (see the invariant on ParseCache): copying it would cost every keystroke. */
function shiftAll(piece: CachedParse, d: number): void {
  piece.spans ??= spansOf(piece.root!, piece.shared === true);
  for (const s of piece.spans) moveNode(s, d);
}

/** Every node under `root` that moves by itself (ast.ts moveNode), each once, in a flat list. */
function spansOf(root: YNode, shared: boolean): YNode[] {
  const out: YNode[] = [];
  const stack: YNode[] = [root];
  // Aliases share nodes between places: each must move once.
  const seen = shared ? new Set<object>() : undefined;
  const once = (o: object) => {
    if (!seen) return true;
    if (seen.has(o)) return false;
    seen.add(o);
    return true;
  };
  while (stack.length) {
    const n = stack.pop()!;
    if (!once(n)) continue;
    if (ownsOffsets(n)) out.push(n);
    if (n.type === 'map')
      for (const p of n.pairs) {
        if (!once(p)) continue;
        stack.push(p.key, p.value);
      }
    else if (n.type === 'seq') for (const it of n.items) stack.push(it);
  }
  return exact(out);
}

/**
 * Where the text may be cut: before every line that starts a top-level key at column 0,
 * and inside the `项目:` value before every `- ` at the items' indentation.
 */
export function split(text: string): { pieces: Piece[]; lineStarts: Uint32Array } | undefined {
  const pieces: Piece[] = [];
  // The split visits every line anyway: it records where each starts, for the LineIndex.
  const lineStarts = newLineStarts(text);
  let line = 1;
  // A byte-order mark is no content: the first piece starts after it (js-yaml drops it too).
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let pieceStart = bom;
  let inProjects = false;
  let itemIndent = -1;
  let pos = bom;
  const n = text.length;
  const tabs = text.includes('\t');
  // Lines end at `\n`, `\r\n` or a lone `\r`, as for editors; the next `\r` is looked up only
  // when passed, so a text without one costs one search.
  let nextCr = text.indexOf('\r');
  let nextLf = text.indexOf('\n');
  while (pos < n) {
    if (nextLf >= 0 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    if (nextCr >= 0 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    let eol = nextCr >= 0 && (nextCr < nextLf || nextLf < 0) ? nextCr : nextLf;
    let next: number;
    if (eol < 0) {
      eol = n;
      next = n + 1;
    } else {
      next = text.charCodeAt(eol) === CR && text.charCodeAt(eol + 1) === LF ? eol + 2 : eol + 1;
      lineStarts[line++] = next;
    }
    const c = text.charCodeAt(pos);
    if (c === TAB) return undefined;
    if (c !== SPACE && c !== LF && c !== CR && c !== HASH) {
      // A column-0 line: it must start a mapping key, or the split is unsafe.
      if (!KEY_LINE.test(text.slice(pos, Math.min(eol, pos + 200)))) return undefined;
      if (pos > pieceStart) pieces.push({ start: pieceStart, end: pos, item: inProjects && itemIndent >= 0 });
      pieceStart = pos;
      inProjects = /^项目\s*:\s*(#.*)?\r?$/.test(text.slice(pos, eol));
      itemIndent = -1;
    } else if (inProjects && c === SPACE) {
      // Only the items' own indentation matters: deeper lines are skipped after that many spaces
      // (unless the text has tabs, which make any line's indentation unsafe to read).
      const limit = itemIndent < 0 || tabs ? eol : Math.min(eol, pos + itemIndent + 1);
      let j = pos;
      while (j < limit && text.charCodeAt(j) === SPACE) j++;
      const d = text.charCodeAt(j);
      if (d === DASH) {
        const after = text.charCodeAt(j + 1);
        const indent = j - pos;
        if ((after === SPACE || after === LF || after === CR) && (itemIndent < 0 || indent === itemIndent)) {
          pieces.push({ start: pieceStart, end: pos, item: itemIndent >= 0 });
          pieceStart = pos;
          itemIndent = indent;
        }
      } else if (d === TAB) return undefined;
    }
    pos = next;
  }
  if (pieceStart < n) pieces.push({ start: pieceStart, end: n, item: inProjects && itemIndent >= 0 });
  return { pieces, lineStarts };
}
