import type { Draft, Project } from '../engine/model/types';
import { esc, money } from './html';
import type { Sheet } from './sheet';
import { fiscalOf } from './tables';

/** A header cell of the 申报表's first column. */
export function label(t: string, rowspan = 1): string {
  return `<th class="label"${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>${esc(t)}</th>`;
}

/** 项目期限 as the 申报表 prints it: `2026年`, `2026年—2028年`; empty when 期限 is not written. */
export function periodRow(s: Sheet, p: Project, cols: number): string {
  const period = p.period;
  if (!period) return '';
  const start = period.start?.text;
  const end = period.end?.text;
  const text =
    start && end
      ? start === end
        ? `${start}年`
        : `${start}年—${end}年`
      : start
        ? `${start}年起`
        : end
          ? `至${end}年`
          : '';
  return (
    `<tr>${label('项目期限')}` +
    s.text(text, { path: period.path, node: period.node, colspan: cols - 1 }) +
    `</tr>`
  );
}

/**
 * 项目资金: the 年度 amount and its parts, and when 总预算 is written the 中长期 (cross-year) total
 * — which is never the sum of the rows above it.
 */
export function fundingRows(s: Sheet, draft: Draft, p: Project, cols: number): string {
  const unit = draft.header.moneyUnit;
  const amount = p.amount?.value;
  const fiscal = fiscalOf(p);
  const other = amount ? amount.minus(fiscal) : undefined;
  const fundingPath = p.fundingNode ? `${p.path}.资金来源` : undefined;
  const span = cols - 2;
  const total = p.totalBudget;
  return (
    `<tr>${label(`项目资金（${unit}）`, total ? 4 : 3)}${label('年度预算资金总额')}` +
    s.text(money(amount), { path: p.amount?.path, node: p.amount?.node, cls: 'num', colspan: span }) +
    `</tr><tr>${label('其中：财政拨款')}` +
    s.text(money(fiscal), { path: fundingPath, node: p.fundingNode, cls: 'num', colspan: span }) +
    `</tr><tr>${label('其他资金')}` +
    s.text(money(other), { node: p.fundingNode, cls: 'num', colspan: span }) +
    (total
      ? `</tr><tr>${label('中长期资金总额')}` +
        s.text(money(total.value), { path: total.path, node: total.node, cls: 'num', colspan: span })
      : '') +
    `</tr>`
  );
}

/** 项目支出明细测算: one row per 明细 line (名称/内容 | 测算依据 | 金额); empty without 明细. */
export function detailRows(s: Sheet, draft: Draft, p: Project, cols: number): string {
  if (!p.details.length) return '';
  const rows = p.details.map((d) => {
    const activity = d.activity?.text;
    const content = d.content?.text;
    // The 活动 names the group a line belongs to; printed before its 内容 when it says more.
    const name =
      activity && content && activity !== content ? `${activity}：${content}` : (content ?? activity);
    return (
      `<tr>` +
      s.text(name, { path: d.path, node: d.node, colspan: 2 }) +
      s.text(d.formula?.text, { path: d.formula?.path, node: d.formula?.node, colspan: cols - 4 }) +
      s.text(money(d.amount?.value), { path: d.amount?.path, node: d.amount?.node, cls: 'num' }) +
      `</tr>`
    );
  });
  const span = cols - 4;
  return (
    `<tr>` +
    s.text('项目支出明细测算', {
      path: `${p.path}.明细`,
      node: p.detailsNode,
      th: true,
      cls: 'label',
      rowspan: rows.length + 1,
    }) +
    `<th colspan="2">名称/内容</th><th${span > 1 ? ` colspan="${span}"` : ''}>测算依据</th>` +
    `<th>金额（${esc(draft.header.moneyUnit)}）</th></tr>` +
    rows.join('')
  );
}
