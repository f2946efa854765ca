import Decimal from 'decimal.js';
import type { Finding } from '../engine/findings';
import { SEVERITY_ZH } from '../engine/findings';
import type { Draft, IndicatorTree, Project } from '../engine/model/types';
import { deriveTables, type PublishedTable } from '../engine/tables/derive';
import { FuncTree } from '../engine/tables/funcTree';
import { ruleById } from '../engine/rules';
import { esc, STYLE } from './html';

/**
 * The draft as the published forms look, with every finding on its cell: one self-contained
 * HTML page (no scripts, no remote resources; a CSP forbids both), for `jixiao report` and,
 * rendered from the same code, the editor's preview.
 */
export function renderReport(draft: Draft, findings: Finding[], title?: string): string {
  const unit = draft.header.moneyUnit;
  const name =
    title ?? `${draft.header.department?.text ?? '部门'} ${draft.header.year?.value ?? ''}年部门预算`;
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const openReviews = draft.allReviews.filter((r) => r.status?.text === '待修改').length;
  const total = draft.projects.reduce((s, p) => (p.amount ? s.plus(p.amount.value) : s), new Decimal(0));
  const body = [
    `<h1>${esc(name)}</h1>`,
    `<div class="summary">` +
      stat('项目', String(draft.projects.length)) +
      stat('项目金额合计', `${total.toFixed(2)}${unit}`) +
      stat('错误', String(count('error')), 'sev-error') +
      stat('警告', String(count('warning')), 'sev-warning') +
      stat('待修改审核意见', String(openReviews)) +
      `</div>`,
    byClass(draft),
    ...deriveTables(draft).map((t) => table(t, unit)),
    ...draft.projects.map((p) => projectGoals(p, findings, unit)),
    findingList(findings),
  ].join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(name)}</title><style>${STYLE}</style></head>
<body>${body}</body></html>
`;
}

function stat(label: string, value: string, cls = ''): string {
  return `<div><b class="${cls}">${esc(value)}</b>${esc(label)}</div>`;
}

/** Expenditure by 功能分类 类, as a bar chart made of boxes (no script, no canvas). */
function byClass(draft: Draft): string {
  const tree = new FuncTree(draft.funcRows);
  const rows = tree
    .roots()
    .map((c) => ({ c, name: tree.byCode.get(c)?.[0]?.subject?.name ?? '', v: tree.value(c, '合计')?.value }));
  const max = rows.reduce((m, r) => (r.v && r.v.gt(m) ? r.v : m), new Decimal(0));
  if (!rows.length || max.isZero()) return '';
  return (
    `<h2>支出功能分类（按类）</h2>` +
    rows
      .map((r) => {
        const w = r.v ? r.v.div(max).times(300).toFixed(0) : '0';
        return `<div class="bar"><span style="width:14em">${esc(`${r.c} ${r.name}`)}</span><span class="fill" style="width:${w}px"></span>${esc(r.v?.toFixed(2) ?? '')}</div>`;
      })
      .join('')
  );
}

function table(t: PublishedTable, unit: string): string {
  if (!t.rows.length) return '';
  const head = t.columns.map((c) => `<th>${esc(c)}</th>`).join('');
  const rows = t.rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td${/^-?\d+(\.\d+)?$/.test(c) ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<h2>${esc(t.name)}</h2><div>单位：${esc(unit)}</div><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

const FUNDING_FISCAL = ['一般公共预算', '政府性基金预算', '国有资本经营预算', '上年结转'];

/** A project's 绩效目标表, the indicators' cells carrying their findings. */
function projectGoals(p: Project, findings: Finding[], unit: string): string {
  const amount = p.amount?.value ?? new Decimal(0);
  const fiscal = p.funding.length
    ? p.funding
        .filter((f) => FUNDING_FISCAL.includes(f.key))
        .reduce((s, f) => (f.amount ? s.plus(f.amount.value) : s), new Decimal(0))
    : amount;
  const mine = (path: string) => findings.filter((f) => f.path === path || f.path.startsWith(path + '.'));
  const rows = treeRows(p.indicators, mine);
  return (
    `<h3 id="p${p.index}">项目支出绩效目标表：${esc(p.name?.text ?? '')}</h3>` +
    `<table><tbody>` +
    `<tr><th>年度预算资金总额</th><td class="num">${esc(amount.toFixed(2))}${esc(unit)}</td>` +
    `<th>其中财政拨款</th><td class="num">${esc(fiscal.toFixed(2))}</td><th>其他资金</th><td class="num">${esc(amount.minus(fiscal).toFixed(2))}</td></tr>` +
    `<tr><th>总体目标</th><td colspan="5">${esc(p.goal?.text ?? '')}</td></tr>` +
    `</tbody></table>` +
    `<table><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

function treeRows(tree: IndicatorTree | undefined, mine: (path: string) => Finding[]): string {
  if (!tree) return '';
  const out: string[] = [];
  for (const l1 of tree.level1)
    for (const l2 of l1.level2) {
      const inds = l2.indicators.length ? l2.indicators : [undefined];
      for (const ind of inds) {
        const fs = ind ? mine(ind.path) : mine(l2.path);
        const worst = fs.sort((a, b) => rank(a.severity) - rank(b.severity))[0];
        const cls = worst
          ? ` class="finding-${worst.severity}" title="${esc(fs.map((f) => `${f.rule}：${f.message}`).join('\n'))}"`
          : '';
        out.push(
          `<tr><td>${esc(l1.name)}</td><td>${esc(l2.name)}</td><td>${esc(ind?.name ?? '')}</td>` +
            `<td${cls} data-path="${esc(ind?.valuePath ?? l2.path)}">${esc(ind?.text ?? '')}</td></tr>`,
        );
      }
    }
  return out.join('');
}

function rank(s: string): number {
  return ['error', 'warning', 'info', 'hint'].indexOf(s);
}

function findingList(findings: Finding[]): string {
  if (!findings.length) return '<h2>检查结果</h2><p>没有发现问题。</p>';
  const rows = findings
    .map(
      (f) =>
        `<tr><td class="sev-${f.severity}">${SEVERITY_ZH[f.severity]}</td><td>${f.range.start.line + 1}</td>` +
        `<td>${esc(f.rule)}</td><td>${esc(f.message)}<br><small>${esc(ruleById(f.rule)?.description ?? '')}</small></td></tr>`,
    )
    .join('');
  return `<h2>检查结果</h2><table><thead><tr><th>级别</th><th>行</th><th>规则</th><th>说明</th></tr></thead><tbody>${rows}</tbody></table>`;
}
