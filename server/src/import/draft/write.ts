import type { Amount, DraftOut, Indicator, ProjectOut } from './model';
import { block, key, scalar } from './yaml';
import { whereText, type Where } from '../types';
import { factComment } from '../../engine/published';

const FUNCTION_FIELDS = ['人员经费', '公用经费', '基本支出', '项目支出', '合计'];
const ECON_FIELDS = ['人员经费', '公用经费', '合计'];
const INCOME_KEYS = [
  '一般公共预算',
  '政府性基金预算',
  '国有资本经营预算',
  '财政专户管理资金',
  '事业收入',
  '事业单位经营收入',
  '上级补助收入',
  '附属单位上缴收入',
  '其他收入',
  '使用非财政拨款结余',
  '上年结转',
  '合计',
];
const SANGONG_KEYS = [
  '因公出国境费',
  '公务用车购置及运行维护费',
  '公务用车购置费',
  '公务用车运行维护费',
  '公务接待费',
  '合计',
];

const comment = (w: Where | undefined, what = '') =>
  w && whereText(w) ? `# ${whereText(w)}${what ? ` ${what}` : ''}\n` : '';

function flow(pairs: [string, string][]): string {
  return `{ ${pairs.map(([k, v]) => `${key(k)}: ${v}`).join(', ')} }`;
}

const code = (c: string, name?: string) => scalar(name ? `${c} ${name}` : c, true);

