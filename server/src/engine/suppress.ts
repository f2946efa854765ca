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
    const target = alone ? nextContentLine(lines, line) : line;
    out.push({
      line,
      start,
      end: lines.lineStart(line) + lineText.length,
      rules,
      reason,
      fileWide: !!m[1],
      target,
      targetEnd: blockEnd(lines, target),
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
  let hit = false;
  for (const s of sups) {
    if (!s.rules.includes(f.rule) || !valid(s)) continue;
    const line = f.range.start.line;
    if (s.fileWide || (line >= s.target && line <= s.targetEnd)) {
      s.used = true;
      hit = true;
    }
  }
  return hit;
}

/** The placeholder our "忽略此处" action inserts is not a reason until the user replaces it. */
export const REASON_PLACEHOLDER = '请填写理由';

export function hasReason(s: Suppression): boolean {
  return s.reason !== '' && s.reason !== REASON_PLACEHOLDER;
}
