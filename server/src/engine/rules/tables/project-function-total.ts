import Decimal from 'decimal.js';
import { projectsByFunction } from '../../tables/projectsByFunction';
import { fmt } from '../../util/money';
import type { Rule } from '../rule';

const rule: Rule = {
  id: 'project-function-total',
  severity: 'error',
  category: 'tables',
  fixable: 'suggestion',
  docs: 'docs/rules/project-function-total.md',
  description: '支出功能分类中某科目的项目支出与归入该科目的项目金额之和不一致。',
  draft(draft, ctx) {
    if (!draft.projects.length || !draft.funcRows.length) return;
    const byFunc = projectsByFunction(draft);
    if (!byFunc) return;
    const unit = draft.header.moneyUnit;
    const seen = new Set<string>();
    for (const row of draft.funcRows) {
      const code = row.subject?.code;
      const written = row.cols['项目支出'];
      if (!code || code.length !== 7 || !written || seen.has(code)) continue;
      seen.add(code);
      // Rows of one code for several units are summed against the projects together.
      const same = draft.funcRows.filter((r) => r.subject?.code === code && r.cols['项目支出']);
      const total = same.reduce((s, r) => s.plus(r.cols['项目支出']!.value), new Decimal(0));
      const projects = byFunc.get(code) ?? new Decimal(0);
      if (total.equals(projects)) continue;
      const names = draft.projects
        // A project counted here by its own 功能科目 or by a 明细 line's.
        .filter((p) => p.func?.code === code || p.details.some((d) => d.func?.code === code))
        .map((p) => p.name?.text)
        .filter(Boolean);
      const diff = total.minus(projects);
      ctx.report({
        node: written.node,
        path: written.path,
        message:
          `科目 ${code}${row.subject?.name ? ' ' + row.subject.name : ''} 的项目支出为${fmt(total)}${unit}，` +
          `但归入该科目的项目合计${fmt(projects)}${unit}${names.length ? `（${names.join('、')}）` : '（没有项目）'}，相差${fmt(diff.abs())}${unit}`,
        fixes:
          same.length === 1
            ? [
                {
                  title: `改为项目合计 ${fmt(projects)}`,
                  kind: 'suggestion',
                  edits: [{ start: written.node.start, end: written.node.end, newText: fmt(projects) }],
                },
              ]
            : [],
      });
    }
  },
};

export default rule;
