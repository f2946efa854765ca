import type { Finding } from '../engine/findings';
import { proseText } from '../engine/model/proseText';
import type { Draft, IndicatorTree, Project } from '../engine/model/types';
import { markedText, proseText as plainProse } from './prose';
import { esc, money } from './html';
import type { Sheet } from './sheet';
import { fiscalOf, unitLabel } from './tables';

/**
 * A project's 绩效目标表 laid out as the published 项目支出绩效目标表: the header block (项目名称,
 * 主管部门及代码, 实施单位, 项目资金, 总体目标), then one row per 三级指标 with its 一级 and 二级
 * spanning their rows.
 */
export function goalsTable(
  s: Sheet,
  draft: Draft,
  p: Project,
  findings: Finding[] = [],
  refs: Map<Finding, number> = new Map(),
): string {
  const unit = draft.header.moneyUnit;
  const dept = draft.header.department;
  const code = draft.header.deptCode;
  const amount = p.amount?.value;
  const fiscal = fiscalOf(p);
  const other = amount ? amount.minus(fiscal) : undefined;
  const fundingPath = p.fundingNode ? `${p.path}.资金来源` : undefined;
  const label = (t: string, rowspan = 1) =>
    `<th class="label"${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>${esc(t)}</th>`;
  const rows = indicatorRows(s, p.indicators);
  return (
    `<h3 id="p${p.index}">项目支出绩效目标表：${esc(p.name?.text ?? `第${p.index + 1}个项目`)}</h3>` +
    `<table class="goals"><colgroup><col class="c-label"><col class="c-l1"><col class="c-l2"><col><col class="c-value"></colgroup><tbody>` +
    `<tr>${s.text('项目名称', { path: p.path, node: p.node, th: true, cls: 'label' })}` +
    s.text(p.name?.text, { path: p.name?.path, node: p.name?.node, colspan: 4 }) +
    `</tr><tr>${label('主管部门及代码')}` +
    s.text([code?.text, dept?.text].filter(Boolean).join('_'), { path: dept?.path, node: dept?.node }) +
    `${label('实施单位')}` +
    s.text(
      unitLabel(
        draft,
        p.unit?.text ?? (draft.header.units.length === 1 ? draft.header.units[0].name?.text : ''),
      ),
      {
        path: p.unit?.path,
        node: p.unit?.node,
        colspan: 2,
      },
    ) +
    `</tr><tr>${label(`项目资金（${unit}）`, 3)}${label('年度预算资金总额')}` +
    s.text(money(amount), { path: p.amount?.path, node: p.amount?.node, cls: 'num', colspan: 3 }) +
    `</tr><tr>${label('其中：财政拨款')}` +
    s.text(money(fiscal), { path: fundingPath, node: p.fundingNode, cls: 'num', colspan: 3 }) +
    `</tr><tr>${label('其他资金')}` +
    s.text(money(other), { node: p.fundingNode, cls: 'num', colspan: 3 }) +
    `</tr><tr>${label('总体目标')}` +
    // A 总体目标 pasted with the budget system's markup (`<p>…</p>`) is shown as its plain text;
    // findings then mark the cell rather than the words, whose offsets the markup would shift.
    (p.goal && plainProse(p.goal.text) !== p.goal.text
      ? s.text(plainProse(p.goal.text), { path: p.goal.path, node: p.goal.node, colspan: 4, cls: 'goal' })
      : p.goal
        ? s.html(markedText(s, draft, proseText(p.goal.node, p.goal.text, p.goal.path), findings, refs), {
            path: p.goal.path,
            node: p.goal.node,
            colspan: 4,
            cls: 'goal',
          })
        : s.text(undefined, { colspan: 4, cls: 'goal' })) +
    `</tr><tr>` +
    s.text('绩效指标', {
      path: p.indicators?.path,
      node: p.indicators?.keyNode ?? p.indicators?.node,
      th: true,
      cls: 'label',
      rowspan: rows.length + 1,
    }) +
    `<th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>` +
    rows.map((r) => `<tr>${r}</tr>`).join('') +
    `</tbody></table>`
  );
}

/** One HTML row body per 三级指标 (or per empty 二级), with rowspans on the first row of a group. */
function indicatorRows(s: Sheet, tree: IndicatorTree | undefined): string[] {
  if (!tree) return [];
  const out: string[] = [];
  for (const l1 of tree.level1) {
    const l1Rows = l1.level2.reduce((n, l2) => n + Math.max(1, l2.indicators.length), 0) || 1;
    let first1 = true;
    const l1Cell = () =>
      first1 ? s.text(l1.name, { path: l1.path, node: l1.keyNode, rowspan: l1Rows }) : '';
    if (!l1.level2.length) {
      out.push(l1Cell() + `<td></td><td></td><td></td>`);
      continue;
    }
    for (const l2 of l1.level2) {
      const n = Math.max(1, l2.indicators.length);
      const l2Cell = s.text(l2.name, { path: l2.path, node: l2.keyNode, rowspan: n });
      if (!l2.indicators.length) {
        out.push(l1Cell() + l2Cell + `<td></td><td></td>`);
        first1 = false;
        continue;
      }
      l2.indicators.forEach((ind, i) => {
        // When the indicator is a plain scalar its path is its value's path: the value cell takes
        // the findings, and the name cell only links to the key.
        const namePath = ind.path === ind.valuePath ? undefined : ind.path;
        out.push(
          l1Cell() +
            (i === 0 ? l2Cell : '') +
            s.text(ind.name, { path: namePath, node: ind.keyNode }) +
            s.text(ind.text, { path: ind.valuePath, node: ind.valueNode ?? ind.node }),
        );
        first1 = false;
      });
    }
  }
  return out;
}
