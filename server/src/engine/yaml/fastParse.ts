import * as jsyaml from 'js-yaml';
import { blockScalar } from './blockScalar';
import { exact } from '../util/arrays';
import { detach } from '../util/strings';
import {
  BlockMap,
  Pair,
  scalarNode,
  type YMap,
  type YNode,
  type YPair,
  type YScalar,
  type YSeq,
} from './ast';

/**
 * A parser for the block-style subset that drafts are written in: block mappings and lists,
 * one-line plain and quoted scalars, one-line flow collections of scalars, comments. It yields
 * exactly the tree the js-yaml path (parse.ts) yields, ranges included, about five times faster
 * and with far less garbage. Anything it does not fully understand — anchors, tags, block
 * scalars, multi-line scalars or flows, escapes, tabs, CR, odd indentation, syntax errors —
 * makes it give up (return undefined) so that js-yaml reads the piece and speaks for it.
 * test/engine/fastParse.test.ts proves the two equal over seeds, generated drafts and fuzz.
 */

class Bail extends Error {}
const BAIL = new Bail();

// js-yaml's own CORE resolvers, in its order, so plain scalars get exactly its values.
interface Resolver {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}
// `types` is exported by js-yaml 4 but missing from its published typings.
const t = (jsyaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', Resolver> }).types;
const IMPLICIT: Resolver[] = [t.null, t.bool, t.int, t.float];

const MAX_DEPTH = 60;
const SPACE = 0x20;
const NL = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;

let src = '';
let n = 0;
let pos = 0;
/** Whether the tree must hold no string that is a view into `src` (see `fastParse`). */
let copy = false;

/**
 * `copyStrings`: the tree outlives the text (an edit cache keeps it): V8 cuts a string of 13 or
 * more characters as a view into its parent, so each such value would keep the whole document
 * it was read from alive. Then those few long strings are copied instead.
 */
export function fastParse(text: string, copyStrings = false): YNode | undefined | null {
  if (!printable(text)) return null;
  copy = copyStrings;
  src = text;
  n = text.length;
  pos = 0;
  try {
    const indent = nextContent();
    if (indent < 0) return null; // empty or only comments: js-yaml decides (undefined root)
    if (indent === 0 && (startsWith('---') || startsWith('...'))) throw BAIL;
    const root = block(indent, 0);
    if (nextContent() >= 0) throw BAIL;
    return root;
  } catch (e) {
    if (e === BAIL) return null;
    throw e;
  } finally {
    src = '';
  }
}

/**
 * Everything js-yaml would reject as non-printable, and characters this parser leaves to it
 * (tab, CR, BOM). One pass over the code units, cheaper than js-yaml's regular expression.
 */
function printable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) {
      if (c !== NL) return false;
    } else if (c >= 0x7f) {
      if (c <= 0x9f || c === 0xfeff || c === 0xfffe || c === 0xffff) return false;
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = s.charCodeAt(i + 1);
        if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return false;
        i++;
      }
    }
  }
  return true;
}

function startsWith(s: string): boolean {
  return src.startsWith(s, pos) && (pos + 3 >= n || isWsEol(src.charCodeAt(pos + 3)));
}

function isWsEol(c: number): boolean {
  return c === SPACE || c === NL || Number.isNaN(c);
}

/**
 * Moves `pos` to the first character of the next line holding content, skipping blank and
 * comment lines (and the rest of the current line, which must be blank or a comment).
 * Returns that line's indentation, or -1 at the end. `pos` stays put when already on content.
 */
function nextContent(): number {
  for (;;) {
    let i = pos;
    while (i < n && src.charCodeAt(i) === SPACE) i++;
    if (i >= n) {
      pos = n;
      return -1;
    }
    const c = src.charCodeAt(i);
    if (c === HASH) {
      const eol = src.indexOf('\n', i);
      pos = eol < 0 ? n : eol + 1;
    } else if (c === NL) pos = i + 1;
    else {
      const lineStart = src.lastIndexOf('\n', i - 1) + 1;
      pos = i;
      return i - lineStart;
    }
  }
}