/** The draft as FORMAT.md text: fixed key order, one line per table row, provenance comments. */
export function writeDraft(d: DraftOut, source: string): string {
  const out: string[] = [];
  out.push(`# 由 jixiao import 从 ${source} 导入；数字照印原样，# 第N页/第N行 注明出处。`);
  out.push('格式: 部门预算/1');
  if (d.dept) out.push(`部门: ${scalar(d.dept)}`);
  if (d.deptCode) out.push(`部门编码: ${JSON.stringify(d.deptCode)}`);
  if (d.year) out.push(`预算年度: ${d.year}`);
  if (d.type) out.push(`类型: ${d.type}`);
  out.push(`金额单位: ${d.unit}`);
  const rowFacts = (code: string) =>
    d.facts
      .filter((f) => f.code === code)
      .map((f) => `  ${factComment(f.rule, whereText(f.where), f.message)}`);
  const codes = new Set(d.functionRows.map((r) => r.code));
  const loose = d.facts.filter((f) => !f.code || !codes.has(f.code));
  if (loose.length) out.push(...loose.map((f) => factComment(f.rule, whereText(f.where), f.message)));
  if (d.unitNames.length > 0) {
    out.push('预算单位:');
    for (const n of d.unitNames) out.push(`  - 名称: ${scalar(n)}`);
  }
  if (d.income.size) {
    out.push('', comment(d.incomeWhere, '收入') + '收入:');
    for (const k of INCOME_KEYS) if (d.income.has(k)) out.push(`  ${k}: ${d.income.get(k)!.value}`);
  }
  if (d.functionRows.length) {
    const totals = [...FUNCTION_FIELDS]
      .filter((f) => d.functionTotals.has(f))
      .map((f) => `${f} ${d.functionTotals.get(f)!.value}`);
    out.push(
      '',
      comment(d.functionWhere, '支出功能分类') +
        (totals.length ? `# 表中合计行：${totals.join('，')}\n` : '') +
        '支出功能分类:',
    );
    for (const r of d.functionRows) {
      const pairs: [string, string][] = [['科目', code(r.code, r.name)]];
      for (const f of FUNCTION_FIELDS) if (r.fields.has(f)) pairs.push([f, r.fields.get(f)!.value]);
      out.push(...rowFacts(r.code), `  - ${flow(pairs)}`);
    }
  }
  if (d.econRows.length) {
    const totals = ECON_FIELDS.filter((f) => d.econTotals.has(f)).map(
      (f) => `${f} ${d.econTotals.get(f)!.value}`,
    );
    out.push(
      '',
      comment(d.econWhere, '一般公共预算基本支出') +
        (totals.length ? `# 表中合计行：${totals.join('，')}\n` : '') +
        '基本支出经济分类:',
    );
    for (const r of d.econRows) {
      const pairs: [string, string][] = [['科目', code(r.code, r.name)]];
      if (r.govCode) pairs.push(['政府科目', code(r.govCode, r.govName)]);
      for (const f of ECON_FIELDS) if (r.fields.has(f)) pairs.push([f, r.fields.get(f)!.value]);
      out.push(`  - ${flow(pairs)}`);
    }
  }
  const sangong = (['本年', '上年'] as const).filter((p) => d.sangong[p].size);
  if (sangong.length) {
    out.push(
      '',
      comment(d.sangongWhere, '“三公”经费') + (d.sangongNote ? `# ${d.sangongNote}\n` : '') + '三公经费:',
    );
    for (const p of sangong) {
      const m = d.sangong[p];
      out.push(`  ${p}: ${flow(SANGONG_KEYS.filter((k) => m.has(k)).map((k) => [k, m.get(k)!.value]))}`);
    }
  }
  if (d.running.本年 || d.running.上年) {
    const pairs: [string, string][] = [];
    if (d.running.本年) pairs.push(['本年', d.running.本年.value]);
    if (d.running.上年) pairs.push(['上年', d.running.上年.value]);
    out.push(`${comment(d.running.本年?.where ?? d.running.上年?.where)}机关运行经费: ${flow(pairs)}`);
  }
  if (d.procurement.size) {
    const total = d.procurement.get('合计');
    out.push(
      `${comment(total?.where, '政府采购预算')}政府采购: ${flow([...d.procurement].map(([k, v]) => [k, v.value]))}`,
    );
  }
  if (d.projects.length) {
    out.push('', '项目:');
    for (const p of d.projects) out.push(writeProject(p, d.unitNames.length));
  }
  if (d.overall) {
    const o = d.overall;
    out.push('', comment(o.where, '整体绩效目标').trimEnd(), '整体绩效目标:');
    if (o.goal) out.push(`  年度履职目标: ${block(o.goal, '    ')}`);
    if (o.tasks.length) {
      out.push('  年度主要任务:');
      for (const t of o.tasks) {
        const pairs: [string, string][] = [
          ['任务', scalar(t.task, true)],
          ['内容', scalar(t.content, true)],
        ];
        if (t.amount) pairs.push(['金额', t.amount]);
        out.push(`    - ${flow(pairs)}`);
      }
    }
    if (o.indicators.length) out.push('  指标:', ...writeIndicators(o.indicators).map((l) => l.slice(4)));
  }
  if (d.prose.length) {
    out.push('', '说明:');
    for (const s of d.prose)
      out.push(
        `  ${comment(s.where).trimEnd()}\n  ${key(s.heading)}: ${block(s.text, '    ')}`.replace(
          /^ {2}\n/,
          '',
        ),
      );
  }
  return (
    out
      .filter((l, i, all) => !(l === '' && all[i - 1] === ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n') + '\n'
  );
}

function amount(a: Amount): string {
  return a.value;
}

function writeProject(p: ProjectOut, units: number): string {
  const lines: string[] = [];
  const c = comment(p.where).trimEnd();
  if (c) lines.push(`  ${c}`);
  lines.push(`  - 名称: ${scalar(p.name)}`);
  if (p.code) lines.push(`    编码: ${JSON.stringify(p.code)}`);
  if (p.unitName && units > 0) lines.push(`    预算单位: ${scalar(p.unitName)}`);
  if (p.category) lines.push(`    类别: ${scalar(p.category)}`);
  if (p.functionCode) lines.push(`    功能科目: ${scalar(p.functionCode)}`);
  if (p.amount) lines.push(`    金额: ${amount(p.amount)}${p.amountNote ? `  # ${p.amountNote}` : ''}`);
  if (p.sources.size) {
    lines.push('    资金来源:');
    for (const [k, v] of p.sources) lines.push(`      ${k}: ${v.value}`);
  }
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
  if (p.goal !== undefined || p.indicators.length) {
    const goals = comment(p.goalsWhere).trimEnd();
    if (goals && goals !== c) lines.push(`    ${goals}`);
    lines.push('    绩效目标:');
    if (p.goal !== undefined) lines.push(`      总体目标: ${block(p.goal, '        ')}`);
    if (p.indicators.length) lines.push('      指标:', ...writeIndicators(p.indicators));
  }
  return lines.join('\n');
}

/** 一级 → 二级 → 三级 as printed: a repeated name stays repeated, so the checker reports it (duplicate-key). */
function writeIndicators(list: Indicator[]): string[] {
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
      for (const it of items)
        out.push(
          `            ${key(it.name || '（未注明指标名称）')}: ${it.value ? scalar(it.value) : ''}`.trimEnd(),
        );
    }
  }
  return out;
}
