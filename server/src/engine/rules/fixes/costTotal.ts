import Decimal from 'decimal.js';
import type { Draft, Project } from '../../model/types';
import { fmt, TEN_THOUSAND, toWan } from '../../util/money';
import { commentStart, REASON_PLACEHOLDER } from '../../suppress';
import { extractGoalMoney } from '../../values/textFigures';
import type { FixSpec, OffsetEdit } from '../rule';
import type { MoneyCost } from '../../model/derived/cost';

/**
 * The readings of a total cost that differs from the project's 金额. Which number is wrong is a
 * judgment (the Jinan seed's ≤270 covers funds outside the department; its ≤23 vs 18 may be a
 * typo in either), so every reading is a suggestion, and each title names the lines that would
 * then disagree, so the officer sees the cost of choosing it.
 */
export function costTotalFixes(
  draft: Draft,
  p: Project,
  total: MoneyCost,
  costs: MoneyCost[],
  wan: Decimal,
  rule: string,
): FixSpec[] {
  const out: FixSpec[] = [];
  const toAmount = totalToAmount(draft, p, total, costs);
  if (toAmount) out.push(toAmount);
  const toTotal = amountToTotal(draft, p, total, wan);
  if (toTotal) out.push(toTotal);
  out.push(ignoreHere(draft, total.ind.valueNode!.start, rule));
  return out;
}

/** Reading 1: the total is wrong; write the project's 金额 into it, in the cost's own unit. */
function totalToAmount(draft: Draft, p: Project, c: MoneyCost, costs: MoneyCost[]): FixSpec | undefined {
  const node = c.ind.valueNode;
  const wan = toWan(p.amount!, draft);
  if (!node || node.style !== 'plain') return undefined;
  const v = c.value;
  const n = v.unit === '元' ? wan.times(TEN_THOUSAND) : v.unit === '亿元' ? wan.div(TEN_THOUSAND) : wan;
  const op =
    v.operatorExplicit && (v.operator === '<=' || v.operator === '<')
      ? c.ind.text!.slice(v.operatorSpan![0], v.operatorSpan![1])
      : '≤';
  const text = `${op}${fmt(n)}${v.unit || '万元'}`;
  const disagree: string[] = [];
  const others = costs.filter((o) => o !== c);
  if (others.length) {
    const sum = others.reduce((s, o) => s.plus(o.wan), new Decimal(0));
    if (!sum.equals(wan))
      disagree.push(`其余成本指标合计${others.map((o) => fmt(o.wan)).join(' + ')} = ${fmt(sum)}万元`);
  }
  const goalFigures = p.goal
    ? extractGoalMoney(p.goal.text).filter((f) => f.total && f.value.equals(c.wan))
    : [];
  if (goalFigures.length) disagree.push(`总体目标中的“${goalFigures[0].written}”`);
  return {
    title: `把${c.ind.name}改为 ${text}（与金额一致）${thenDisagree(disagree)}`,
    edits: [{ start: node.start, end: node.end, newText: text }],
    kind: 'suggestion',
  };
}

/** Reading 2: the 金额 is wrong; write the total into it, in the file's 金额单位. */
function amountToTotal(draft: Draft, p: Project, c: MoneyCost, wan: Decimal): FixSpec | undefined {
  const amount = p.amount!;
  if (amount.fromString) return undefined;
  const n = draft.header.moneyUnit === '元' ? c.wan.times(TEN_THOUSAND) : c.wan;
  const disagree: string[] = [];
  const sumOf = (xs: (Decimal | undefined)[]) =>
    xs.every((x) => x) ? xs.reduce((s: Decimal, x) => s.plus(x!), new Decimal(0)) : undefined;
  const funding = p.funding.length ? sumOf(p.funding.map((f) => f.amount?.value)) : undefined;
  if (funding && !funding.equals(n)) disagree.push(`资金来源合计${fmt(funding)}`);
  const details = p.details.length ? sumOf(p.details.map((d) => d.amount?.value)) : undefined;
  if (details && !details.equals(n)) disagree.push(`明细合计${fmt(details)}`);
  if (p.totalBudget && p.totalBudget.value.lt(n)) disagree.push(`总预算${fmt(p.totalBudget.value)}`);
  if (p.func && draft.funcRows.length)
    disagree.push(`功能科目 ${p.func.code} 的项目支出（按${fmt(wan)}万元填列）`);
  return {
    title: `把金额改为 ${fmt(n)}（与${c.ind.name}一致）${thenDisagree(disagree)}`,
    edits: [{ start: amount.node.start, end: amount.node.end, newText: fmt(n) }],
    kind: 'suggestion',
  };
}

function thenDisagree(lines: string[]): string {
  return lines.length ? `；此后${lines.join('、')}将与之不符` : '';
}

/**
 * Reading 3: both numbers are right (a cost that counts funds outside this budget): accept it
 * with a reason. The placeholder reason silences nothing until the officer replaces it.
 */
function ignoreHere(draft: Draft, offset: number, rule: string): FixSpec {
  const line = draft.lines.position(offset).line;
  const text = draft.lines.lineText(line);
  const comment = `# 绩效检查-忽略 ${rule}: ${REASON_PLACEHOLDER}`;
  let edit: OffsetEdit;
  if (commentStart(text) >= 0) {
    const at = draft.lines.lineStart(line);
    const indent = /^[\s-]*/.exec(text)![0].replace(/-/g, ' ');
    edit = { start: at, end: at, newText: `${indent}${comment}\n` };
  } else {
    const at = draft.lines.lineStart(line) + text.length;
    edit = { start: at, end: at, newText: `  ${comment}` };
  }
  return {
    title: '两者都对（如成本含部门预算以外的资金）：忽略此处（需填写理由）',
    edits: [edit],
    kind: 'suggestion',
  };
}
