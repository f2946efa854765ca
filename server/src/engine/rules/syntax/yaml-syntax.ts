import type { LineIndex } from '../../text/lineIndex';
import type { SyntaxProblem } from '../../yaml/ast';
import type { FixSpec, Rule } from '../rule';

/** js-yaml's reasons, in the words a budget officer needs. */
const REASONS: [RegExp, string][] = [
  [/bad indentation of a mapping entry/, '缩进不正确：这一行的键与同级的键没有对齐，或上一行的值没有写完'],
  [/bad indentation of a sequence entry/, '缩进不正确：列表项“- ”没有与同级对齐'],
  [/end of the stream or a document separator is expected/, '此处不应有内容：可能是缩进错误，或行首有制表符'],
  [/unexpected end of the stream within a double quoted scalar/, '双引号没有闭合：请在值的末尾补上“"”'],
  [/unexpected end of the stream within a single quoted scalar/, "单引号没有闭合：请在值的末尾补上“'”"],
  [/unexpected end of the stream within a flow collection/, '“[”或“{”没有闭合：请补上对应的“]”或“}”'],
  [/missed comma between flow collection entries/, '花括号或方括号中的各项之间缺少英文逗号“,”'],
  [
    /can not read a block mapping entry; a multiline key may not be an implicit key/,
    '键不能跨行：请检查冒号“:”是否遗漏',
  ],
  [/incomplete explicit mapping pair/, '映射项不完整：缺少键或冒号'],
  [/a line break is expected/, '此处应换行：“|”或“>”之后只能写块文本标记'],
  [/unidentified alias/, '以“*”开头的值会被当作 YAML 别名：请给该值加引号'],
  [
    /name of an (anchor|alias) node must contain at least one character/,
    '“&”或“*”是 YAML 的特殊符号：请给该值加引号',
  ],
  [/unknown tag/, '以“!”开头的值会被当作 YAML 标签：请给该值加引号'],
  [/nesting exceeded maxDepth/, '嵌套层级过深，已停止解析这一部分'],
  [/null byte is not allowed in input/, '文件中含有空字符（NUL），可能不是文本文件'],
  [/the stream contains non-printable characters/, '文件中含有不可打印的字符，可能不是文本文件'],
  [/tab characters must not be used in indentation/, '缩进中不能使用制表符，请改用空格'],
  [/bad explicit indentation width of a block scalar/, '“|”或“>”后的缩进标记不正确'],
  [/duplicated mapping key/, '同一层级中键重复'],
];

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

export function explainSyntax(
  p: SyntaxProblem,
  lines: LineIndex,
): { message: string; start: number; end: number; fix?: FixSpec } {
  const pos = lines.position(p.offset);
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
  const zh = REASONS.find(([re]) => re.test(p.reason))?.[1] ?? `YAML 语法错误：${p.reason}`;
  const lineEnd = lines.lineStart(pos.line) + lineText.length;
  const end = p.offset < lineEnd ? Math.min(lineEnd, p.offset + 1) : p.offset;
  return { message: `${zh}（第${pos.line + 1}行第${pos.character + 1}列）`, start: p.offset, end };
}

const rule: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  category: 'syntax',
  fixable: 'safe',
  docs: 'docs/rules/yaml-syntax.md',
  description: 'YAML 语法错误：文件无法按 YAML 解析。',
  draft(draft, ctx) {
    for (const p of ctx.draft.parsed.problems) {
      const e = explainSyntax(p, ctx.draft.lines);
      ctx.report({ start: e.start, end: e.end, path: '', message: e.message, fixes: e.fix ? [e.fix] : [] });
    }
  },
};

export default rule;
