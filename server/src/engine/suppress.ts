import type { Finding } from './findings';
import type { LineIndex } from './text/lineIndex';

/**
 * `# 绩效检查-忽略 RULE[, RULE…]: 理由` and `# 绩效检查-忽略-文件 RULE: 理由` comments: the
 * reviewer's way to accept a deviation. A suppression needs a reason; without one it silences
 * nothing and is reported, since an unexplained acceptance is exactly what review must not allow.
 */
export interface Suppression {
  line: number;
  /** Offsets of the comment in the document. */
  start: number;
  end: number;
  rules: string[];
  reason: string;
  fileWide: boolean;
  /** The line it silences (its own, or the next content line when alone). */
  target: number;
  /**
   * The last line it silences: the target itself, or, when the target opens a block scalar
   * (`机构设置情况: |` of a 说明), the block's last line — a comment cannot stand inside the text.
   */
  targetEnd: number;
  used: boolean;
}

const MARK = /#\s*绩效检查-忽略(-文件)?(?=[\s:：]|$)(.*)$/;

export function findSuppressions(lines: LineIndex): Suppression[] {
  const out: Suppression[] = [];
  const text = lines.text;
  if (!text.includes('绩效检查-忽略')) return out;
  // The last search for a content line: every line between holds no content, so a suppression on
  // one of them targets the same line (50,000 comment lines in a row must not be rescanned each).
  // `to` is -1 when no content line follows `from` at all: then a comment targets its own line.
  let scanned = { from: -1, to: -1 };
  const contentAfter = (line: number) => {
    if (scanned.from >= 0 && line > scanned.from && (scanned.to < 0 || line < scanned.to))
      return scanned.to < 0 ? line : scanned.to;
    const to = nextContentLine(lines, line);
    scanned = { from: line, to: to === line ? -1 : to };
    return to;
  };
  // A block's end, once per target: many comments may name the same one.
  const ends = new Map<number, number>();
  const endOf = (target: number) => {
    let end = ends.get(target);
    if (end === undefined) ends.set(target, (end = blockEnd(lines, target)));
    return end;
  };
  for (let line = 0; line < lines.lineCount; line++) {
    const lineText = lines.lineText(line);
    if (!lineText.includes('绩效检查-忽略')) continue;
    const at = commentStart(lineText);
    if (at < 0) continue;
    const m = MARK.exec(lineText.slice(at));
    if (!m) continue;
    const body = m[2];
    const colon = body.search(/[:：]/);
    const ruleText = colon >= 0 ? body.slice(0, colon) : body;
    const reason = colon >= 0 ? body.slice(colon + 1).trim() : '';
    const rules = ruleText
      .split(/[,，\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const alone = lineText.slice(0, at).trim() === '';
    const start = lines.lineStart(line) + at;
    const target = alone ? contentAfter(line) : line;
    out.push({
      line,
      start,
      end: lines.lineStart(line) + lineText.length,
      rules,
      reason,
      fileWide: !!m[1],
      target,
      targetEnd: endOf(target),
      used: false,
    });
  }
  return out;
}

const BLOCK_HEADER = /[:-]\s+[|>][-+0-9]*\s*$/;

/** The last line of the block scalar a line opens (its deeper-indented lines), or the line itself. */
function blockEnd(lines: LineIndex, line: number): number {
  const own = lines.lineText(line);
  const at = commentStart(own);
  const head = at >= 0 ? own.slice(0, at) : own;
  if (!BLOCK_HEADER.test(head)) return line;
  const indent = own.length - own.trimStart().length;
  let end = line;
  for (let l = line + 1; l < lines.lineCount; l++) {
    const t = lines.lineText(l);
    if (t.trim() === '') continue;
    if (t.length - t.trimStart().length <= indent) break;
    end = l;
  }
  return end;
}

/** Where a comment starts on a line: a `#` at the start or after a blank, outside quotes. */
export function commentStart(line: string): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = '';
      } else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return i;
    if ((c === '"' || c === "'") && (i === 0 || /[\s:[{,-]/.test(line[i - 1]))) quote = c;
  }
  return -1;
}

function nextContentLine(lines: LineIndex, line: number): number {
  for (let l = line + 1; l < lines.lineCount; l++) {
    const t = lines.lineText(l).trim();
    if (t && !t.startsWith('#')) return l;
  }
  return line;
}

/** Whether a valid suppression silences a finding; marks the suppression used. */
export function isSuppressed(f: Finding, sups: Suppression[], valid: (s: Suppression) => boolean): boolean {
  return new SuppressionIndex(sups, valid).silences(f);
}

/**
 * The valid suppressions by rule (file-wide) and by rule and target line, built once: every
 * finding against every suppression was quadratic (50,000 of each: half a minute). A target that
 * opens a block scalar also covers the block's lines: those are indexed once per target, not per
 * suppression or rule, so many comments on one long block stay linear.
 */
export class SuppressionIndex {
  private readonly fileWide = new Map<string, Suppression[]>();
  /** By `target|rule`. */
  private readonly atTarget = new Map<string, Suppression[]>();
  /** The targets whose block covers a line below the target itself. */
  private readonly coveredBy = new Map<number, number[]>();
  private readonly marked = new Set<Suppression[]>();

  constructor(sups: Suppression[], valid: (s: Suppression) => boolean) {
    const spans = new Map<number, number>();
    for (const s of sups) {
      if (!valid(s)) continue;
      if (!s.fileWide && s.targetEnd > s.target) spans.set(s.target, s.targetEnd);
      for (const rule of new Set(s.rules)) {
        const [map, key] = s.fileWide ? [this.fileWide, rule] : [this.atTarget, `${s.target}|${rule}`];
        const list = map.get(key);
        if (list) list.push(s);
        else map.set(key, [s]);
      }
    }
    for (const [target, end] of spans) {
      for (let line = target + 1; line <= end; line++) {
        const list = this.coveredBy.get(line);
        if (list) list.push(target);
        else this.coveredBy.set(line, [target]);
      }
    }
  }

  /** Whether a finding is silenced; every suppression that silences it is marked used (each list once). */
  silences(f: Finding): boolean {
    const line = f.range.start.line;
    let hit = this.take(this.fileWide, f.rule);
    for (const target of [line, ...(this.coveredBy.get(line) ?? [])])
      if (this.take(this.atTarget, `${target}|${f.rule}`)) hit = true;
    return hit;
  }

  private take(map: Map<string, Suppression[]>, key: string): boolean {
    const list = map.get(key);
    if (!list) return false;
    if (!this.marked.has(list)) {
      this.marked.add(list);
      for (const s of list) s.used = true;
    }
    return true;
  }
}

/** The placeholder our "忽略此处" action inserts is not a reason until the user replaces it. */
export const REASON_PLACEHOLDER = '请填写理由';

export function hasReason(s: Suppression): boolean {
  return s.reason !== '' && s.reason !== REASON_PLACEHOLDER;
}
