import * as jsyaml from 'js-yaml';
import { fastParse } from './fastParse';
import { detach } from '../util/strings';
import {
  BlockMap,
  moveNode,
  Pair,
  scalarNode,
  type SyntaxProblem,
  type YMap,
  type YNode,
  type YPair,
  type YScalar,
  type YSeq,
} from './ast';

/**
 * Parses one piece of YAML into a tree with exact source ranges.
 *
 * We use js-yaml for the grammar (about 10× faster here than the `yaml` package's
 * parseDocument, see bench/) and rebuild the tree from its open/close listener events.
 * Those events report where the reader stood, which is not always where a node begins
 * or ends (leading whitespace, trailing comments), so ranges are tightened from the text.
 * `json: true` keeps js-yaml from throwing on duplicate keys: both pairs stay in our tree
 * and the duplicate-key rule reports them, with the rest of the file still checked.
 */
export interface ChunkParse {
  root: YNode | undefined;
  problem?: SyntaxProblem;
  /** Aliases or merge keys made some nodes or pairs appear in two places (the same objects). */
  shared?: boolean;
}

interface Frame {
  open: number;
  children: YNode[];
}

const MAX_DEPTH = 64;

/** `copyStrings`: the tree will outlive `src` (an edit cache keeps it), so it must hold no view into it. */
export function parseChunk(src: string, base = 0, copyStrings = false): ChunkParse {
  const fast = fastParse(src, copyStrings);
  if (fast) {
    if (base) shift(fast, base);
    return { root: fast };
  }
  // js-yaml's values are views into what it reads: then it reads a copy of just this piece.
  return parseWithJsYaml(copyStrings ? detach(src) : src, base);
}

/** The reference path: js-yaml with positions from its listener. Reads everything, reports errors. */
export function parseWithJsYaml(src: string, base = 0): ChunkParse {
  const stack: Frame[] = [];
  const results = new Map<YNode, unknown>();
  const shared: Shared = { byResult: new Map(), used: false, sizes: new Map(), lent: 0 };
  let root: YNode | undefined;
  try {
    // maxDepth exists in js-yaml ≥4.1.1 but not in its published types.
    const options: jsyaml.LoadOptions & { maxDepth: number } = {
      schema: jsyaml.CORE_SCHEMA,
      json: true,
      maxDepth: MAX_DEPTH,
      listener(type, state) {
        if (type === 'open') {
          stack.push({ open: state.position, children: [] });
          return;
        }
        const frame = stack.pop();
        if (!frame) return;
        const node = makeNode(src, frame, state.kind, state.result, state.position, results, shared);
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(node);
        else root = node;
      },
    };
    jsyaml.load(src, options);
  } catch (e) {
    const err = e as { mark?: { position: number }; reason?: string; message?: string };
    const reason = err.reason ?? String(err.message ?? e);
    const offset = Math.min(err.mark?.position ?? 0, src.length);
    return { root: undefined, problem: { message: reason, reason, offset: offset + base } };
  }
  if (root && base) shift(root, base, shared.used ? new Set() : undefined);
  return shared.used ? { root, shared: true } : { root };
}

/**
 * What aliases need: the node made for each mapping or list value, by that value (js-yaml gives
 * an alias the very object of its anchor). An alias then stands for the anchor's node, and a merge
 * key (`<<: *base`) lends that node's pairs; both keep the anchor's ranges, where the text is.
 */
interface Shared {
  byResult: Map<unknown, YNode>;
  used: boolean;
  /** Each node's size with its aliases expanded, and how many nodes aliases have lent so far. */
  sizes: Map<YNode, number>;
  lent: number;
}

/**
 * How many nodes aliases may add when expanded. A billion-laughs bomb (anchors of ten aliases of
 * ten aliases…) is tiny as text and as js-yaml's shared objects, but every walk of our tree (and
 * the schema check) would visit each place: past this, an alias is kept as a plain value.
 */
const MAX_LENT = 20_000;

function makeNode(
  src: string,
  frame: Frame,
  kind: string | null,
  result: unknown,
  close: number,
  results: Map<YNode, unknown>,
  shared: Shared,
): YNode {
  const kids = frame.children;
  if (!kids.length && result !== null && typeof result === 'object') {
    const anchored = shared.byResult.get(result);
    const size = anchored ? (shared.sizes.get(anchored) ?? 1) : 0;
    if (anchored && shared.lent + size <= MAX_LENT) {
      shared.used = true;
      shared.lent += size;
      return anchored;
    }
  }
  // js-yaml opens a node, then often another for the same content; collapse such wrappers.
  if (kids.length === 1) {
    const only = kids[0];
    if (kind === 'scalar' || !kind || results.get(only) === result) return only;
  }
  let node: YNode;
  if (kind === 'mapping') node = makeMap(src, frame, close, shared);
  else if (kind === 'sequence') node = makeSeq(src, frame, close);
  else node = makeScalar(src, frame.open, close, result);
  results.set(node, result);
  if (node.type !== 'scalar' && result !== null && typeof result === 'object') {
    shared.byResult.set(result, node);
    shared.sizes.set(node, sizeOf(node, shared.sizes));
  }
  return node;
}

