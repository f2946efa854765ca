/** Offset ↔ LSP position, for one text. Offsets and characters are UTF-16 code units. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  private readonly starts: Uint32Array;

  /** `starts`, when given, must be what this constructor would compute (the parser's split has it). */
  constructor(
    readonly text: string,
    starts?: Uint32Array,
  ) {
    if (!starts) {
      starts = newLineStarts(text);
      let line = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offset(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, pos.line)];
    const next = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length + 1;
    return Math.min(start + Math.max(0, pos.character), next - 1, this.text.length);
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  lineText(line: number): string {
    const s = this.lineStart(line);
    const e = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return this.text.slice(s, e).replace(/\r$/, '');
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
  return new Uint32Array(count);
}
