import type { Tolerance } from '../config';
import type { Amount, Draft, EconColumn, FuncColumn, Project, TableRow } from '../model/types';
import { fmtMoney } from '../util/money';
import { checkSum, ROUNDING_HINT, type SumCheck, type Written } from '../util/tolerance';
import { FuncTree } from './funcTree';
import { derived, fromAmount, funcCell, type CellValue } from './values';

/**
 * The one model of which written totals add up from which parts. The sum rules (sum-mismatch,
 * detail-sum-mismatch, funding-sum-mismatch) check these relations and the hover explains them,
 * so a hover never shows a sum the checker does not make, nor the other way round.
 */
export type RelationKind =
  | 'details'
  | 'funding'
  | 'func-basic'
  | 'func-total'
  | 'func-children'
  | 'econ-total'
  | 'econ-children'
  | 'sangong-car'
  | 'sangong-total'
  | 'income-total';

export interface RelationPart {
  label: string;
  /** Undefined when the part has no readable amount: then the sum cannot be decided. */
  value?: Written;
  /** Computed from other cells rather than written in this row. */
  derived?: boolean;
  node?: { start: number; end: number };
}

export interface Relation {
  kind: RelationKind;
  /** What the total is: `“208 社会保障和就业支出”的合计`. */
  title: string;
  /** The parts in a sentence: `人员经费与公用经费之和`. */
  partsLabel: string;
  /** The parts as a formula: `人员经费 + 公用经费`. */
  formula: string;
  total: Amount;
  parts: RelationPart[];
}

function part(label: string, a: Amount | undefined): RelationPart {
  return { label, value: a ? fromAmount(a) : undefined, node: a?.node };
}

function cellPart(label: string, cell: CellValue | undefined, node?: Amount): RelationPart {
  return {
    label,
    value: cell,
    derived: !!cell && !cell.written,
    node: cell?.written ? node?.node : undefined,
  };
}

export function rowName(row: TableRow<string>): string {
  return row.subject
    ? `${row.subject.code}${row.subject.name ? ' ' + row.subject.name : ''}`
    : `第${row.index + 1}行`;
}

export function projectName(p: Project): string {
  return p.name?.text ? `项目“${p.name.text}”` : `第${p.index + 1}个项目`;
}

/** A project's 金额 against its 明细 and against its 资金来源. */
export function projectRelations(p: Project): Relation[] {
  if (!p.amount) return [];
  const out: Relation[] = [];
  const title = `${projectName(p)}的金额`;
  if (p.details.length)
    out.push({
      kind: 'details',
      title,
      partsLabel: '各条明细金额之和',
      formula: '各条明细金额之和',
      total: p.amount,
      parts: p.details.map((d) =>
        part(d.content?.text ?? d.activity?.text ?? `第${d.index + 1}条明细`, d.amount),
      ),
    });
  if (p.funding.length && p.fundingNode)
    out.push({
      kind: 'funding',
      title,
      partsLabel: '各项资金来源之和',
      formula: '各项资金来源之和',
      total: p.amount,
      parts: p.funding.map((f) => part(f.key, f.amount)),
    });
  return out;
}

const BASIC = { partsLabel: '人员经费与公用经费之和', formula: '人员经费 + 公用经费' };

