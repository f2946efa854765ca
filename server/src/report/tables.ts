import Decimal from 'decimal.js';
import type { Amount, CodeRef, Draft, FuncColumn, TableRow } from '../engine/model/types';
import { deriveTables, type PublishedTable } from '../engine/tables/derive';
import { FuncTree } from '../engine/tables/funcTree';
import { funcCell } from '../engine/tables/values';
import { esc, money } from './html';
import type { Sheet } from './sheet';

/** A section heading with its anchor and the unit line the published tables carry. */
export function heading(id: string, name: string, unit?: string): string {
  return `<h2 id="${id}">${esc(name)}</h2>` + (unit ? `<div class="unit">单位：${esc(unit)}</div>` : '');
}

function head(cols: string[]): string {
  return `<thead><tr>${cols.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>`;
}

function amountCell(s: Sheet, a: Amount | undefined, extra: { path?: string; cls?: string } = {}): string {
  return s.text(money(a?.value), {
    path: a?.path ?? extra.path,
    node: a?.node,
    cls: `num ${extra.cls ?? ''}`.trim(),
  });
}

function codeCells(s: Sheet, ref: CodeRef | undefined, level = false): string {
  const depth = ref && level ? ` l${Math.max(1, Math.min(3, (ref.code.length - 1) >> 1))}` : '';
  return (
    s.text(ref?.code, { path: ref?.path, node: ref?.node, cls: 'code' }) +
    s.text(ref?.name, { path: ref?.path, node: ref?.node, cls: depth.trim() })
  );
}

/** A 预算单位 as written (a code or a name), shown with its name from the file's 预算单位 list. */
export function unitLabel(draft: Draft, written: string | undefined): string {
  if (!written) return '';
  const u = draft.header.units.find((x) => x.code?.text === written || x.name?.text === written);
  const name = u?.name?.text;
  return name && name !== written ? `${written} ${name}` : written;
}

const FISCAL = ['一般公共预算', '政府性基金预算', '国有资本经营预算', '上年结转'];

/** 财政拨款 of a project: its fiscal 资金来源, or the whole amount when none is written (FORMAT.md). */
export function fiscalOf(p: Draft['projects'][number]): Decimal {
  const amount = p.amount?.value ?? new Decimal(0);
  if (!p.funding.length) return amount;
  return p.funding
    .filter((f) => FISCAL.includes(f.key))
    .reduce((sum, f) => (f.amount ? sum.plus(f.amount.value) : sum), new Decimal(0));
}

/** 项目支出表: one row per project, every written cell pointing at its source. */
export function projectTable(s: Sheet, draft: Draft): string {
  if (!draft.projects.length) return '';
  let total = new Decimal(0);
  let fiscalTotal = new Decimal(0);
  const rows = draft.projects.map((p) => {
    const amount = p.amount?.value ?? new Decimal(0);
    const fiscal = fiscalOf(p);
    total = total.plus(amount);
    fiscalTotal = fiscalTotal.plus(fiscal);
    const fundingPath = p.fundingNode ? `${p.path}.资金来源` : undefined;
    return (
      `<tr>` +
      s.text(p.name?.text, { path: p.name?.path, node: p.name?.node ?? p.node }) +
      s.text(unitLabel(draft, p.unit?.text), { path: p.unit?.path, node: p.unit?.node }) +
      s.text(p.func ? `${p.func.code} ${p.func.name ?? ''}`.trim() : '', {
        path: p.func?.path,
        node: p.func?.node,
      }) +
      s.text(p.category?.text, { path: p.category?.path, node: p.category?.node }) +
      amountCell(s, p.amount) +
      s.text(money(fiscal), { path: fundingPath, node: p.fundingNode, cls: 'num' }) +
      s.text(money(amount.minus(fiscal)), { node: p.fundingNode, cls: 'num' }) +
      `</tr>`
    );
  });
  return (
    heading('t-projects', '项目支出表', draft.header.moneyUnit) +
    `<table class="projects">${head(['项目名称', '预算单位', '功能科目', '项目类别', '合计', '财政拨款', '其他资金'])}<tbody>` +
    `<tr class="total"><th colspan="4">合计</th><td class="num">${money(total)}</td>` +
    `<td class="num">${money(fiscalTotal)}</td><td class="num">${money(total.minus(fiscalTotal))}</td></tr>` +
    rows.join('') +
    `</tbody></table>`
  );
}

const FUNC_ORDER: FuncColumn[] = ['合计', '基本支出', '人员经费', '公用经费', '项目支出'];

/** 一般公共预算支出表 by 支出功能分类, as written: a value not written but implied is shown in italics. */
export function funcTable(s: Sheet, draft: Draft): string {
  if (!draft.funcRows.length) return '';
  const tree = new FuncTree(draft.funcRows);
  const totals = FUNC_ORDER.map((c) => `<td class="num">${money(tree.total(c)?.value)}</td>`).join('');
  const rows = draft.funcRows.map((r: TableRow<FuncColumn>) => {
    const cells = FUNC_ORDER.map((c) => {
      const w = r.cols[c];
      if (w) return amountCell(s, w);
      const v = funcCell(r, c);
      return s.text(money(v?.value), { path: `${r.path}.${c}`, node: r.node, cls: 'num derived' });
    }).join('');
    return `<tr>${codeCells(s, r.subject, true)}${cells}</tr>`;
  });
  return (
    heading('t-func', '一般公共预算支出表（支出功能分类）', draft.header.moneyUnit) +
    `<table class="func">${head(['科目编码', '科目名称', ...FUNC_ORDER.map((c) => (c === '基本支出' ? '基本支出小计' : c))])}<tbody>` +
    `<tr class="total"><th colspan="2">合计</th>${totals}</tr>${rows.join('')}</tbody></table>`
  );
}

