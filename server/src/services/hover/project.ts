import type { CheckResult } from '../../engine/engine';
import { SEVERITY_ORDER, SEVERITY_ZH, type Severity } from '../../engine/findings';
import type { Project } from '../../engine/model/types';
import { catalogFor } from '../../engine/model/indicatorNames';
import { inside, md, written, type Provider } from './markdown';
import { detailSum, fundingSum, level1Presence, type ProjectSum } from '../projectFacts';
import { fmt } from '../../engine/util/money';

/** The findings of a project: its own path and everything under it (项目[1] is not 项目[10]). */
export function projectFindings(result: CheckResult, p: Project) {
  return result.findings.filter((f) => f.path === p.path || f.path.startsWith(p.path + '.'));
}

function findingsLine(result: CheckResult, p: Project): string {
  const counts = new Map<Severity, number>();
  for (const f of projectFindings(result, p)) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  if (!counts.size) return '问题：无';
  const parts = [...counts]
    .sort((a, b) => SEVERITY_ORDER[a[0]] - SEVERITY_ORDER[b[0]])
    .map(([s, n]) => `${SEVERITY_ZH[s]} ${n}`);
  return `问题：${parts.join(' · ')}`;
}

function versus(s: ProjectSum, unit: string): string {
  return s.passes ? ' = 金额 ✓' : ` ≠ 金额 ✗ 差 ${fmt(s.diff!.abs())}${unit}`;
}

/** Hover on a project's 名称: 金额, 资金来源, 明细 sum, indicator counts per 一级, findings. */
export const projectHover: Provider = (result, offset) => {
  const { draft, config } = result;
  const p = draft.projects.find((q) => inside(q.name?.node, offset));
  if (!p?.name) return undefined;
  const unit = draft.header.moneyUnit;
  const lines = [`**项目：${md(p.name.text)}**`, ''];
  lines.push(`- 金额：${p.amount ? written(p.amount, draft) : '未填写'}`);
  if (p.funding.length) {
    const entries = p.funding.map((f) => `${md(f.key)} ${f.amount ? f.amount.text : '未填写'}`).join('，');
    const s = fundingSum(p, config.tolerance);
    const check = s?.total && s.sum ? `（合计 ${s.sum.text}${unit}${versus(s, unit)}）` : '';
    lines.push(`- 资金来源：${entries}${check}`);
  } else lines.push('- 资金来源：未分项填写');
  const d = detailSum(p, config.tolerance);
  if (!d) lines.push('- 明细：无');
  else if (!d.sum) lines.push(`- 明细：${p.details.length} 条，其中有未填写金额的，无法求和`);
  else {
    const check = d.total ? versus(d, unit) : '';
    lines.push(`- 明细：${p.details.length} 条，合计 ${d.sum.text}${unit}${check}`);
  }
  const presence = level1Presence(p, config.profile);
  const counts = Object.keys(catalogFor(config.profile)).map((one) => {
    const n = presence.counts.get(one) ?? 0;
    return `${one} ${n}`;
  });
  const extra = [...presence.counts].filter(([one]) => !(one in catalogFor(config.profile)));
  lines.push(
    `- 指标：${p.indicators ? [...counts, ...extra.map(([one, n]) => `${md(one)} ${n}`)].join(' · ') : '未填写绩效指标'}`,
  );
  lines.push(`- ${findingsLine(result, p)}`);
  return { markdown: lines.join('\n'), start: p.name.node.start, end: p.name.node.end };
};
