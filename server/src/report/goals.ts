import type { Finding } from '../engine/findings';
import { proseText } from '../engine/model/proseText';
import type { Draft, Project } from '../engine/model/types';
import { markedText, proseText as plainProse } from './prose';
import { esc } from './html';
import { indicatorRows } from './indicatorRows';
import { detailRows, fundingRows, label, periodRow } from './projectHead';
import type { Sheet } from './sheet';
import { unitLabel } from './tables';

/**
 * A project's 绩效目标表 laid out as the published 项目支出绩效目标申报表: the header block (项目名称,
 * 主管部门及代码, 实施单位, 项目期限, 项目资金 with its 中长期 total, 总体目标 — 中长期 | 年度
 * when 长期目标 is written —, 项目支出明细测算), then one row per 三级指标 with its 一级 and 二级
 * spanning their rows, and a 中长期指标值 beside the 年度 one when 长期目标 has indicators. What
 * a draft does not write adds no row, so a plain draft prints the 绩效目标表 it always did.
 */
export function goalsTable(
  s: Sheet,
  draft: Draft,
  p: Project,
  findings: Finding[] = [],
  refs: Map<Finding, number> = new Map(),
): string {
  const dept = draft.header.department;
  const code = draft.header.deptCode;
  const longTree = p.longTerm?.indicators?.level1.length ? p.longTerm.indicators : undefined;
  // A 中长期指标值 column beside the 年度 one when 长期目标 has indicators.
  const cols = longTree ? 6 : 5;
  const rows = indicatorRows(s, p.indicators, longTree);
  return (
    `<h3 id="p${p.index}">项目支出绩效目标表：${esc(p.name?.text ?? `第${p.index + 1}个项目`)}</h3>` +
    `<table class="goals"><colgroup><col class="c-label"><col class="c-l1"><col class="c-l2"><col>` +
    (longTree ? `<col class="c-value2"><col class="c-value2">` : `<col class="c-value">`) +
    `</colgroup><tbody>` +
    `<tr>${s.text('项目名称', { path: p.path, node: p.node, th: true, cls: 'label' })}` +
    s.text(p.name?.text, { path: p.name?.path, node: p.name?.node, colspan: cols - 1 }) +
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
        colspan: cols - 3,
      },
    ) +
    `</tr>` +
    periodRow(s, p, cols) +
    fundingRows(s, draft, p, cols) +
    goalRows(s, draft, p, cols, findings, refs) +
    // After 总体目标: its amounts lead into the indicators (成本指标), and an importer reading the
    // printed page finds a wrapped 总体目标 where it always was, right below 项目资金.
    detailRows(s, draft, p, cols) +
    `<tr>` +
    s.text('绩效指标', {
      path: p.indicators?.path,
      node: p.indicators?.keyNode ?? p.indicators?.node,
      th: true,
      cls: 'label',
      rowspan: rows.length + 1,
    }) +
    `<th>一级指标</th><th>二级指标</th><th>三级指标</th>` +
    (longTree ? `<th>年度指标值</th><th>中长期指标值</th>` : `<th>指标值</th>`) +
    `</tr>` +
    rows.map((r) => `<tr>${r}</tr>`).join('') +
    `</tbody></table>`
  );
}

/**
 * 总体目标: one cell, or — when 长期目标 is written — the 申报表's two columns 中长期目标 | 年度目标.
 */
function goalRows(
  s: Sheet,
  draft: Draft,
  p: Project,
  cols: number,
  findings: Finding[],
  refs: Map<Finding, number>,
): string {
  const long = p.longTerm;
  const annualSpan = long ? cols - 3 : cols - 1;
  // A 总体目标 pasted with the budget system's markup (`<p>…</p>`) is shown as its plain text;
  // findings then mark the cell rather than the words, whose offsets the markup would shift.
  const annual =
    p.goal && plainProse(p.goal.text) !== p.goal.text
      ? s.text(plainProse(p.goal.text), {
          path: p.goal.path,
          node: p.goal.node,
          colspan: annualSpan,
          cls: 'goal',
        })
      : p.goal
        ? s.html(markedText(s, draft, proseText(p.goal.node, p.goal.text, p.goal.path), findings, refs), {
            path: p.goal.path,
            node: p.goal.node,
            colspan: annualSpan,
            cls: 'goal',
          })
        : s.text(undefined, { colspan: annualSpan, cls: 'goal' });
  if (!long) return `<tr>${label('总体目标')}${annual}</tr>`;
  const text = long.text;
  return (
    `<tr>${label('总体目标', 2)}<th colspan="2">中长期目标</th>` +
    `<th${annualSpan > 1 ? ` colspan="${annualSpan}"` : ''}>年度目标</th></tr><tr>` +
    s.text(text ? plainProse(text.text) : undefined, {
      path: text?.path ?? long.path,
      node: text?.node ?? long.node,
      colspan: 2,
      cls: 'goal',
    }) +
    annual +
    `</tr>`
  );
}
