import { fmtMoney } from '../../util/money';
import type { Rule } from '../rule';

const rule: Rule = {
  id: 'project-duplicate-name',
  severity: 'warning',
  category: 'projects',
  fixable: 'none',
  docs: 'docs/rules/project-duplicate-name.md',
  description: '同一预算单位中两个项目名称相同。',
  draft(draft, ctx) {
    const seen = new Map<string, (typeof draft.projects)[number]>();
    for (const p of draft.projects) {
      const name = p.name?.text.trim();
      if (!name) continue;
      const key = `${p.unit?.text.trim() ?? ''}\u0000${name}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, p);
        continue;
      }
      const amounts =
        first.amount && p.amount
          ? `（金额分别为${fmtMoney(first.amount.value, draft)}和${fmtMoney(p.amount.value, draft)}）`
          : '';
      ctx.report({
        node: p.name!.node,
        path: p.name!.path,
        message: `项目名称“${name}”与第${first.index + 1}个项目重复${amounts}；同一单位的项目应使用可区分的名称，或合并为一个项目`,
      });
    }
  },
};

export default rule;
