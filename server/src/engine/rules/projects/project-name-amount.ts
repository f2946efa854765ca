import { fmt } from '../../util/money';
import { extractNameAmount } from '../../values/textFigures';
import type { Rule } from '../rule';
import { projectWan } from '../../model/derived/cost';

const rule: Rule = {
  id: 'project-name-amount',
  severity: 'warning',
  category: 'projects',
  fixable: 'none',
  docs: 'docs/rules/project-name-amount.md',
  description: '项目名称中写的金额与项目金额不一致。',
  project(p, ctx) {
    const wan = projectWan(p, ctx.draft);
    if (!wan || !p.name) return;
    const fig = extractNameAmount(p.name.text);
    if (!fig || fig.value.equals(wan)) return;
    ctx.report({
      node: p.name.node,
      path: p.name.path,
      message: `项目名称“${p.name.text}”写明“${fig.written}”，但项目金额为${fmt(wan)}万元`,
    });
  },
};

export default rule;
