import Decimal from 'decimal.js';
import type { Finding } from '../engine/findings';
import type { Draft } from '../engine/model/types';
import { FuncTree } from '../engine/tables/funcTree';
import { esc } from './html';

function stat(label: string, value: string, cls = ''): string {
  return `<div class="stat"><b class="${cls}">${esc(value)}</b><span>${esc(label)}</span></div>`;
}

/** The strip at the top: what a reviewer wants at a glance before reading the tables. */
export function summary(draft: Draft, findings: Finding[]): string {
  const unit = draft.header.moneyUnit;
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const openReviews = draft.allReviews.filter((r) => r.status?.text === '待修改').length;
  const projects = draft.projects.reduce((s, p) => (p.amount ? s.plus(p.amount.value) : s), new Decimal(0));
  const spending = new FuncTree(draft.funcRows).total('合计');
  return (
    `<section class="summary" id="summary">` +
    stat('个项目', String(draft.projects.length)) +
    stat(`项目支出（${unit}）`, projects.toFixed(2)) +
    (spending ? stat(`支出合计（${unit}）`, spending.value.toFixed(2)) : '') +
    stat('错误', String(count('error')), count('error') ? 'sev-error' : '') +
    stat('警告', String(count('warning')), count('warning') ? 'sev-warning' : '') +
    stat('提示', String(count('info') + count('hint'))) +
    stat('待修改审核意见', String(openReviews), openReviews ? 'sev-warning' : '') +
    byClass(draft) +
    `</section>`
  );
}

const ROW = 22;
const LABEL = 230;
const BAR = 300;

/** Expenditure by 功能分类 类, as an SVG bar chart: sized by attributes, coloured by the stylesheet. */
export function byClass(draft: Draft): string {
  const tree = new FuncTree(draft.funcRows);
  const rows = tree.roots().map((c) => ({
    label: `${c} ${tree.byCode.get(c)?.find((r) => r.subject?.name)?.subject?.name ?? ''}`.trim(),
    v: tree.value(c, '合计')?.value,
  }));
  const max = rows.reduce((m, r) => (r.v && r.v.gt(m) ? r.v : m), new Decimal(0));
  if (!rows.length || max.isZero()) return '';
  const h = rows.length * ROW;
  const bars = rows
    .map((r, i) => {
      const y = i * ROW;
      const w = r.v && r.v.gt(0) ? Math.max(1, Number(r.v.div(max).times(BAR).toFixed(0))) : 0;
      const value = r.v ? r.v.toFixed(2) : '—';
      return (
        `<g><title>${esc(`${r.label}：${value}${draft.header.moneyUnit}`)}</title>` +
        `<text x="0" y="${y + 15}">${esc(r.label)}</text>` +
        `<rect x="${LABEL}" y="${y + 4}" width="${w}" height="${ROW - 8}"></rect>` +
        `<text class="v" x="${LABEL + w + 6}" y="${y + 15}">${esc(value)}</text></g>`
      );
    })
    .join('');
  return (
    `<figure class="chart"><h2>按支出功能分类（类）的支出（${esc(draft.header.moneyUnit)}）</h2>` +
    `<svg viewBox="0 0 ${LABEL + BAR + 90} ${h}" width="${LABEL + BAR + 90}" height="${h}" role="img" aria-label="按支出功能分类的支出">${bars}</svg></figure>`
  );
}
