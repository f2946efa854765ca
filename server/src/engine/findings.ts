import type { LineIndex, Range } from './text/lineIndex';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/**
 * One edit of a fix, kept as UTF-16 offsets into the checked text: the LSP and CLI edges convert
 * it once, when they send it. `range` is the same place as positions, computed only when read
 * (most fixes are never asked for), so older callers keep working.
 */
export class TextEdit {
  readonly #lines: LineIndex;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly newText: string,
    lines: LineIndex,
  ) {
    this.#lines = lines;
  }

  get range(): Range {
    return this.#lines.range(this.start, this.end);
  }

  /** The wire shape of RULES.md's machine-readable output. */
  toJSON(): { range: Range; newText: string } {
    return { range: this.range, newText: this.newText };
  }
}

/** 'safe' fixes are mechanical and meaning-preserving (fix-all applies them); absent means 'suggestion'. */
export type FixKind = 'safe' | 'suggestion';

export interface Fix {
  title: string;
  edits: TextEdit[];
  kind?: FixKind;
}

/** One finding, exactly the shape of RULES.md "Machine-readable output" (the CLI adds `file`). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  range: Range;
  fixes: Fix[];
}

/** A finding as it travels (RULES.md's JSON, a worker's message): fix edits as LSP ranges. */
export type WireFinding = Omit<Finding, 'fixes'> & {
  fixes: { title: string; edits: { range: Range; newText: string }[]; kind?: FixKind }[];
};

/** The one conversion of a finding's fix edits from offsets to ranges, at an edge that sends them. */
export function toWire(f: Finding): WireFinding {
  return {
    ...f,
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => e.toJSON()),
      ...(fix.kind ? { kind: fix.kind } : {}),
    })),
  };
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export const SEVERITY_ZH: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
  hint: '建议',
};
