import type { Draft, ProseSection } from '../../model/types';
import type { Report, Rule } from '../rule';
import { at, sections } from '../../prose/sections';

const DOUBLED = /([。，；：！？、])\1+/g;
const PAIRS: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['（', '）'],
  ['《', '》'],
];
const TERMINAL = /[。！？；;.!?：:…”’）)]$/;

function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    if (/[。！？\n]/.test(text[i])) {
      out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (s < text.length) out.push({ start: s, end: text.length });
  return out;
}

/** Quotes and brackets opened without closing (or closed without opening) within one sentence. */
function unbalanced(s: ProseSection, out: Report[]): void {
  for (const sent of sentencesOf(s.text)) {
    for (const [open, close] of PAIRS) {
      const stack: number[] = [];
      // A full-width bracket may be closed by a half-width one (`医疗（款)`): a pair, but a mixed one.
      const halfClose = open === '（' ? ')' : undefined;
      for (let i = sent.start; i < sent.end; i++) {
        const c = s.text[i];
        if (c === open) stack.push(i);
        else if (c === close || (c === halfClose && stack.length)) {
          if (stack.length) {
            stack.pop();
            if (c !== close) out.push(at(s, i, i + 1, `全角“${open}”以半角“${c}”闭合，括号全角半角混用`));
          } else out.push(at(s, i, i + 1, `“${close}”没有与之配对的“${open}”`));
        }
      }
      for (const i of stack) out.push(at(s, i, i + 1, `“${open}”在本句中没有配对的“${close}”`));
    }
  }
}

/**
 * Doubled sentence punctuation (fix: one), quotes and brackets without their partner in one
 * sentence, and a paragraph without terminal punctuation among paragraphs that have it. A
 * one-line value (`实施主体: 上海市普陀区司法局`) is not a sentence and is never reported.
 */
export function textPunctuation(d: Draft): Report[] {
  const out: Report[] = [];
  for (const s of sections(d)) {
    for (const m of s.text.matchAll(DOUBLED)) {
      const start = m.index ?? 0;
      const r = at(s, start, start + m[0].length, `标点“${m[0]}”重复`);
      r.fixes = [
        {
          title: `改为“${m[1]}”`,
          kind: 'safe',
          edits: [{ start: s.offsetAt(start), end: s.offsetAt(start + m[0].length), newText: m[1] }],
        },
      ];
      out.push(r);
    }
    unbalanced(s, out);
    const paras = s.text
      .split('\n')
      .map((t, i, all) => ({
        t: t.trim(),
        start: all.slice(0, i).reduce((n, x) => n + x.length + 1, 0) + (t.length - t.trimStart().length),
      }))
      .filter((p) => p.t);
    // Only prose: several paragraphs, most of them sentences that end with punctuation.
    const ended = paras.filter((p) => TERMINAL.test(p.t));
    if (paras.length < 3 || ended.length < paras.length - 1) continue;
    for (const [i, p] of paras.entries()) {
      if (TERMINAL.test(p.t) || (i === paras.length - 1 && !/[，,]/.test(p.t))) continue;
      // A heading or a short label (`其中：` is terminal already) is not a sentence; one that gives a
      // reason (`…的主要原因是工作量增加`) is, comma or not.
      if (p.t.length < 12 || !/[，,]|原因/.test(p.t)) continue;
      out.push(at(s, p.start + p.t.length - 1, p.start + p.t.length, `本段“…${p.t.slice(-12)}”末尾缺少句号`));
    }
  }
  return out;
}

const rule: Rule = {
  id: 'text-punctuation',
  category: 'prose',
  fixable: 'safe',
  docs: 'docs/rules/text-punctuation.md',
  severity: 'info',
  description: '说明中的标点问题：重复的句末标点、引号或括号不配对、段末缺少句号。',
  draft(d, ctx) {
    for (const r of textPunctuation(d)) ctx.report(r);
  },
};

export default rule;
