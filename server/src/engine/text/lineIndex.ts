/** Offset ↔ LSP position, for one text. Offsets and characters are UTF-16 code units. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

const LF = 10;
const CR = 13;

/**
 * Where each line starts, with the line breaks LSP and editors count: `\n`, `\r\n` and a lone
 * `\r`. Counting `\n` alone put every range below a lone `\r` one line off, and fixes then
 * wrote into the wrong line.
 */
export function lineStartsOf(text: string): Uint32Array {
  const starts = newLineStarts(text);
  let line = 1;
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      starts[line++] = i + 1;
    } else if (c === LF) starts[line++] = i + 1;
  }
  return starts;
}

/** The line break a text uses (its first one), for inserted lines to match: `\n` when none. */
export function eolOf(text: string): '\n' | '\r\n' | '\r' {
  const i = text.search(/[\r\n]/);
  if (i < 0 || text[i] === '\n') return '\n';
  return text[i + 1] === '\n' ? '\r\n' : '\r';
}

/**
 * Whether `text[i]` ends a line break: a `\n`, or a lone `\r` (the `\r` of a `\r\n` is not the end,
 * its `\n` is). A scalar's value holds `\n` (or, folded, a space) for each of them.
 */
export function endsLineBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === LF || (c === CR && text.charCodeAt(i + 1) !== LF);
}

/** The offset just past the first line break at or after `from` (`\n`, `\r\n`, `\r`); -1 when none. */
export function nextLineStart(text: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  }
  return -1;
}

export class LineIndex {
  private readonly starts: Uint32Array;

  /** `starts`, when given, must be what this constructor would compute (the parser's split has it). */
  constructor(
    readonly text: string,
    starts?: Uint32Array,
  ) {
    this.starts = starts ?? lineStartsOf(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    let o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    // Between the `\r` and `\n` of one break is no position of LSP's: it is the line's end.
    if (o > this.starts[lo] && this.text.charCodeAt(o) === LF && this.text.charCodeAt(o - 1) === CR) o--;
    return { line: lo, character: o - this.starts[lo] };
  }

  offset(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, pos.line)];
    // A character past the line's end means its end (before the line break), as in LSP.
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(Math.max(0, pos.line)));
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Where the line's content ends: before its `\n`, `\r\n` or `\r`. */
  lineEnd(line: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    if (l + 1 >= this.starts.length) return this.text.length;
    let e = this.starts[l + 1] - 1;
    if (this.text.charCodeAt(e) === LF && e > this.starts[l] && this.text.charCodeAt(e - 1) === CR) e--;
    return e;
  }

  /**
   * The column of `offset` as indentation: a byte-order mark at the start of the file is no
   * space of line 0, so a key after it stands at column 0 (a line indented to its column would
   * otherwise get one space too many and no longer parse).
   */
  indentColumn(offset: number): number {
    const p = this.position(offset);
    return p.line === 0 && p.character > 0 && this.text.charCodeAt(0) === 0xfeff
      ? p.character - 1
      : p.character;
  }

  /** The line's text before `character`, without a byte-order mark. */
  prefix(line: number, character: number): string {
    const s = this.lineText(line).slice(0, character);
    return line === 0 && s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

/**
 * Room for where every line of `text` starts (the first, 0, filled in). Sized by counting first:
 * a 5,000-project draft has 200,000 lines, and a list grown by `push` to that size allocated
 * three times its size on every check, all of it in V8's large-object space, which only a full
 * collection frees. Four bytes a line, in one piece.
 */
export function newLineStarts(text: string): Uint32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  // A lone `\r` ends a line too (a `\r\n` was counted by its `\n`).
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1))
    if (text.charCodeAt(i + 1) !== LF) count++;
  return new Uint32Array(count);
}
