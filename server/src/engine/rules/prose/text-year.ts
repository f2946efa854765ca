import type { Draft } from '../../model/types';
import type { Report, Rule } from '../rule';
import { at, claimsOf, sections } from '../../prose/sections';

const PERIOD_HEADING = /实施周期|项目周期|执行期限|期限|实施期/;
/** A year written as this budget's: `2025年部门预算`, `2025年收入预算`, `2025年预算安排`. */
const OWN_BUDGET =
  /^\s*(年度)?\s*(部门预算|单位预算|收入预算|支出预算|收支预算|预算安排|部门预算编制|预算编制)/;

/** 上年 with its year beside it: `上年（2024年）`, `2024年（上年）`. */
const LAST_YEAR_NAMED =
  /上年度?\s*[（(]\s*((?:19|20)[0-9]{2})\s*年?度?\s*[)）]|(?<![0-9])((?:19|20)[0-9]{2})\s*年度?\s*[（(]\s*上年度?\s*[)）]/g;

/**
 * Years that contradict 预算年度: the budget compared with itself, a comparison with a year other
 * than the one before, this year's budget written under another year, a period that leaves the
 * budget year out.
 */
export function textYear(d: Draft): Report[] {
  const y = d.header.year?.value;
  if (!y) return [];
  const out: Report[] = [];
  for (const s of sections(d)) {
    const claims = claimsOf(s, d);
    for (const c of claims.changes) {
      if (!c.baseYear) continue;
      const phrase = s.text.slice(c.start, c.end);
      if (c.baseYear === y)
        out.push(
          at(
            s,
            c.start,
            c.end,
            `“${phrase}”把${y}年预算与${y}年自身比较；预算年度为${y}年，比较的应是上年（${y - 1}年）`,
          ),
        );
      else if (c.baseYear !== y - 1)
        out.push(
          at(s, c.start, c.end, `“${phrase}”与${c.baseYear}年比较，但预算年度为${y}年，上年应为${y - 1}年`),
        );
    }
    for (const m of claims.years) {
      // `2024年当年预算执行数为…` in a 2026 budget: the execution figure is the year before's.
      if (!m.compared && m.year !== y - 1 && /^\s*(年度)?\s*(当年)?\s*(预算)?执行数/.test(m.after)) {
        out.push(at(s, m.start, m.end, `写为${m.year}年的执行数，但预算年度为${y}年，上年应为${y - 1}年`));
        continue;
      }
      if (m.compared || m.year === y) continue;
      if (!OWN_BUDGET.test(m.after)) continue;
      const before = s.text.slice(Math.max(0, m.start - 4), m.start);
      if (/截至|截止|以前|之前/.test(before)) continue;
      out.push(
        at(s, m.start, m.end, `写为${m.year}年${OWN_BUDGET.exec(m.after)![0].trim()}，但预算年度为${y}年`),
      );
    }
    for (const m of s.text.matchAll(LAST_YEAR_NAMED)) {
      const named = Number(m[1] ?? m[2]);
      if (named === y - 1) continue;
      const start = m.index ?? 0;
      out.push(
        at(
          s,
          start,
          start + m[0].length,
          `“${m[0]}”：预算年度为${y}年，上年应为${y - 1}年，文中写为${named}年`,
        ),
      );
    }
    if (s.projectIndex !== undefined && PERIOD_HEADING.test(s.heading)) {
      const years = [...s.text.matchAll(/(?<![0-9])(19|20)[0-9]{2}(?![0-9])/g)].map((m) => ({
        y: Number(m[0]),
        i: m.index ?? 0,
      }));
      if (!years.length) continue;
      const lo = Math.min(...years.map((v) => v.y));
      const hi = Math.max(...years.map((v) => v.y));
      if (y < lo || y > hi)
        out.push(at(s, 0, s.text.length, `${s.heading}“${s.text.trim()}”不包含预算年度${y}年`));
    }
  }
  return out;
}

const rule: Rule = {
  id: 'text-year',
  category: 'prose',
  fixable: 'none',
  docs: 'docs/rules/text-year.md',
  severity: 'warning',
  description:
    '说明中的年份与预算年度矛盾：与本年自身比较、上年写错、本年预算写成别的年份、实施周期不含预算年度。',
  draft(d, ctx) {
    for (const r of textYear(d)) ctx.report(r);
  },
};

export default rule;
