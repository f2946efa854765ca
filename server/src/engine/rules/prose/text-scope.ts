import type { Draft } from '../../model/types';
import type { Report, Rule } from '../rule';
import { at, sections } from '../../prose/sections';

/** 部门预算 as the publication itself, not the classification (部门预算支出经济分类) nor a unit's own word. */
const DEPT = /(?<!纳入)部门预算(?!支出经济分类|经济分类|管理|编制范围)/g;
const UNIT = /(?<!事业|行政|基层|二级|所属|下属|各)单位预算(?!管理)/g;

/** A 单位预算 whose prose speaks of its 部门预算, or a 部门预算 whose prose speaks of a 单位预算. */
export function textScope(d: Draft): Report[] {
  const kind = d.kind?.text === '单位预算' ? '单位预算' : '部门预算';
  const other = kind === '单位预算' ? DEPT : UNIT;
  const otherWord = kind === '单位预算' ? '部门预算' : '单位预算';
  const out: Report[] = [];
  for (const s of sections(d)) {
    other.lastIndex = 0;
    for (const m of s.text.matchAll(other)) {
      const start = m.index ?? 0;
      out.push(
        at(s, start, start + m[0].length, `本文件是${kind}（类型: ${kind}），说明中却写“${otherWord}”`),
      );
    }
  }
  return out;
}

const rule: Rule = {
  id: 'text-scope',
  category: 'prose',
  fixable: 'none',
  docs: 'docs/rules/text-scope.md',
  severity: 'info',
  description: '单位预算的说明写成部门预算（或反之）。',
  draft(d, ctx) {
    for (const r of textScope(d)) ctx.report(r);
  },
};

export default rule;