/** The rest of the line after a node: blanks, an optional comment, the line break. */
function endLine(): void {
  let i = pos;
  while (i < n && src.charCodeAt(i) === SPACE) i++;
  if (i >= n) return;
  const c = src.charCodeAt(i);
  if (c === NL) return;
  if (c !== HASH || i === pos) throw BAIL;
}

/** A block collection whose first token is at `pos`, at column `indent`. */
function block(indent: number, depth: number): YMap | YSeq {
  if (depth > MAX_DEPTH) throw BAIL;
  if (src.charCodeAt(pos) === DASH && isWsEol(src.charCodeAt(pos + 1))) return seq(indent, depth);
  return map(indent, depth);
}

function seq(indent: number, depth: number): YSeq {
  const start = pos;
  const items: YNode[] = [];
  for (;;) {
    pos++; // the dash
    while (pos < n && src.charCodeAt(pos) === SPACE) pos++;
    const c = src.charCodeAt(pos);
    // `-` alone (a null item, which js-yaml drops from its events) or `- - x`: left to js-yaml.
    if (pos >= n || c === NL || c === HASH || (c === DASH && isWsEol(src.charCodeAt(pos + 1)))) throw BAIL;
    const column = pos - (src.lastIndexOf('\n', pos - 1) + 1);
    items.push(isKeyAhead() ? map(column, depth + 1) : inlineValue(depth));
    const next = nextContent();
    if (next < indent) break;
    if (next > indent || src.charCodeAt(pos) !== DASH || !isWsEol(src.charCodeAt(pos + 1))) throw BAIL;
  }
  const last = items[items.length - 1];
  return { type: 'seq', start, end: Math.max(last.end, start + 1), items: exact(items), flow: false };
}

function map(indent: number, depth: number): YMap {
  if (depth > MAX_DEPTH) throw BAIL;
  const pairs: YPair[] = [];
  for (;;) {
    const key = scalarKey();
    const colon = pos;
    pos++;
    while (pos < n && src.charCodeAt(pos) === SPACE) pos++;
    const c = src.charCodeAt(pos);
    let value: YNode;
    if (pos >= n || c === NL || (c === HASH && pos > colon + 1)) {
      const next = nextContent();
      // At the end, js-yaml places an empty value after the trailing blanks; left to it.
      if (next < 0 && !(colon + 2 === n && src.charCodeAt(colon + 1) === NL)) throw BAIL;
      if (next > indent) value = block(next, depth + 1);
      else {
        // `key:` then a list at the key's own column is YAML too, but left to js-yaml.
        if (next === indent && src.charCodeAt(pos) === DASH && isWsEol(src.charCodeAt(pos + 1))) throw BAIL;
        value = emptyAt(colon + 1);
      }
    } else if (c === 0x7c || c === 0x3e) {
      const scalar = blockScalar(src, pos, indent);
      if (!scalar) throw BAIL;
      const b = scalar.node;
      value = copy ? scalarNode(b.start, own(b.value as string), own(b.source)) : b;
      pos = scalar.next;
      if (nextContent() > indent) throw BAIL;
    } else {
      value = inlineValue(depth);
      if (nextContent() > indent) throw BAIL;
    }
    pairs.push(new Pair(key, value));
    const next = pos >= n ? -1 : lineIndentAt(pos);
    if (next < indent) break;
    if (next > indent || (src.charCodeAt(pos) === DASH && isWsEol(src.charCodeAt(pos + 1)))) throw BAIL;
  }
  return new BlockMap(exact(pairs));
}

function lineIndentAt(i: number): number {
  return i - (src.lastIndexOf('\n', i - 1) + 1);
}

function emptyAt(at: number): YScalar {
  return scalarNode(at, null, '');
}

