import type { FixSpec } from '../rules/rule';
import type { LineIndex } from '../text/lineIndex';
import type { SyntaxProblem } from './ast';
import { reasonZh } from './reasons';

/** Characters that cannot start a plain YAML value, with what YAML takes them for. */
const INDICATORS: Record<string, string> = {
  '>': '折叠文本标记',
  '|': '块文本标记',
  '%': '指令标记',
  '@': '保留字符',
  '`': '保留字符',
  '*': '别名标记',
  '&': '锚点标记',
  '!': '标签标记',
};

const VALUE_AFTER_KEY = /^(\s*(?:-\s+)?[^\s#:][^:#]*?:[ \t]+)([>|%@`*&!])(.*?)\s*$/;
const BLOCK_HEADER = /^[|>][+-]?[1-9]?[+-]?\s*(#.*)?$/;
/** A key followed by the full-width colon of a Chinese input method, and no ASCII `: ` before it. */
const FULL_WIDTH_KEY = /^(\s*(?:-\s+)*)([^\s#:："'\-[{][^:#：]*?)[ \t]*：[ \t]*/;
/** Reasons that mean “this line did not read as `key: value`”: its cause may be the line before. */
const KEY_TROUBLE =
  /^(can not read a block mapping entry|can not read an implicit mapping pair|bad indentation of a mapping entry|end of the stream or a document separator is expected)/;

export interface Explained {
  message: string;
  start: number;
  end: number;
  fix?: FixSpec;
}

/** A YAML parse error in Chinese, at the line that caused it, with a safe fix when one is mechanical. */
export function explainSyntax(p: SyntaxProblem, lines: LineIndex): Explained {
  const offset = /^expected a single document/.test(p.reason) ? secondDocument(lines, p.offset) : p.offset;
  const pos = lines.position(offset);
  const lineText = lines.lineText(pos.line);
  const m = VALUE_AFTER_KEY.exec(lineText);
  if (m && !BLOCK_HEADER.test(m[2] + m[3])) {
    const value = m[2] + m[3].replace(/\s+#.*$/, '');
    const start = lines.lineStart(pos.line) + m[1].length;
    const end = start + value.length;
    const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const alt = m[2] === '>' ? `，或改用全角“＞”或“≥”` : '';
    return {
      message: `值“${value}”以“${m[2]}”开头，YAML 会把它当作${INDICATORS[m[2]]}而无法解析。请给它加上引号：${quoted}${alt}`,
      start,
      end,
      fix: { title: `加引号：${quoted}`, kind: 'safe', edits: [{ start, end, newText: quoted }] },
    };
  }
  if (KEY_TROUBLE.test(p.reason)) {
    const cause = keyLineCause(lines, pos.line);
    if (cause) return cause;
  }
  const zh = reasonZh(p.reason);
  const lineEnd = lines.lineEnd(pos.line);
  const end = offset < lineEnd ? Math.min(lineEnd, offset + 1) : offset;
  return { message: `${zh}（第${pos.line + 1}行第${lines.indentColumn(offset) + 1}列）`, start: offset, end };
}

/**
 * js-yaml notices a key line gone wrong only on the line after it (the text runs on as a
 * multi-line key): the error line and the content line before it are examined, the earlier first.
 * A full-width colon `：` is the commonest slip of a Chinese input method.
 */
function keyLineCause(lines: LineIndex, errorLine: number): Explained | undefined {
  const candidates: number[] = [];
  for (let l = errorLine - 1; l >= 0; l--) {
    const t = lines.lineText(l).trim();
    if (!t || t.startsWith('#')) continue;
    candidates.push(l);
    break;
  }
  candidates.push(errorLine);
  for (const line of candidates) {
    const text = lines.lineText(line);
    const w = FULL_WIDTH_KEY.exec(text);
    if (w && !/:(\s|$)/.test(text.slice(0, w[0].length))) {
      const colon = text.indexOf('：', w[1].length + w[2].length);
      const after = w[0].length;
      const start = lines.lineStart(line) + colon;
      const end = lines.lineStart(line) + after;
      const rest = text.slice(after);
      const newText = rest && !rest.startsWith('#') ? ': ' : ':';
      return {
        message: `键“${w[2]}”后用了全角冒号“：”，YAML 只认半角冒号：键和值之间应写“: ”（第${line + 1}行第${lines.indentColumn(start) + 1}列）`,
        start,
        end: Math.max(end, start + 1),
        fix: {
          title: '把全角冒号“：”改为半角“: ”',
          kind: 'safe',
          edits: [{ start, end: Math.max(end, start + 1), newText }],
        },
      };
    }
  }
  for (const line of candidates) {
    const text = lines.lineText(line);
    const t = text.trim();
    // A plain line with no colon at all, not a list item or a flow value: the key's colon is missing.
    if (!t || t.startsWith('#') || t.startsWith('-') || /[:：]/.test(t) || /^["'[{|>]/.test(t)) continue;
    const lead = text.length - text.trimStart().length;
    const words = /^(\S+)\s+(.+)$/.exec(t);
    const example = words ? `，如“${words[1]}: ${words[2]}”` : '';
    return {
      message: `这一行缺少冒号：键和值之间应写半角冒号加空格“: ”${example}（第${line + 1}行）`,
      start: lines.lineStart(line) + lead,
      end: lines.lineStart(line) + lead + t.length,
    };
  }
  return undefined;
}

/** Where the second YAML document starts (js-yaml gives no position for that error). */
function secondDocument(lines: LineIndex, fallback: number): number {
  let content = false;
  for (let l = 0; l < lines.lineCount; l++) {
    const t = lines.lineText(l);
    if (/^(---|\.\.\.)(\s|$)/.test(t)) {
      if (content) return lines.lineStart(l);
    } else if (t.trim() && !t.trimStart().startsWith('#') && !t.startsWith('%')) content = true;
  }
  return fallback;
}
