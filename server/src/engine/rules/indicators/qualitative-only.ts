import type { Rule } from '../rule';
import { projectLabel } from '../../model/derived/cost';
import { numbersOf, valueOf } from '../../model/derived/values';

const rule: Rule = {
  id: 'qualitative-only',
  severity: 'info',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/qualitative-only.md',
  description: '项目的产出指标和效益指标全部是定性描述，没有可量化的指标。',
  project(p, ctx) {
    const tree = p.indicators;
    // An unknown 一级 (产出指表) may hold the quantified indicators: undecidable until it is fixed.
    if (!tree || tree.level1.some((l) => !l.canonical)) return;
    const inds = tree.level1
      .filter((l) => l.canonical === '产出指标' || l.canonical === '效益指标')
      .flatMap((l) => l.level2.flatMap((l2) => l2.indicators));
    if (!inds.length) return;
    if (inds.some((i) => numbersOf(valueOf(i, ctx.config.profile)).length)) return;
    // An empty or unreadable value (indicator-value-invalid's) may be the quantified one: undecidable.
    if (
      inds.some((i) => {
        const v = valueOf(i, ctx.config.profile);
        return i.node.type === 'seq' || !v || v.kind === 'invalid' || i.text === '';
      })
    )
      return;
    ctx.report({
      node: tree.keyNode ?? tree.node,
      path: tree.path,
      message: `${projectLabel(p)}的产出指标和效益指标共${inds.length}项，全部为定性描述；建议至少设置一项可量化的指标`,
    });
  },
};

export default rule;
