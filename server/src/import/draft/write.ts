import type { Amount, DraftOut } from './model';
import { comment, writeIndicators, writeProject } from './project';
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

function flow(pairs: [string, string][]): string {
  return `{ ${pairs.map(([k, v]) => `${key(k)}: ${v}`).join(', ')} }`;
}

const code = (c: string, name?: string) => scalar(name ? `${c} ${name}` : c, true);

/** A table section's key with its provenance and the printed 合计 row, which the format has no key for. */
function sectionHead(
  where: Where | undefined,
  table: string,
  fields: string[],
  totals: Map<string, Amount>,
  name: string,
): string {
  const printed = fields.filter((f) => totals.has(f)).map((f) => `${f} ${totals.get(f)!.value}`);
  return comment(where, table) + (printed.length ? `# 表中合计行：${printed.join('，')}\n` : '') + `${name}:`;
}

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
    out.push(
      '',
      sectionHead(d.functionWhere, '支出功能分类', FUNCTION_FIELDS, d.functionTotals, '支出功能分类'),
    );
    for (const r of d.functionRows) {
      const pairs: [string, string][] = [['科目', code(r.code, r.name)]];
      for (const f of FUNCTION_FIELDS) if (r.fields.has(f)) pairs.push([f, r.fields.get(f)!.value]);
      out.push(...rowFacts(r.code), `  - ${flow(pairs)}`);
    }
  }
  if (d.econRows.length) {
    out.push(
      '',
      sectionHead(d.econWhere, '一般公共预算基本支出', ECON_FIELDS, d.econTotals, '基本支出经济分类'),
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
