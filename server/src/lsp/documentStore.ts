import type {
  Position,
  Range,
  TextDocument,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-textdocument';

/** A run of characters of the text: `src.slice(from, to)`. */
interface Span {
  src: string;
  from: number;
  to: number;
}

/** Past this many runs the text is joined anyway: offsets are found by walking the runs. */
const MAX_SPANS = 256;
const LF = 10;
const CR = 13;

/**
 * An open document whose edits cost what they change, not what the document holds.
 *
 * The library's TextDocument rebuilds its whole string on every change event: the next change
 * then cuts into that concatenation, which V8 first copies flat. A 5,000-project draft is a
 * 9 MB string, so every keystroke left 9 MB of garbage that V8 frees only at its next full
 * collection. Here changes only splice a list of runs (and the line starts, as the library
 * does); the text is joined, once, when someone reads it: the check, however many keystrokes
 * arrived since. Positions and offsets follow the library (CR, LF and CRLF end lines), except
 * where an edit joins a CR and an LF into one CRLF: then they follow the text, as a fresh document.
 */
export class StoredDocument implements TextDocument {
  /** The whole text, when no change has arrived since it was last read. */
  private flat: string | undefined;
  private spans: Span[];
  private length: number;
  /** Where each line starts; built on first use, then kept up to date by every change. */
  private lineStarts: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.flat = text;
    this.spans = [{ src: text, from: 0, to: text.length }];
    this.length = text.length;
  }

  getText(range?: Range): string {
    const text = this.join();
    return range ? text.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : text;
  }

  get lineCount(): number {
    return this.starts().length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    const starts = this.starts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeEol(offset, starts[line]);
    return { line, character: offset - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.starts();
    if (position.line >= starts.length) return this.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line];
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.length;
    return this.beforeEol(Math.min(lineStart + position.character, next), lineStart);
  }

  /** Applies an editor's change events in order (the TextDocuments manager's `update`). */
  apply(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.replace(wellFormed(change.range), change.text);
      else this.reset(change.text);
    }
    this.version = version;
  }

  private reset(text: string): void {
    this.flat = text;
    this.spans = [{ src: text, from: 0, to: text.length }];
    this.length = text.length;
    this.lineStarts = undefined;
  }

  private replace(range: Range, text: string): void {
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    const starts = this.starts();
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    const added = lineBreaks(text, start);
    if (added.length < 10000) starts.splice(startLine + 1, endLine - startLine, ...added);
    // A large paste: spreading it into splice's arguments would overflow the stack.
    else this.lineStarts = [...starts.slice(0, startLine + 1), ...added, ...starts.slice(endLine + 1)];
    const lines = this.lineStarts!;
    const diff = text.length - (end - start);
    if (diff !== 0) for (let i = startLine + 1 + added.length; i < lines.length; i++) lines[i] += diff;
    this.spans = [
      ...cut(this.spans, 0, start),
      ...(text ? [{ src: text, from: 0, to: text.length }] : []),
      ...cut(this.spans, end, this.length),
    ];
    this.length += diff;
    this.flat = undefined;
    if (this.spans.length > MAX_SPANS) this.join();
    this.joinCrLf(start);
    if (text) this.joinCrLf(start + text.length);
  }

  /**
   * An edit that puts a CR right before an LF (`a\r` + `\n`, or deleting what stood between them)
   * makes one line break of the two: the line start after the CR goes. The library's document
   * keeps both, so its line count and positions no longer match its own text (nor a lone CR's
   * treatment anywhere else: the check's line index, LSP, the editor).
   */
  private joinCrLf(at: number): void {
    if (at <= 0 || at >= this.length) return;
    if (this.charCodeAt(at - 1) !== CR || this.charCodeAt(at) !== LF) return;
    const starts = this.lineStarts!;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    if (starts[lo] === at) starts.splice(lo, 1);
  }

  private join(): string {
    if (this.flat === undefined) {
      // One copy, however many changes arrived since the last read.
      this.flat = this.spans.map((s) => s.src.slice(s.from, s.to)).join('');
      this.spans = [{ src: this.flat, from: 0, to: this.flat.length }];
    }
    return this.flat;
  }

  private starts(): number[] {
    this.lineStarts ??= [0, ...lineBreaks(this.join(), 0)];
    return this.lineStarts;
  }

  private charCodeAt(offset: number): number {
    if (this.flat !== undefined) return this.flat.charCodeAt(offset);
    let at = 0;
    for (const s of this.spans) {
      const len = s.to - s.from;
      if (offset < at + len) return s.src.charCodeAt(s.from + offset - at);
      at += len;
    }
    return NaN;
  }

  /** An offset inside a CRLF (or past a line's end) moves back to the end of the line's text. */
  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart) {
      const c = this.charCodeAt(offset - 1);
      if (c !== LF && c !== CR) break;
      offset--;
    }
    return offset;
  }
}

/** The runs of `spans` between offsets `from` and `to` of the text they make up. */
function cut(spans: Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const s of spans) {
    const len = s.to - s.from;
    const a = Math.max(from, at);
    const b = Math.min(to, at + len);
    if (a < b) out.push({ src: s.src, from: s.from + a - at, to: s.from + b - at });
    at += len;
    if (at >= to) break;
  }
  return out;
}

/** Offsets (plus `base`) just after each line break of `text`: CRLF, CR or LF. */
function lineBreaks(text: string, base: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      out.push(base + i + 1);
    } else if (c === LF) out.push(base + i + 1);
  }
  return out;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character)
    ? { start: end, end: start }
    : range;
}

/** What `new TextDocuments(…)` takes: documents are created once and changed in place. */
export const storedDocuments = {
  create(uri: string, languageId: string, version: number, content: string): StoredDocument {
    return new StoredDocument(uri, languageId, version, content);
  },
  update(doc: StoredDocument, changes: TextDocumentContentChangeEvent[], version: number): StoredDocument {
    doc.apply(changes, version);
    return doc;
  },
};