/** Whether the line from `pos` starts with an implicit key: a one-line scalar, then `:` and a blank. */
function isKeyAhead(): boolean {
  const c = src.charCodeAt(pos);
  if (c === 0x22 || c === 0x27) {
    const close = src.indexOf(c === 0x22 ? '"' : "'", pos + 1);
    const eol = src.indexOf('\n', pos);
    if (close < 0 || (eol >= 0 && close > eol)) return false;
    let i = close + 1;
    while (i < n && src.charCodeAt(i) === SPACE) i++;
    return src.charCodeAt(i) === COLON;
  }
  if (c === 0x7b || c === 0x5b) return false;
  for (let i = pos; i < n; i++) {
    const d = src.charCodeAt(i);
    if (d === NL) return false;
    if (d === COLON && isWsEol(src.charCodeAt(i + 1))) return true;
    if (d === HASH && src.charCodeAt(i - 1) === SPACE) return false;
  }
  return false;
}

/** A key followed by its colon; leaves `pos` on the colon. */
function scalarKey(): YScalar {
  const c = src.charCodeAt(pos);
  const key = c === 0x22 || c === 0x27 ? quoted(false) : plain(false, true);
  while (pos < n && src.charCodeAt(pos) === SPACE) pos++;
  if (src.charCodeAt(pos) !== COLON || !isWsEol(src.charCodeAt(pos + 1))) throw BAIL;
  return key;
}

/** A value on the key's (or dash's) line: a flow collection or a one-line scalar. */
function inlineValue(depth: number): YNode {
  const c = src.charCodeAt(pos);
  let node: YNode;
  if (c === 0x7b || c === 0x5b) node = flow(c === 0x7b, depth + 1);
  else if (c === 0x22 || c === 0x27) node = quoted(false);
  else node = plain(false);
  endLine();
  return node;
}

function flow(isMap: boolean, depth: number): YMap | YSeq {
  if (depth > MAX_DEPTH) throw BAIL;
  const start = pos;
  const close = isMap ? 0x7d : 0x5d;
  pos++;
  const pairs: YPair[] = [];
  const items: YNode[] = [];
  skipInline();
  if (src.charCodeAt(pos) !== close) {
    for (;;) {
      const node = flowScalar();
      skipInline();
      if (isMap) {
        if (src.charCodeAt(pos) !== COLON) throw BAIL;
        pos++;
        skipInline();
        const value = flowScalar();
        pairs.push(new Pair(node, value));
        skipInline();
      } else items.push(node);
      const d = src.charCodeAt(pos);
      if (d === close) break;
      if (d !== 0x2c) throw BAIL;
      pos++;
      skipInline();
      if (src.charCodeAt(pos) === close) throw BAIL; // a trailing comma: left to js-yaml
    }
  }
  pos++;
  const end = pos;
  return isMap
    ? { type: 'map', start, end, pairs: exact(pairs), flow: true }
    : { type: 'seq', start, end, items: exact(items), flow: true };
}

function skipInline(): void {
  while (pos < n && src.charCodeAt(pos) === SPACE) pos++;
}

function flowScalar(): YScalar {
  const c = src.charCodeAt(pos);
  return c === 0x22 || c === 0x27 ? quoted(true) : plain(true);
}

function quoted(inFlow: boolean): YScalar {
  const start = pos;
  const q = src.charCodeAt(pos);
  let value = '';
  let from = pos + 1;
  let i = from;
  for (;;) {
    if (i >= n) throw BAIL;
    const c = src.charCodeAt(i);
    if (c === NL || c === 0x5c) throw BAIL; // multi-line or escaped: js-yaml folds and unescapes
    if (c === q) {
      if (q === 0x27 && src.charCodeAt(i + 1) === 0x27) {
        value += src.slice(from, i + 1);
        i += 2;
        from = i;
        continue;
      }
      break;
    }
    i++;
  }
  value += src.slice(from, i);
  pos = i + 1;
  const after = src.charCodeAt(pos);
  if (!(
    pos >= n ||
    after === SPACE ||
    after === NL ||
    after === COLON ||
    (inFlow && (after === 0x2c || after === 0x7d || after === 0x5d))
  ))
    throw BAIL;
  return scalarNode(start, own(value), own(src.slice(start, pos)));
}

