import { fmt, toWan } from '../../util/money';
import { appendToMap } from '../../util/edits';
import type { Project } from '../../model/types';
import type { Rule } from '../rule';

/** A skeleton per missing 一级, to be completed by the user (its placeholder is meant to be seen). */
function skeleton(level1: string, p: Project, ctxWan: string | undefined): string[] {
  switch (level1) {
    case '成本指标':
      return ['成本指标:', '  经济成本指标:', `    总成本: ${ctxWan ? `≤${ctxWan}万元` : '待定'}`];
    case '产出指标':
      return ['产出指标:', '  数量指标:', '    待定指标名称: 待定'];
    default:
      return ['效益指标:', '  社会效益指标:', '    待定指标名称: 待定'];
  }
}

const rule: Rule = {
  id: 'level1-missing',
  severity: 'error',
  category: 'indicators',
  fixable: 'suggestion',
  docs: 'docs/rules/level1-missing.md',
  description: '项目绩效目标缺少成本指标、产出指标或效益指标（每项单独报告）。',
  project(p, ctx) {
    const required =
      ctx.config.profile === 2015 ? ['产出指标', '效益指标'] : ['成本指标', '产出指标', '效益指标'];
    const tree = p.indicators;
    if (!tree) return;
    const name = p.name?.text ?? `第${p.index + 1}个项目`;
    const wan = p.amount ? fmt(toWan(p.amount, ctx.draft)) : undefined;
    for (const one of required) {
      if (tree.level1.some((l) => l.canonical === one)) continue;
      const edit = appendToMap(ctx.draft, tree.node, skeleton(one, p, wan));
      ctx.report({
        node: tree.keyNode ?? tree.node,
        path: tree.path,
        message: `项目“${name}”的绩效目标缺少一级指标“${one}”`,
        fixes: edit ? [{ title: `添加“${one}”框架`, kind: 'suggestion', edits: [edit] }] : [],
      });
    }
  },
};

export default rule;
