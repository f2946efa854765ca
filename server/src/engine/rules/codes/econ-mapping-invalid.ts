import { getCatalog, type Nature } from '../../../catalog/catalog';
import type { Draft } from '../../model/types';
import type { Rule } from '../rule';

const NATURES: Nature[] = ['行政单位', '参公事业单位', '事业单位'];

/** The natures a row may belong to: its 预算单位's, or every declared one when it names none. */
function naturesOf(draft: Draft, unit: string | undefined): Nature[] {
  const units = draft.header.units;
  const all = units.map((u) => u.nature?.text as Nature).filter((n) => NATURES.includes(n));
  if (unit) {
    const u = units.find((x) => x.code?.text.trim() === unit.trim() || x.name?.text.trim() === unit.trim());
    const n = u?.nature?.text as Nature | undefined;
    if (n && NATURES.includes(n)) return [n];
  }
  return all.length ? [...new Set(all)] : ['行政单位', '事业单位'];
}

const rule: Rule = {
  id: 'econ-mapping-invalid',
  severity: 'warning',
  category: 'codes',
  fixable: 'none',
  docs: 'docs/rules/econ-mapping-invalid.md',
  description: '部门预算经济科目与政府预算经济科目的对应关系不符合该单位性质的对照表。',
  draft(draft, ctx) {
    const { catalog } = getCatalog(draft.header.year?.value);
    for (const row of draft.econRows) {
      const dept = row.subject?.code;
      const gov = row.gov;
      if (!dept || !gov || dept.length !== 5 || gov.code.length !== 5) continue;
      const natures = naturesOf(draft, row.unit?.text);
      const allowed = natures.map((n) => ({ n, codes: catalog.mapping(dept, n) }));
      if (allowed.some((a) => !a.codes || a.codes.includes(gov.code))) continue;
      const expect = allowed
        .map((a) => (a.codes!.length ? `${a.n}应为 ${a.codes!.join('、')}` : `${a.n}不使用该部门经济科目`))
        .join('；');
      ctx.report({
        start: gov.codeStart,
        end: gov.codeEnd,
        path: gov.path,
        message: `部门经济科目 ${dept}${row.subject?.name ? ' ' + row.subject.name : ''} 不能对应政府科目 ${gov.code}（${expect}）`,
      });
    }
  },
};

export default rule;
