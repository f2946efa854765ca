import type { Draft } from '../../model/types';
import type { Report, Rule } from '../rule';
import { at, sections } from '../../prose/sections';

/** Template text left as it was, each with what it means. */
const PATTERNS: [RegExp, (m: string) => string][] = [
  [
    /(增加|增长|上升)[（(](减少|下降|降低)[)）]|(减少|下降)[（(](增加|增长)[)）]|(增加|增长)\s*[/／]\s*(减少|下降)/g,
    (m) => `“${m}”是模板中的备选项，应按实际只写一种`,
  ],
  [/主要原因(?:是|为)?\s*[：:]?\s*[。；;]/g, () => '“主要原因是”后没有写原因'],
  [/主要原因(?:是|为)?\s*[：:]?\s*$/g, () => '“主要原因是”后没有写原因'],
  [/[XＸ]{2,}|[×✕]{2,}|某某|[＊*]{3,}/g, (m) => `“${m}”是未填写的占位符`],
  [/(?<![0-9])0\s*等\s*[0-9]+\s*个/g, (m) => `“${m}”是未填写的模板（项目名称处为0）`],
];

/** Template text left as it was: an unchosen alternative, a reason with nothing after it, placeholders. */
export function textTemplate(d: Draft): Report[] {
  const out: Report[] = [];
  for (const s of sections(d)) {
    for (const [re, say] of PATTERNS) {
      re.lastIndex = 0;
      for (const m of s.text.matchAll(re)) {
        const start = m.index ?? 0;
        out.push(at(s, start, start + m[0].trimEnd().length || start + 1, say(m[0].trim())));
      }
    }
  }
  return out;
}

const rule: Rule = {
  id: 'text-template',
  category: 'prose',
  fixable: 'none',
  docs: 'docs/rules/text-template.md',
  severity: 'warning',
  description: '说明中残留的模板文字：未选定的备选项（增加（减少））、空的原因、占位符。',
  draft(d, ctx) {
    for (const r of textTemplate(d)) ctx.report(r);
  },
};

export default rule;