function makeScalar(src: string, open: number, close: number, value: unknown): YScalar {
  let start = skipForward(src, open, close);
  const block = src[start] === '|' || src[start] === '>';
  let end = block ? trimSpaceBack(src, close, start) : trimBack(src, close, start);
  if (start >= close || end < start) {
    // An empty value: the reader passed over nothing of its own.
    start = Math.min(open, src.length);
    end = start;
  }
  return scalarNode(start, value ?? null, src.slice(start, end));
}

function makeMap(src: string, frame: Frame, close: number, shared: Shared): YMap {
  const start = skipForward(src, frame.open, close);
  const flow = src[start] === '{';
  let pairs: YPair[] = [];
  const kids = frame.children;
  let merged: YPair[] | undefined;
  for (let i = 0; i < kids.length; i += 2) {
    const key = kids[i];
    const value = kids[i + 1] ?? emptyAfter(key);
    const lent = mergeSource(key, value);
    if (lent) {
      (merged ??= []).push(...lent);
      continue;
    }
    pairs.push(new Pair(key, value));
  }
  if (merged) {
    // Merged pairs first: a key written in the mapping itself wins (lookups take the last).
    shared.used = true;
    pairs = [...merged, ...pairs];
    if (!flow) {
      const own = pairs.filter((p) => !merged!.includes(p));
      const first = own[0] ?? merged[0];
      const last = own[own.length - 1] ?? merged[merged.length - 1];
      return { type: 'map', start: first.start, end: last.end, pairs, flow };
    }
  }
  if (flow) return { type: 'map', start, end: trimBack(src, close, start), pairs, flow };
  if (pairs.length) return new BlockMap(pairs);
  return { type: 'map', start, end: start, pairs, flow };
}

/** Nodes under `n` with aliases expanded (children's sizes known; only counted once aliases appear). */
function sizeOf(n: YNode, sizes: Map<YNode, number>): number {
  const of = (c: YNode) => (c.type === 'scalar' ? 1 : (sizes.get(c) ?? 1));
  let size = 1;
  if (n.type === 'map') for (const p of n.pairs) size += of(p.key) + of(p.value);
  else if (n.type === 'seq') for (const it of n.items) size += of(it);
  return size;
}

/**
 * The pairs a merge key (`<<: *base`, `<<: [*a, *b]`) lends, earlier mappings first in the list
 * winning as YAML says (so they come last here); undefined when the pair is no merge.
 */
function mergeSource(key: YNode, value: YNode): YPair[] | undefined {
  if (key.type !== 'scalar' || key.style !== 'plain' || key.source !== '<<') return undefined;
  if (value.type === 'map') return value.pairs;
  if (value.type === 'seq' && value.items.length && value.items.every((it) => it.type === 'map'))
    return [...value.items].reverse().flatMap((it) => (it as YMap).pairs);
  return undefined;
}

function makeSeq(src: string, frame: Frame, close: number): YSeq {
  const start = skipForward(src, frame.open, close);
  const flow = src[start] === '[';
  const items = frame.children;
  if (flow) return { type: 'seq', start, end: trimBack(src, close, start), items, flow };
  const last = items[items.length - 1];
  return { type: 'seq', start, end: last ? Math.max(last.end, start + 1) : start + 1, items, flow };
}

function emptyAfter(n: YNode): YScalar {
  return scalarNode(n.end, null, '');
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** From where the reader opened a node to its first character: past blanks and comments. */
function skipForward(src: string, pos: number, limit: number): number {
  let i = pos;
  const max = Math.max(limit, pos);
  while (i < max) {
    const c = src[i];
    if (isSpace(c)) i++;
    else if (c === '#' && (i === 0 || isSpace(src[i - 1]))) {
      while (i < max && src[i] !== '\n' && src[i] !== '\r') i++;
    } else break;
  }
  return i;
}

function trimSpaceBack(src: string, pos: number, floor: number): number {
  let i = Math.min(pos, src.length);
  while (i > floor && isSpace(src[i - 1])) i--;
  return i;
}

/** Back from where the reader closed a node to its last character: past blanks and comment lines. */
function trimBack(src: string, pos: number, floor: number): number {
  let i = trimSpaceBack(src, pos, floor);
  for (;;) {
    const lineStart = lineStartBefore(src, i);
    if (lineStart <= floor) return i;
    let j = lineStart;
    while (j < i && (src[j] === ' ' || src[j] === '\t')) j++;
    if (src[j] !== '#') return i;
    i = trimSpaceBack(src, lineStart, floor);
  }
}

/** The start of the line holding offset `i - 1`: after a `\n` or a lone `\r` (`\r\n` ends in `\n`). */
function lineStartBefore(src: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && src[j] !== '\n' && src[j] !== '\r') j--;
  return j + 1;
}

/** Moves a tree by `d`; `seen` when nodes are shared (aliases), so none moves twice. */
function shift(n: YNode, d: number, seen?: Set<object>): void {
  if (seen) {
    if (seen.has(n)) return;
    seen.add(n);
  }
  moveNode(n, d);
  if (n.type === 'map') {
    for (const p of n.pairs) {
      if (seen) {
        if (seen.has(p)) continue;
        seen.add(p);
      }
      shift(p.key, d, seen);
      shift(p.value, d, seen);
    }
  } else if (n.type === 'seq') {
    for (const it of n.items) shift(it, d, seen);
  }
}
