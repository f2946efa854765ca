import type { Amount, Draft, EconColumn, FuncColumn, TableRow } from '../../model/types';
import { FuncTree } from '../../tables/funcTree';
import { derived, fromAmount, funcCell, type CellValue } from '../../tables/values';
import { fmt } from '../../util/money';
import { checkSum, ROUNDING_HINT, type Written } from '../../util/tolerance';
import type { RuleContext, Rule } from '../rule';

/** Reports a written total that its parts do not add up to, with the computed value as the fix. */
function assertTotal(
  ctx: RuleContext,
  total: Amount,
  parts: Written[],
  label: string,
  partsLabel: string,
): void {
  if (!parts.length) return;
  const r = checkSum(parts, total, ctx.config.tolerance);
  if (r.passes) return;
  const unit = ctx.draft.header.moneyUnit;
  const diff = total.value.minus(r.sum);
  ctx.report({
    node: total.node,
    path: total.path,
    message:
      `${label}为${total.text}${unit}，但${partsLabel}为${fmt(r.sum)}${unit}` +
      `（相差${fmt(diff.abs())}${unit}）${r.roundingExplains ? ROUNDING_HINT : ''}`,
    fixes: [
      {
        title: `改为计算值 ${fmt(r.sum)}`,
        kind: 'suggestion',
        edits: [{ start: total.node.start, end: total.node.end, newText: fmt(r.sum) }],
      },
    ],
  });
}

function rowName(row: TableRow<string>): string {
  return row.subject
    ? `${row.subject.code}${row.subject.name ? ' ' + row.subject.name : ''}`
    : `第${row.index + 1}行`;
}

function checkFuncRows(ctx: RuleContext, draft: Draft): void {
  const tree = new FuncTree(draft.funcRows);
  for (const row of draft.funcRows) {
    const name = rowName(row);
    const { 人员经费: p, 公用经费: g, 基本支出: b, 项目支出: x, 合计: t } = row.cols;
    if (b && (p || g)) {
      assertTotal(
        ctx,
        b,
        [p, g].filter((a): a is Amount => !!a).map(fromAmount),
        `“${name}”的基本支出`,
        '人员经费与公用经费之和',
      );
    }
    if (t && (p || g || b || x)) {
      const basic = funcCell(row, '基本支出');
      const parts: CellValue[] = [basic ?? derived([]), x ? fromAmount(x) : derived([])];
      assertTotal(ctx, t, parts, `“${name}”的合计`, '基本支出与项目支出之和');
    }
    const code = row.subject?.code;
    if (!code || code.length >= 7 || !tree.children(code).length) continue;
    const level = code.length === 3 ? '各款' : '各项';
    for (const c of Object.keys(row.cols) as FuncColumn[]) {
      const kids = tree.children(code).map((k) => tree.value(k, c));
      if (!kids.every((k): k is CellValue => !!k)) continue;
      assertTotal(ctx, row.cols[c]!, kids, `“${name}”的${c}`, `其下${level}${c}之和`);
    }
  }
}

function checkEconRows(ctx: RuleContext, draft: Draft): void {
  const rows = draft.econRows;
  for (const row of rows) {
    const name = rowName(row);
    const { 人员经费: p, 公用经费: g, 合计: t } = row.cols;
    if (t && (p || g))
      assertTotal(
        ctx,
        t,
        [p, g].filter((a): a is Amount => !!a).map(fromAmount),
        `“${name}”的合计`,
        '人员经费与公用经费之和',
      );
    const kids = econChildren(rows, row);
    if (!kids.length) continue;
    const gov = row.gov?.code;
    for (const c of Object.keys(row.cols) as EconColumn[]) {
      const cells = kids.map((k) => econCell(k, c));
      if (!cells.every((x): x is CellValue => !!x)) continue;
      assertTotal(ctx, row.cols[c]!, cells, `“${name}${gov ? ' / ' + gov : ''}”的${c}`, `其下各款${c}之和`);
    }
  }
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

export function econCell(row: TableRow<EconColumn>, c: EconColumn): CellValue | undefined {
  const w = row.cols[c];
  if (w) return fromAmount(w);
  const p = row.cols['人员经费'];
  const g = row.cols['公用经费'];
  if (c === '合计')
    return p || g ? derived([p, g].filter((a): a is Amount => !!a).map(fromAmount)) : undefined;
  return row.cols['合计'] ? undefined : derived([]);
}

const CAR_PARTS = ['公务用车购置费', '公务用车运行维护费'];
const CAR_SUBTOTAL = '公务用车购置及运行维护费';

function checkSangong(ctx: RuleContext, draft: Draft): void {
  for (const [label, year] of [
    ['本年', draft.sangong?.current],
    ['上年', draft.sangong?.previous],
  ] as const) {
    if (!year) continue;
    const cols = year.cols;
    if (cols[CAR_SUBTOTAL] && CAR_PARTS.some((k) => cols[k])) {
      assertTotal(
        ctx,
        cols[CAR_SUBTOTAL],
        CAR_PARTS.filter((k) => cols[k]).map((k) => fromAmount(cols[k])),
        `三公经费${label}的${CAR_SUBTOTAL}`,
        '购置费与运行维护费之和',
      );
    }
    const total = cols['合计'];
    if (!total) continue;
    const parts = Object.keys(cols).filter(
      (k) => k !== '合计' && !(k === CAR_SUBTOTAL && CAR_PARTS.some((p) => cols[p])),
    );
    if (!parts.length) continue;
    assertTotal(
      ctx,
      total,
      parts.map((k) => fromAmount(cols[k])),
      `三公经费${label}合计`,
      `各项之和`,
    );
  }
}

function checkIncome(ctx: RuleContext, draft: Draft): void {
  const inc = draft.income;
  if (!inc?.total) return;
  const parts = inc.entries.map((e) => e.amount);
  if (!parts.length || parts.some((a) => !a)) return;
  assertTotal(
    ctx,
    inc.total,
    parts.map((a) => fromAmount(a!)),
    '收入合计',
    '各项收入之和',
  );
}

const rule: Rule = {
  id: 'sum-mismatch',
  severity: 'error',
  category: 'tables',
  fixable: 'suggestion',
  docs: 'docs/rules/sum-mismatch.md',
  description: '写出的合计与其组成部分之和不一致（类/款行、基本支出、合计、三公经费合计、收入合计）。',
  draft(draft, ctx) {
    checkFuncRows(ctx, ctx.draft);
    checkEconRows(ctx, ctx.draft);
    checkSangong(ctx, ctx.draft);
    checkIncome(ctx, ctx.draft);
  },
};

export default rule;
