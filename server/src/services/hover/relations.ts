import type { Amount, Draft, EconColumn, FuncColumn, TableRow } from '../../engine/model/types';
import { econCell, econChildren } from '../../engine/rules/tables/sum-mismatch';
import { FuncTree } from '../../engine/tables/funcTree';
import { derived, fromAmount, funcCell, type CellValue } from '../../engine/tables/values';
import type { Written } from '../../engine/util/tolerance';
import { inside } from './markdown';

/**
 * The sums the draft states: a written total and the parts it should add up from. Which parts
 * belong to which total follows the rules that check them (sum-mismatch, detail-sum-mismatch,
 * funding-sum-mismatch), using the engine's own cell and tree logic, so a hover never explains a
 * sum the checker does not make.
 */
export interface Part {
  label: string;
  /** Undefined when the part has no readable amount: then the sum cannot be computed. */
  value?: Written;
  /** Computed from other cells rather than written in this row. */
  derived?: boolean;
  node?: { start: number; end: number };
}

export interface Relation {
  title: string;
  partsLabel: string;
  total: Amount;
  parts: Part[];
}

function part(label: string, a: Amount | undefined): Part {
  return { label, value: a ? fromAmount(a) : undefined, node: a?.node };
}

function cellPart(label: string, cell: CellValue | undefined, node?: Amount): Part {
  return {
    label,
    value: cell,
    derived: !!cell && !cell.written,
    node: cell?.written ? node?.node : undefined,
  };
}

function rowName(row: TableRow<string>): string {
  return row.subject
    ? `${row.subject.code}${row.subject.name ? ' ' + row.subject.name : ''}`
    : `第${row.index + 1}行`;
}

function projectRelations(draft: Draft): Relation[] {
  const out: Relation[] = [];
  for (const p of draft.projects) {
    if (!p.amount) continue;
    const name = p.name?.text ? `项目“${p.name.text}”` : `第${p.index + 1}个项目`;
    if (p.details.length)
      out.push({
        title: `${name}的金额`,
        partsLabel: '各条明细金额之和',
        total: p.amount,
        parts: p.details.map((d) =>
          part(d.content?.text ?? d.activity?.text ?? `第${d.index + 1}条明细`, d.amount),
        ),
      });
    if (p.funding.length && p.fundingNode)
      out.push({
        title: `${name}的金额`,
        partsLabel: '各项资金来源之和',
        total: p.amount,
        parts: p.funding.map((f) => part(f.key, f.amount)),
      });
  }
  return out;
}

function funcRelations(draft: Draft): Relation[] {
  const out: Relation[] = [];
  const tree = new FuncTree(draft.funcRows);
  for (const row of draft.funcRows) {
    const name = rowName(row);
    const { 人员经费: p, 公用经费: g, 基本支出: b, 项目支出: x, 合计: t } = row.cols;
    if (b && (p || g))
      out.push({
        title: `“${name}”的基本支出`,
        partsLabel: '人员经费 + 公用经费',
        total: b,
        parts: [part('人员经费', p), part('公用经费', g)].filter((q) => q.value),
      });
    if (t && (p || g || b || x))
      out.push({
        title: `“${name}”的合计`,
        partsLabel: '基本支出 + 项目支出',
        total: t,
        parts: [
          cellPart('基本支出', funcCell(row, '基本支出') ?? derived([]), b),
          cellPart('项目支出', x ? fromAmount(x) : derived([]), x),
        ],
      });
    const code = row.subject?.code;
    if (!code || code.length >= 7 || !tree.children(code).length) continue;
    const level = code.length === 3 ? '各款' : '各项';
    for (const c of Object.keys(row.cols) as FuncColumn[]) {
      const kids = tree.children(code);
      out.push({
        title: `“${name}”的${c}`,
        partsLabel: `其下${level}${c}之和`,
        total: row.cols[c]!,
        parts: kids.map((k) => {
          const rows = tree.byCode.get(k);
          const kidName = rows?.find((r) => r.subject?.name)?.subject?.name;
          return cellPart(`${k}${kidName ? ' ' + kidName : ''}`, tree.value(k, c), rows?.[0]?.cols[c]);
        }),
      });
    }
  }
  return out;
}