export function funcRelations(draft: Draft): Relation[] {
  const out: Relation[] = [];
  const tree = new FuncTree(draft.funcRows);
  for (const row of draft.funcRows) {
    const name = rowName(row);
    const { 人员经费: p, 公用经费: g, 基本支出: b, 项目支出: x, 合计: t } = row.cols;
    if (b && (p || g))
      out.push({
        kind: 'func-basic',
        title: `“${name}”的基本支出`,
        ...BASIC,
        total: b,
        parts: [part('人员经费', p), part('公用经费', g)].filter((q) => q.value),
      });
    if (t && (p || g || b || x))
      out.push({
        kind: 'func-total',
        title: `“${name}”的合计`,
        partsLabel: '基本支出与项目支出之和',
        formula: '基本支出 + 项目支出',
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
      const label = `其下${level}${c}之和`;
      out.push({
        kind: 'func-children',
        title: `“${name}”的${c}`,
        partsLabel: label,
        formula: label,
        total: row.cols[c]!,
        parts: tree.children(code).map((k) => {
          const rows = tree.byCode.get(k);
          const kidName = rows?.find((r) => r.subject?.name)?.subject?.name;
          return cellPart(`${k}${kidName ? ' ' + kidName : ''}`, tree.value(k, c), rows?.[0]?.cols[c]);
        }),
      });
    }
  }
  return out;
}

/**
 * The 款 rows a 类 row of the economic table adds up from: its own 款, within its 政府科目 类
 * when the row names one (a 类 may appear once per 政府科目). Empty for any other row.
 */
export function econChildren(
  rows: TableRow<EconColumn>[],
  row: TableRow<EconColumn>,
): TableRow<EconColumn>[] {
  const code = row.subject?.code;
  if (!code || code.length !== 3) return [];
  const gov = row.gov?.code;
  return rows.filter(
    (k) =>
      k.subject?.code.length === 5 &&
      k.subject.code.startsWith(code) &&
      (!gov || gov.length !== 3 || k.gov?.code.startsWith(gov)),
  );
}

/** A cell of the economic table, written or derived (合计 from 人员经费 + 公用经费). */
export function econCell(row: TableRow<EconColumn>, c: EconColumn): CellValue | undefined {
  const w = row.cols[c];
  if (w) return fromAmount(w);
  const p = row.cols['人员经费'];
  const g = row.cols['公用经费'];
  if (c === '合计')
    return p || g ? derived([p, g].filter((a): a is Amount => !!a).map(fromAmount)) : undefined;
  return row.cols['合计'] ? undefined : derived([]);
}

export function econRelations(draft: Draft): Relation[] {
  const out: Relation[] = [];
  const rows = draft.econRows;
  for (const row of rows) {
    const name = rowName(row);
    const { 人员经费: p, 公用经费: g, 合计: t } = row.cols;
    if (t && (p || g))
      out.push({
        kind: 'econ-total',
        title: `“${name}”的合计`,
        ...BASIC,
        total: t,
        parts: [part('人员经费', p), part('公用经费', g)].filter((q) => q.value),
      });
    const kids = econChildren(rows, row);
    if (!kids.length) continue;
    const gov = row.gov?.code;
    for (const c of Object.keys(row.cols) as EconColumn[]) {
      const label = `其下各款${c}之和`;
      out.push({
        kind: 'econ-children',
        title: `“${name}${gov ? ' / ' + gov : ''}”的${c}`,
        partsLabel: label,
        formula: label,
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

export function sangongRelations(draft: Draft): Relation[] {
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
        kind: 'sangong-car',
        title: `三公经费${label}的${CAR_SUBTOTAL}`,
        partsLabel: '购置费与运行维护费之和',
        formula: '购置费 + 运行维护费',
        total: cols[CAR_SUBTOTAL],
        parts: CAR_PARTS.filter((k) => cols[k]).map((k) => part(k, cols[k])),
      });
    // With its parts written, the car subtotal is not a part of 合计 again.
    const keys = Object.keys(cols).filter((k) => k !== '合计' && !(k === CAR_SUBTOTAL && hasCarParts));
    if (cols['合计'] && keys.length)
      out.push({
        kind: 'sangong-total',
        title: `三公经费${label}合计`,
        partsLabel: '各项之和',
        formula: '各项之和',
        total: cols['合计'],
        parts: keys.map((k) => part(k, cols[k])),
      });
  }
  return out;
}

export function incomeRelations(draft: Draft): Relation[] {
  const inc = draft.income;
  if (!inc?.total || !inc.entries.length) return [];
  return [
    {
      kind: 'income-total',
      title: '收入合计',
      partsLabel: '各项收入之和',
      formula: '各项收入之和',
      total: inc.total,
      parts: inc.entries.map((e) => part(e.key, e.amount)),
    },
  ];
}

/** Every written total of the tables (not the projects) with its parts. */
export function tableRelations(draft: Draft): Relation[] {
  return [
    ...funcRelations(draft),
    ...econRelations(draft),
    ...sangongRelations(draft),
    ...incomeRelations(draft),
  ];
}

export type RelationSum = SumCheck;

/**
 * The parts' sum against the written total; undefined when it cannot be decided (no parts, or a
 * part without a readable amount, which the schema reports instead).
 */
export function sumOf(r: Relation, tolerance: Tolerance): RelationSum | undefined {
  if (!r.parts.length || r.parts.some((q) => !q.value)) return undefined;
  return checkSum(
    r.parts.map((q) => q.value!),
    r.total,
    tolerance,
  );
}

/** `（多0.36万元）`, or with the words given, plus the rounding hint where rounding could explain it. */
export function differenceText(
  s: RelationSum,
  total: Amount,
  draft: Draft,
  more = '多',
  less = '少',
): string {
  const diff = s.sum.minus(total.value);
  return `（${diff.gt(0) ? more : less}${fmtMoney(diff.abs(), draft)}）${s.roundingExplains ? ROUNDING_HINT : ''}`;
}