/**
 * Plain keys are a small vocabulary (名称, 金额, 指标值 …) repeated in every project: one string
 * each instead of one per occurrence. Short text values repeat too (有所减轻, 批, 复印纸, ≥95%):
 * a map of their own, so that many distinct values cannot push the keys out. Bounded, so that a
 * file of odd keys or values cannot grow them for good.
 */
const KEYS = new Map<string, string>();
const VALUES = new Map<string, string>();
const MAX_KEYS = 4096;
const MAX_VALUES = 16384;

/** From 13 characters V8 slices rather than copies: keeping such a string would keep the whole text. */
const MAX_INTERNED = 12;

function intern(s: string, known = KEYS, max = MAX_KEYS): string {
  const hit = known.get(s);
  if (hit !== undefined) return hit;
  if (known.size >= max) known.clear();
  known.set(s, s);
  return s;
}

function plain(inFlow: boolean, isKey = false): YScalar {
  const start = pos;
  const c = src.charCodeAt(pos);
  if (
    c === SPACE ||
    c === NL ||
    c === HASH ||
    c === 0x26 ||
    c === 0x2a ||
    c === 0x21 ||
    c === 0x7c ||
    c === 0x3e ||
    c === 0x25 ||
    c === 0x40 ||
    c === 0x60 ||
    c === 0x3f ||
    c === COLON ||
    c === 0x2c ||
    c === 0x5b ||
    c === 0x5d ||
    c === 0x7b ||
    c === 0x7d ||
    (c === DASH && (isWsEol(src.charCodeAt(pos + 1)) || (inFlow && isFlowIndicator(src.charCodeAt(pos + 1)))))
  )
    throw BAIL;
  let i = pos;
  let end = pos;
  for (; i < n; i++) {
    const d = src.charCodeAt(i);
    if (d === NL) break;
    if (d === SPACE) {
      if (src.charCodeAt(i + 1) === HASH) break;
      continue;
    }
    if (d === COLON) {
      const e = src.charCodeAt(i + 1);
      if (isWsEol(e)) break;
      if (inFlow) throw BAIL;
    } else if (inFlow && (d === 0x2c || d === 0x5d || d === 0x7d || d === 0x5b || d === 0x7b)) {
      if (d === 0x5b || d === 0x7b) throw BAIL;
      break;
    }
    end = i + 1;
  }
  pos = end;
  const cut = src.slice(start, end);
  if (cut.length > MAX_INTERNED) return scalarNode(start, resolve(cut), own(cut));
  if (isKey) {
    const key = intern(cut);
    return scalarNode(start, resolve(key), key);
  }
  const value = resolve(cut);
  if (value !== cut) return scalarNode(start, value, cut);
  const text = intern(cut, VALUES, MAX_VALUES);
  return scalarNode(start, text, text);
}

/** `s` itself, or (when the tree must not hold views into the text) a copy if V8 made it a view. */
function own(s: string): string {
  return copy && s.length > MAX_INTERNED ? detach(s) : s;
}

function isFlowIndicator(c: number): boolean {
  return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

function resolve(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these can start a null, boolean or number; everything else (all Chinese text) is a string.
  if (!(
    (c >= 0x30 && c <= 0x39) ||
    c === DASH ||
    c === 0x2b ||
    c === 0x2e ||
    c === 0x7e ||
    c === 0x6e ||
    c === 0x4e ||
    c === 0x74 ||
    c === 0x54 ||
    c === 0x66 ||
    c === 0x46
  ))
    return s;
  for (const r of IMPLICIT) if (r.resolve(s)) return r.construct(s) ?? null;
  return s;
}
