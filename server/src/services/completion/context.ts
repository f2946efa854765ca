import type { LineIndex } from '../../engine/text/lineIndex';

/** `[]` stands for "an item of a list" in a path; every other segment is a mapping key. */
export const ITEM = '[]';

/**
 * Where the cursor is, read from the text alone: the user is typing, so the line under the cursor
 * is usually incomplete and the parser's view of it cannot be trusted.
 */
export interface CursorContext {
  /** Keys (and ITEM) from the top of the file down to the mapping or list that holds the cursor. */
  path: string[];
  position: 'key' | 'value';
  /** At a value: the key whose value it is. */
  key?: string;
  /** What has been typed of the key or value so far (opening quote removed). */
  typed: string;
  /** Offsets of the text to replace: from where `typed` begins to the cursor (or the key's end). */
  start: number;
  end: number;
  /** At a key: the rest of the key and its colon already follow the cursor, so insert the key alone. */
  colonFollows: boolean;
  /** Column at which the keys of this mapping stand (for the indentation of inserted lines). */
  keyCol: number;
  /** The key is the first of a list item that the cursor's line opens (`- |`). */
  onDash: boolean;
  /** Keys the mapping already has. */
  present: Set<string>;
  flow: boolean;
}

interface Open {
  col: number;
  seg: string;
  line: number;
}

const KEY = /^("[^"]*"|'[^']*'|[^\s#'"{}[\],:][^#]*?)\s*:(?=\s|$)/;
const BLOCK_SCALAR = /^[|>][-+0-9]*\s*(#.*)?$/;

function unquote(k: string): string {
  return /^(["']).*\1$/.test(k) ? k.slice(1, -1) : k;
}

/** A line split into indentation, the columns of its `- ` markers, and what follows them. */
function splitLine(text: string): { dashes: number[]; col: number; rest: string } {
  let col = /^\s*/.exec(text)![0].length;
  const dashes: number[] = [];
  for (;;) {
    const m = /^-(\s+|$)/.exec(text.slice(col));
    if (!m || (!m[1] && col + 1 < text.length)) break;
    dashes.push(col);
    col += m[0].length;
    if (!m[1]) break;
  }
  return { dashes, col, rest: text.slice(col) };
}

/** The text before a ` #` comment (quotes respected); undefined when the cut falls inside a quote. */
function stripComment(text: string): string {
  let q = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === q) q = '';
    } else if (c === '"' || c === "'") q = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) return text.slice(0, i);
  }
  return text;
}

function pushDashes(stack: Open[], dashes: number[], line: number): void {
  for (const d of dashes) {
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.col > d || (top.col === d && top.seg === ITEM)) stack.pop();
      else break;
    }
    stack.push({ col: d, seg: ITEM, line });
  }
}

function popTo(stack: Open[], col: number): void {
  while (stack.length && stack[stack.length - 1].col >= col) stack.pop();
}

/** The open mappings and lists above a line, by indentation. */
function openAbove(lines: LineIndex, upto: number): Open[] {
  const stack: Open[] = [];
  let scalarCol = -1;
  for (let l = 0; l < upto; l++) {
    const text = lines.lineText(l);
    const indent = /^\s*/.exec(text)![0].length;
    if (!text.trim() || text.trimStart().startsWith('#')) continue;
    if (scalarCol >= 0) {
      if (indent > scalarCol) continue;
      scalarCol = -1;
    }
    const { dashes, col, rest } = splitLine(text);
    pushDashes(stack, dashes, l);
    const m = KEY.exec(rest);
    if (!m) continue;
    popTo(stack, col);
    const value = stripComment(rest.slice(m[0].length)).trim();
    if (!value) stack.push({ col, seg: unquote(m[1].trim()), line: l });
    else if (BLOCK_SCALAR.test(value)) scalarCol = col;
  }
  return stack;
}

/** Keys written at `col` in the block that the opener at `from` holds, around the cursor's line. */
function blockKeys(lines: LineIndex, from: number, cursorLine: number, col: number): Set<string> {
  const out = new Set<string>();
  const take = (text: string) => {
    const s = splitLine(text);
    const m = s.col === col ? KEY.exec(s.rest) : null;
    if (m) out.add(unquote(m[1].trim()));
  };
  for (let l = Math.max(0, from); l < cursorLine; l++) take(lines.lineText(l));
  for (let l = cursorLine + 1; l < lines.lineCount; l++) {
    const text = lines.lineText(l);
    if (!text.trim() || text.trimStart().startsWith('#')) continue;
    const s = splitLine(text);
    const first = s.dashes.length ? s.dashes[0] : s.col;
    if (first < col) break;
    take(text);
  }
  return out;
}

interface FlowScan {
  /** Segments the flow collections add to the path (a key, or ITEM for a flow list). */
  path: string[];
  inMap: boolean;
  /** Text of the innermost collection's current entry, and where it begins in the scanned text. */
  entry: string;
  entryStart: number;
  keys: string[];
}

/** Reads `… { a: 1, b: [x, y], c|` up to the cursor; undefined when no flow collection is open. */
function scanFlow(text: string): FlowScan | undefined {
  const stack: { map: boolean; seg: string; start: number; keys: string[] }[] = [];
  let entryStart = 0;
  let q = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === q) q = '';
      continue;
    }
    if (c === '"' || c === "'") q = c;
    else if (c === '{' || c === '[') {
      const entry = text.slice(entryStart, i);
      const parent = stack[stack.length - 1];
      const km = /^\s*(.*?)\s*:\s*$/.exec(entry);
      const seg = parent && !parent.map ? ITEM : km ? unquote(km[1]) : '';
      stack.push({ map: c === '{', seg, start: i + 1, keys: [] });
      entryStart = i + 1;
    } else if (c === '}' || c === ']') {
      stack.pop();
      entryStart = i + 1;
    } else if (c === ',' && stack.length) {
      const km = /^\s*(.*?)\s*:(\s|$)/.exec(text.slice(entryStart, i));
      if (km) stack[stack.length - 1].keys.push(unquote(km[1]));
      entryStart = i + 1;
    }
  }
  if (!stack.length) return undefined;
  const top = stack[stack.length - 1];
  return {
    path: stack.map((s) => s.seg).filter((s, i) => i > 0 || s),
    inMap: top.map,
    entry: text.slice(entryStart),
    entryStart,
    keys: top.keys,
  };
}

