import { clip } from '../../util/clip';
import { declaredUnits } from '../../util/declaredUnits';
import type { Rule } from '../rule';

const rule: Rule = {
  id: 'project-unit-unknown',
  severity: 'error',
  category: 'projects',
  fixable: 'none',
  docs: 'docs/rules/project-unit-unknown.md',
  description: '项目的预算单位没有在文件头的预算单位中声明。',
  project(p, ctx) {
    const units = ctx.draft.header.units;
    // With no declared units the department is one unit: there is nothing to check against.
    if (!units.length) return;
    const { known, shown } = declaredUnits(units);
    const unit = p.unit?.text.trim();
    if (!unit || known.has(unit)) return;
    ctx.report({
      node: p.unit!.node,
      path: p.unit!.path,
      message: `预算单位“${clip(unit)}”没有在文件头的“预算单位”中声明（已声明：${shown}）`,
    });
  },
};

export default rule;
