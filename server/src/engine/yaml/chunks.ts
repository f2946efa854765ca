import type { ParsedDocument, SyntaxProblem, YMap, YNode, YPair, YSeq } from './ast';
import { parseChunk, shiftNode, type ChunkParse } from './parse';

/**
 * Parses a draft piece by piece: each top-level key, and each item of the `项目` list, is
 * parsed on its own. Two things follow. A syntax error costs only its own piece (the other
 * projects are still checked, and list indices stay stable through an error placeholder);
 * and an edit re-parses only the piece it touched, the others coming from `cache` by text.
 * When the text has a shape this split cannot handle safely (documents markers, directives,
 * a top-level sequence, tabs at line start, continuation lines at column 0), it parses whole.
 */
export class ParseCache {
  private pieces = new Map<string, ChunkParse>();
  /** Results derived from cached nodes (per-project findings), keyed by node identity. */
  readonly memo = new WeakMap<object, unknown>();
  /** Project models built from cached nodes, keyed by node identity. */
  readonly modelMemo = new WeakMap<object, unknown>();
  private next = new Map<string, ChunkParse>();

  get(text: string): ChunkParse | undefined {
    const hit = this.pieces.get(text) ?? this.next.get(text);
    if (hit) this.next.set(text, hit);
    return hit;
  }
  set(text: string, value: ChunkParse): void {
    this.next.set(text, value);
  }
  /** Keeps only the pieces of the latest parse, so memory follows the current document. */
  rotate(): void {
    this.pieces = this.next;
    this.next = new Map();
  }
}

export interface Piece {
  start: number;
  end: number;
  /** True for an item of the 项目 list. */
  item: boolean;
}

const PROJECTS_KEY = '项目';
/** A column-0 line that certainly starts a plain or quoted mapping key. */
const KEY_LINE = /^(?:[^\s#\-?:,[\]{}&*!|>'"%@`][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s|$)/;

export function parseDocument(text: string, cache?: ParseCache): ParsedDocument {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const pieces = bom ? undefined : split(text);
  if (!pieces) {
    const whole = parseChunk(bom ? text.slice(1) : text, bom);
    return { text, root: whole.root, problems: whole.problem ? [whole.problem] : [] };
  }
  const problems: SyntaxProblem[] = [];
  const rootPairs: YPair[] = [];
  let projects: YSeq | undefined;
  const projectPairs: YPair[] = [];
  for (const piece of pieces) {
    const parsed = parsePiece(text, piece, cache);
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
          // A fresh pair and list: cached pieces are shared between parses and never mutated.
          projects = { type: 'seq', start: pair.value.start, end: pair.value.end, items: [], flow: false };
          const fresh = { ...pair, value: projects };
          projectPairs.push(fresh);
          rootPairs.push(fresh);
        } else rootPairs.push(pair);
      }
    } else if (root && root.type !== 'scalar') {
      // Not a mapping: the split assumption failed; let the whole-text parse speak.
      const whole = parseChunk(text);
      return { text, root: whole.root, problems: whole.problem ? [whole.problem] : [] };
    }
  }
  for (const pair of projectPairs) pair.end = Math.max(pair.end, pair.value.end);
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
  return { text, root, problems };
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
  const hit = cache?.get(src);
  if (hit) {
    const base = (hit as CachedParse).base ?? 0;
    if (hit.root && base !== piece.start) shiftNode(hit.root, piece.start - base);
    if (hit.problem) hit.problem.offset += piece.start - base;
    (hit as CachedParse).base = piece.start;
    return hit;
  }
  const parsed: CachedParse = parseChunk(src, piece.start);
  parsed.base = piece.start;
  cache?.set(src, parsed);
  return parsed;
}

interface CachedParse extends ChunkParse {
  base?: number;
}

/**
 * Where the text may be cut: before every line that starts a top-level key at column 0,
 * and inside the `项目:` value before every `- ` at the items' indentation.
 */
export function split(text: string): Piece[] | undefined {
  const pieces: Piece[] = [];
  let pieceStart = 0;
  let inProjects = false;
  let itemIndent = -1;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    const c = text[pos];
    if (c === '\t') return undefined;
    if (c !== undefined && c !== ' ' && c !== '\n' && c !== '\r' && c !== '#') {
      // A column-0 line: it must start a mapping key, or the split is unsafe.
      if (!KEY_LINE.test(text.slice(pos, Math.min(eol, pos + 200)))) return undefined;
      if (pos > pieceStart) pieces.push({ start: pieceStart, end: pos, item: inProjects && itemIndent >= 0 });
      pieceStart = pos;
      inProjects = /^项目\s*:\s*(#.*)?\r?$/.test(text.slice(pos, eol));
      itemIndent = -1;
    } else if (inProjects && c === ' ') {
      let j = pos;
      while (text[j] === ' ') j++;
      if (text[j] === '-' && (text[j + 1] === ' ' || text[j + 1] === '\n' || text[j + 1] === '\r')) {
        const indent = j - pos;
        if (itemIndent < 0 || indent === itemIndent) {
          pieces.push({ start: pieceStart, end: pos, item: itemIndent >= 0 });
          pieceStart = pos;
          itemIndent = indent;
        }
      } else if (text[j] === '\t') return undefined;
    }
    pos = eol + 1;
  }
  if (pieceStart < n) pieces.push({ start: pieceStart, end: n, item: inProjects && itemIndent >= 0 });
  return pieces;
}