function econRelations(draft: Draft): Relation[] {
  const out: Relation[] = [];
  const rows = draft.econRows;
  for (const row of rows) {
    const name = rowName(row);
    const { 人员经费: p, 公用经费: g, 合计: t } = row.cols;
    if (t && (p || g))
      out.push({
        title: `“${name}”的合计`,
        partsLabel: '人员经费 + 公用经费',
        total: t,
        parts: [part('人员经费', p), part('公用经费', g)].filter((q) => q.value),
      });
    const kids = econChildren(rows, row);
    if (!kids.length) continue;
    const gov = row.gov?.code;
    for (const c of Object.keys(row.cols) as EconColumn[]) {
      out.push({
        title: `“${name}${gov ? ' / ' + gov : ''}”的${c}`,
        partsLabel: `其下各款${c}之和`,
        total: row.cols[c]!,
        parts: kids.map((k) =>
          cellPart(`${rowName(k)}${k.gov ? ' / ' + k.gov.code : ''}`, econCell(k, c), k.cols[c]),
        ),
      });
    }
  }
  return out;
}

const CAR_PARTS = ['公务用车购置费', '公务用车运行维护费'];
const CAR_SUBTOTAL = '公务用车购置及运行维护费';

function sangongRelations(draft: Draft): Relation[] {
  const out: Relation[] = [];
  for (const [label, year] of [
    ['本年', draft.sangong?.current],
    ['上年', draft.sangong?.previous],
  ] as const) {
    if (!year) continue;
    const cols = year.cols;
    const hasCarParts = CAR_PARTS.some((k) => cols[k]);
    if (cols[CAR_SUBTOTAL] && hasCarParts)
      out.push({
        title: `三公经费${label}的${CAR_SUBTOTAL}`,
        partsLabel: '购置费 + 运行维护费',
        total: cols[CAR_SUBTOTAL],
        parts: CAR_PARTS.filter((k) => cols[k]).map((k) => part(k, cols[k])),
      });
    const keys = Object.keys(cols).filter((k) => k !== '合计' && !(k === CAR_SUBTOTAL && hasCarParts));
    if (cols['合计'] && keys.length)
      out.push({
        title: `三公经费${label}合计`,
        partsLabel: '各项之和',
        total: cols['合计'],
        parts: keys.map((k) => part(k, cols[k])),
      });
  }
  return out;
}

function incomeRelations(draft: Draft): Relation[] {
  const inc = draft.income;
  if (!inc?.total || !inc.entries.length) return [];
  return [
    {
      title: '收入合计',
      partsLabel: '各项收入之和',
      total: inc.total,
      parts: inc.entries.map((e) => part(e.key, e.amount)),
    },
  ];
}

/** The sums that involve the amount under the cursor, the ones it is the total of first. */
export function relationsAt(draft: Draft, offset: number): { relation: Relation; asTotal: boolean }[] {
  const near = (n: { start: number; end: number } | undefined) => inside(n, offset);
  let candidates: Relation[] = [];
  if (draft.projects.some((p) => near(p.node))) candidates = projectRelations(draft);
  else if (near(draft.funcNode)) candidates = funcRelations(draft);
  else if (near(draft.econNode)) candidates = econRelations(draft);
  else if (near(draft.sangong?.node)) candidates = sangongRelations(draft);
  else if (near(draft.income?.node)) candidates = incomeRelations(draft);
  const out: { relation: Relation; asTotal: boolean }[] = [];
  for (const relation of candidates) {
    if (near(relation.total.node)) out.push({ relation, asTotal: true });
    else if (relation.parts.some((q) => near(q.node))) out.push({ relation, asTotal: false });
  }
  return out.sort((a, b) => Number(b.asTotal) - Number(a.asTotal));
}