/** Keys of a flow mapping's entries after the cursor, up to its closing brace. */
function flowKeysAfter(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let entryStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i] ?? '}';
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    else if ((c === ',' || c === '}') && depth === 0) {
      const km = /^\s*(.*?)\s*:(\s|$)/.exec(text.slice(entryStart, i));
      if (km && entryStart > 0) out.push(unquote(km[1]));
      if (c === '}') break;
      entryStart = i + 1;
    }
  }
  return out;
}

/**
 * How much of the value follows the cursor (up to a comment, or in a flow mapping to the next `,`
 * or `}`): a chosen code replaces the whole value, not just the part before the cursor.
 */
function valueTail(after: string, flow: boolean): number {
  const text = stripComment(after);
  const end = flow ? text.search(/[,}\]]/) : -1;
  return (end >= 0 ? text.slice(0, end) : text).replace(/\s+$/, '').length;
}

/** The cursor's context, or undefined inside a comment or a block scalar's text. */
export function cursorContext(lines: LineIndex, offset: number): CursorContext | undefined {
  const pos = lines.position(offset);
  const lineStart = lines.lineStart(pos.line);
  const full = lines.lineText(pos.line);
  const before = full.slice(0, pos.character);
  if (stripComment(before) !== before) return undefined;
  const stack = openAbove(lines, pos.line);
  if (insideBlockScalar(lines, pos.line, before)) return undefined;
  // `-` just typed: the item's blank has yet to come.
  if (/(^|\s)-$/.test(before)) return undefined;
  const { dashes, col, rest } = splitLine(before);
  pushDashes(stack, dashes, pos.line);
  const cursor = lineStart + before.length;
  const base = { end: cursor, colonFollows: false, onDash: false, flow: false };

  const flow = scanFlow(rest);
  if (flow) {
    const keyMatch = KEY.exec(rest);
    const keyPath = keyMatch && !rest.trimStart().startsWith('{') ? [unquote(keyMatch[1].trim())] : [];
    if (keyPath.length) popTo(stack, col);
    const path = [...stack.map((s) => s.seg), ...keyPath, ...flow.path.slice(keyPath.length ? 1 : 0)];
    const present = new Set([...flow.keys, ...flowKeysAfter(full.slice(pos.character))]);
    const entryAt = lineStart + col + flow.entryStart;
    const km = /^(\s*)(.*?)\s*:(\s*)(.*)$/.exec(flow.entry);
    if (flow.inMap && km) {
      const typed = km[4].replace(/^["']/, '');
      return {
        ...base,
        path,
        position: 'value',
        key: unquote(km[2]),
        typed,
        start: cursor - typed.length,
        end: cursor + valueTail(full.slice(pos.character), true),
        keyCol: col,
        present,
        flow: true,
      };
    }
    const lead = /^\s*/.exec(flow.entry)![0].length;
    return {
      ...base,
      path: flow.inMap ? path : [...path, ITEM],
      position: flow.inMap ? 'key' : 'value',
      typed: flow.entry.slice(lead),
      start: entryAt + lead,
      keyCol: col,
      present,
      flow: true,
    };
  }

  const m = KEY.exec(rest);
  if (m) {
    popTo(stack, col);
    const value = rest.slice(m[0].length);
    const typed = value.trimStart().replace(/^["']/, '');
    return {
      ...base,
      path: stack.map((s) => s.seg),
      position: 'value',
      key: unquote(m[1].trim()),
      typed,
      start: cursor - typed.length,
      end: cursor + valueTail(full.slice(pos.character), false),
      keyCol: col,
      present: new Set(),
    };
  }
  // A key being typed: on a blank line its column is where the cursor stands.
  const keyCol = !rest && !dashes.length ? before.length : col;
  popTo(stack, keyCol);
  const after = /^[^\s:#{}[\],]*\s*:(?=\s|$)/.exec(full.slice(pos.character));
  const parentLine = stack.length ? stack[stack.length - 1].line : -1;
  const present = blockKeys(lines, parentLine, pos.line, keyCol);
  return {
    ...base,
    path: stack.map((s) => s.seg),
    position: 'key',
    typed: rest,
    start: lineStart + keyCol,
    end: after ? cursor + after[0].length - 1 : cursor,
    colonFollows: !!after,
    keyCol,
    onDash: dashes.length > 0 && stack.length > 0 && stack[stack.length - 1].line === pos.line,
    present,
  };
}

/** True when the line is text of a `|`/`>` scalar opened above it. */
function insideBlockScalar(lines: LineIndex, line: number, before: string): boolean {
  const indent = /^\s*/.exec(before)![0].length;
  for (let l = line - 1; l >= 0; l--) {
    const text = lines.lineText(l);
    if (!text.trim()) continue;
    const s = splitLine(text);
    if (s.col >= indent && !s.dashes.length) continue;
    const m = KEY.exec(s.rest);
    return !!m && s.col < indent && BLOCK_SCALAR.test(stripComment(s.rest.slice(m[0].length)).trim());
  }
  return false;
}
