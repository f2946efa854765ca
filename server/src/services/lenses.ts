import type { CodeLens } from 'vscode-languageserver';
import type { CheckResult } from '../engine/engine';
import type { Project } from '../engine/model/types';
import { decimalsOf } from '../engine/util/money';
import { detailSum, level1Presence } from './projectFacts';

/**
 * Lenses carry no action: they are a line of facts above each project. VS Code still needs a
 * command object to show a title; an empty command id makes it inert.
 */
function lens(p: Project, result: CheckResult, title: string): CodeLens {
  const n = p.name?.node ?? p.node;
  return { range: result.draft.lines.range(n.start, n.end), command: { title, command: '' } };
}

/** `Σ明细 44.36 = 金额 44.36 ✓`, `≠ … ✗ 差 1.00`; undefined when the project has no 明细. */
export function detailTitle(p: Project, result: CheckResult): string | undefined {
  const d = detailSum(p, result.config.tolerance);
  if (!d) return undefined;
  if (!d.sum) return `Σ明细 ?（${p.details.length} 条明细中有未填写金额的）`;
  if (!d.total) return `Σ明细 ${d.sum.text}，金额未填写`;
  const places = Math.max(decimalsOf(d.sum.text), decimalsOf(d.total.text));
  const diff = d.diff!.abs().toFixed(places);
  if (!d.passes) return `Σ明细 ${d.sum.text} ≠ 金额 ${d.total.text} ✗ 差 ${diff}`;
  if (!d.diff!.isZero()) return `Σ明细 ${d.sum.text} ≈ 金额 ${d.total.text} ✓ 尾差 ${diff}`;
  return `Σ明细 ${d.sum.text} = 金额 ${d.total.text} ✓`;
}

/** `成本 ✓ 产出 ✓ 效益 ✓ 满意度 ✗`: which kinds of indicator the project has. */
export function level1Title(p: Project, result: CheckResult): string {
  if (!p.indicators) return '绩效指标未填写';
  return level1Presence(p, result.config.profile)
    .marks.map((m) => `${m.label} ${m.present ? '✓' : '✗'}`)
    .join(' ');
}

/** Code lenses over each project's 名称: its 明细 sum against 金额, and its 一级 indicators. */
export function codeLenses(result: CheckResult): CodeLens[] {
  const out: CodeLens[] = [];
  for (const p of result.draft.projects) {
    const detail = detailTitle(p, result);
    if (detail) out.push(lens(p, result, detail));
    out.push(lens(p, result, level1Title(p, result)));
  }
  return out;
}