/** 基本支出表 by 经济分类, with the 政府经济科目 each 部门经济科目 maps to. */
export function econTable(s: Sheet, draft: Draft): string {
  if (!draft.econRows.length) return '';
  const rows = draft.econRows.map(
    (r) =>
      `<tr>${codeCells(s, r.subject, true)}${codeCells(s, r.gov)}` +
      s.text(unitLabel(draft, r.unit?.text), { path: r.unit?.path, node: r.unit?.node }) +
      amountCell(s, r.cols['合计']) +
      amountCell(s, r.cols['人员经费']) +
      amountCell(s, r.cols['公用经费']) +
      `</tr>`,
  );
  return (
    heading('t-econ', '一般公共预算基本支出表（经济分类）', draft.header.moneyUnit) +
    `<table class="econ">${head(['部门经济科目编码', '科目名称', '政府经济科目编码', '科目名称', '预算单位', '合计', '人员经费', '公用经费'])}` +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

const SANGONG = [
  '合计',
  '因公出国境费',
  '公务接待费',
  '公务用车购置及运行维护费',
  '公务用车购置费',
  '公务用车运行维护费',
];
const SANGONG_HEAD = [
  '合计',
  '因公出国（境）费',
  '公务接待费',
  '公务用车购置及运行维护费',
  '其中：公务用车购置费',
  '公务用车运行维护费',
];

/** “三公”经费支出表: a blank cell is a cell not written (the published tables leave zeros blank). */
export function sangongTable(s: Sheet, draft: Draft): string {
  const sg = draft.sangong;
  if (!sg) return '';
  const years = (
    [
      ['上年预算数', sg.previous],
      ['本年预算数', sg.current],
    ] as const
  ).filter(([, y]) => y);
  // A 合计 left blank is shown as `jixiao tables` derives it, marked as computed.
  const derived = deriveTables(draft).find((t) => t.name === '三公经费表');
  const derivedTotal = (label: string) => {
    const row = derived?.rows.find((r) => r[0] === label.slice(0, 2));
    return row?.[derived!.columns.indexOf('合计')] ?? '';
  };
  const rows = years.map(
    ([label, y]) =>
      `<tr>${s.text(label, { path: y!.path, node: y!.node, th: true })}` +
      SANGONG.map((k) =>
        k === '合计' && !y!.cols[k] && derivedTotal(label)
          ? `<td class="num derived" title="未填写，由各项相加">${esc(derivedTotal(label))}</td>`
          : amountCell(s, y!.cols[k], { path: `${y!.path}.${k}` }),
      ).join('') +
      `</tr>`,
  );
  return (
    heading('t-sangong', '“三公”经费支出表', draft.header.moneyUnit) +
    `<table class="sangong">${head(['', ...SANGONG_HEAD])}<tbody>${rows.join('')}</tbody></table>`
  );
}

/** 收入总表 from 收入, each source pointing at its line. */
export function incomeTable(s: Sheet, draft: Draft): string {
  const inc = draft.income;
  if (!inc) return '';
  const rows = inc.entries.map(
    (e) => `<tr>${s.text(e.key, { path: e.amount?.path, node: e.keyNode })}${amountCell(s, e.amount)}</tr>`,
  );
  const total = inc.total;
  return (
    heading('t-income', '收入总表', draft.header.moneyUnit) +
    `<table class="income">${head(['收入来源', '金额'])}<tbody>${rows.join('')}` +
    (total ? `<tr class="total"><th>合计</th>${amountCell(s, total)}</tr>` : '') +
    `</tbody></table>`
  );
}

/** 政府采购预算表, line by line. */
export function procurementTable(s: Sheet, draft: Draft): string {
  const lines = draft.projects.flatMap((p) => p.procurement.map((l) => ({ p, l })));
  if (!lines.length) return '';
  const rows = lines.map(
    ({ p, l }) =>
      `<tr>${s.text(p.name?.text, { node: p.name?.node ?? p.node })}` +
      s.text(l.itemText?.text ?? (l.item ? `${l.item.code} ${l.item.name ?? ''}` : ''), {
        path: l.itemText?.path ?? l.item?.path,
        node: l.itemText?.node ?? l.item?.node ?? l.node,
      }) +
      s.text(l.quantity?.text, { path: l.quantity?.path, node: l.quantity?.node, cls: 'num' }) +
      s.text(l.unitName?.text, { path: l.unitName?.path, node: l.unitName?.node }) +
      amountCell(s, l.price) +
      amountCell(s, l.amount) +
      `</tr>`,
  );
  return (
    heading('t-procurement', '政府采购预算表', draft.header.moneyUnit) +
    `<table class="procurement">${head(['项目名称', '采购品目', '数量', '计量单位', '单价', '金额'])}<tbody>${rows.join('')}</tbody></table>`
  );
}

/** The derived summary tables (computed from the draft, not written in it): no source cells. */
export function derivedTables(draft: Draft): string {
  const wanted = ['收支总表', '支出总表', '财政拨款收支总表'];
  return deriveTables(draft)
    .filter((t) => wanted.includes(t.name) && t.rows.length)
    .map((t, i) => plainTable(t, `t-derived-${i}`, draft.header.moneyUnit))
    .join('');
}

function plainTable(t: PublishedTable, id: string, unit: string): string {
  const rows = t.rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td${/^-?\d+(\.\d+)?$/.test(c) ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return (
    heading(id, t.name, unit) +
    `<table class="derived-table">${head(t.columns)}<tbody>${rows}</tbody></table>`
  );
}
