import type { Draft } from '../../model/types';
import type { Report, Rule } from '../rule';
import { at, sections } from '../../prose/sections';

const BAD_CHARS = /[\uFFFD\uE000-\uF8FF]+/g;
/** Sentences long enough that a verbatim repeat cannot be a chance. */
const MIN_REPEAT = 10;

/** Text that cannot be what was meant: replacement or private-use characters, a sentence repeated verbatim in one section. */
export function textGarbled(d: Draft): Report[] {
  const out: Report[] = [];
  for (const s of sections(d)) {
    for (const m of s.text.matchAll(BAD_CHARS)) {
      const start = m.index ?? 0;
      out.push(
        at(
          s,
          start,
          start + m[0].length,
          `文字中有无法显示的字符（${[...m[0]].map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(' ')}），多为PDF文本层损坏`,
        ),
      );
    }
    // A sentence written twice in a row (the typical broken text layer or a paste done twice);
    // boilerplate repeated across numbered items (`主要原因是：项目调整。`) is not garbled.
    let previous = '';
    let start = 0;
    for (let i = 0; i <= s.text.length; i++) {
      if (i < s.text.length && !/[。！？\n]/.test(s.text[i])) continue;
      const raw = s.text.slice(start, i + 1);
      const sentence = raw.trim();
      if (sentence.length >= MIN_REPEAT && sentence === previous) {
        const at0 = start + raw.indexOf(sentence);
        out.push(at(s, at0, at0 + sentence.length, `“${sentence.slice(0, 20)}…”紧接着逐字重复了一遍`));
      }
      if (sentence) previous = sentence;
      start = i + 1;
    }
  }
  return out;
}

const rule: Rule = {
  id: 'text-garbled',
  category: 'prose',
  fixable: 'none',
  docs: 'docs/rules/text-garbled.md',
  severity: 'warning',
  description: '无法成立的文字：替换字符、私用区字符，或同一节中逐字重复的句子（多为PDF文本层损坏）。',
  draft(d, ctx) {
    for (const r of textGarbled(d)) ctx.report(r);
  },
};

export default rule;
