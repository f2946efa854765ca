import type { DetailLine, Indicator, ProjectOut } from './model';
import { block, key, scalar } from './yaml';
import { whereText, type Where } from '../types';

/** A provenance comment line (`# 第N页 …`), or nothing when the place is unknown. */
export const comment = (w: Where | undefined, what = '') =>
  w && whereText(w) ? `# ${whereText(w)}${what ? ` ${what}` : ''}\n` : '';

/** One project in FORMAT.md's key order: 名称 … 资金来源, 总预算, 期限, 项目属性, 说明, 明细, 绩效目标. */
export function writeProject(p: ProjectOut, units: number): string {
  const lines: string[] = [];
  const c = comment(p.where).trimEnd();
  if (c) lines.push(`  ${c}`);
  lines.push(`  - 名称: ${scalar(p.name)}`);
  if (p.code) lines.push(`    编码: ${JSON.stringify(p.code)}`);
  if (p.unitName && units > 0) lines.push(`    预算单位: ${scalar(p.unitName)}`);
  if (p.category) lines.push(`    类别: ${scalar(p.category)}`);
  if (p.functionCode) lines.push(`    功能科目: ${scalar(p.functionCode)}`);
  if (p.amount) lines.push(`    金额: ${p.amount.value}${p.amountNote ? `  # ${p.amountNote}` : ''}`);
  if (p.sources.size) {
    lines.push('    资金来源:');
    for (const [k, v] of p.sources) lines.push(`      ${k}: ${v.value}`);
  }
  // The 申报表's cross-year total: FORMAT's 总预算 (≥ 金额), never an annual amount.
  if (p.totalBudget)
    lines.push(
      `    总预算: ${p.totalBudget.value}  # 申报表中长期（跨年度）的“${p.totalBudgetLabel ?? '项目资金总额'}”，不与年度金额比较`,
    );
  if (p.period) lines.push(`    期限: { 起始年度: ${p.period.start}, 终止年度: ${p.period.end} }`);
  if (p.attribute) lines.push(`    项目属性: ${scalar(p.attribute)}`);
  if (p.projectType) lines.push(`    项目类型: ${scalar(p.projectType)}`);
  if (p.notes.length) {
    lines.push('    说明:');
    const seen = new Set<string>();
    for (const n of p.notes) {
      let k = n.heading;
      for (let i = 2; seen.has(k); i++) k = `${n.heading}（${i}）`;
      seen.add(k);
      lines.push(`      ${key(k)}: ${block(n.text, '        ')}`);
    }
  }
  if (p.details?.length) lines.push('    明细:', ...p.details.map(writeDetail));
  const long = p.longGoal !== undefined || !!p.longIndicators?.length;
  if (p.goal !== undefined || p.indicators.length || long) {
    const goals = comment(p.goalsWhere).trimEnd();
    if (goals && goals !== c) lines.push(`    ${goals}`);
    lines.push('    绩效目标:');
    if (p.goal !== undefined) lines.push(`      总体目标: ${block(p.goal, '        ')}`);
    if (p.indicators.length) lines.push('      指标:', ...writeIndicators(p.indicators));
    if (long) {
      lines.push('      长期目标:');
      if (p.longGoal !== undefined) lines.push(`        说明: ${block(p.longGoal, '          ')}`);
      if (p.longIndicators?.length)
        lines.push('        指标:', ...writeIndicators(p.longIndicators).map((l) => `  ${l}`));
    }
  }
  return lines.join('\n');
}

function writeDetail(d: DetailLine): string {
  const pairs: [string, string | undefined][] = [
    ['活动', d.activity],
    ['内容', d.content],
    ['经济科目', d.econ],
    ['金额', d.amount?.value],
    ['测算依据', d.formula],
    ['功能科目', d.fn],
  ];
  const written = pairs.filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '');
  return written
    .map(([k, v], i) => `${i ? '        ' : '      - '}${k}: ${k === '金额' ? v : block(v, '          ')}`)
    .join('\n');
}

/** 一级 → 二级 → 三级 as printed: a repeated name stays repeated, so the checker reports it (duplicate-key). */
export function writeIndicators(list: Indicator[]): string[] {
  const tree = new Map<string, Map<string, Indicator[]>>();
  for (const ind of list) {
    if (!tree.has(ind.level1)) tree.set(ind.level1, new Map());
    const l2 = tree.get(ind.level1)!;
    if (!l2.has(ind.level2)) l2.set(ind.level2, []);
    if (ind.name || ind.value) l2.get(ind.level2)!.push(ind);
  }
  const out: string[] = [];
  for (const [l1, l2s] of tree) {
    out.push(`        ${key(l1 || '（未注明一级指标）')}:`);
    for (const [l2, items] of l2s) {
      out.push(`          ${key(l2 || '（未注明二级指标）')}:`);
      for (const it of items) out.push(...writeIndicator(it));
    }
  }
  return out;
}

/** A scalar indicator, or a mapping when the table printed its 依据 or earlier years' values. */
function writeIndicator(it: Indicator): string[] {
  const name = `            ${key(it.name || '（未注明指标名称）')}:`;
  const extra: [string, string | undefined][] = [
    ['依据', it.basis],
    ['前年', it.before],
    ['上年', it.last],
  ];
  if (!extra.some(([, v]) => v)) return [`${name} ${it.value ? scalar(it.value) : ''}`.trimEnd()];
  const out = [name];
  if (it.value) out.push(`              指标值: ${scalar(it.value)}`);
  for (const [k, v] of extra) if (v) out.push(`              ${k}: ${scalar(v)}`);
  return out;
}
