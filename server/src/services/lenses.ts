import type { CodeLens } from 'vscode-languageserver';
import type { CheckResult } from '../engine/engine';
import type { Project } from '../engine/model/types';
import { decimalsOf } from '../engine/util/money';
import type { Profile } from '../engine/config';
import { detailSum, level1Presence } from './projectFacts';

/**
 * Lenses carry no action: they are a line of facts above each project. VS Code still needs a
 * command object to show a title; an empty command id makes it inert.
 */
function lens(p: Project, result: CheckResult, title: string, tooltip?: string): CodeLens {
  const n = p.name?.node ?? p.node;
  return {
    range: result.draft.lines.range(n.start, n.end),
    command: { title, command: '', ...(tooltip ? { tooltip } : {}) },
  };
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

/**
 * `成本 ✗ 1 产出 ✓ 效益 ✓ 满意度 ✗ 缺`: per kind of indicator, ✓ when the project has it and no
 * finding sits in it, `✗ N` with the number of findings in it, `✗ 缺` when it is missing. A ✓ never
 * stands beside a red 总成本.
 */
export function level1Title(p: Project, result: CheckResult): string {
  return level1Marks(p, result).title;
}

function level1Marks(p: Project, result: CheckResult): { title: string; tooltip?: string } {
  if (!p.indicators) return { title: '绩效指标未填写' };
  const marks = level1Presence(p, result.config.profile).marks.map((m) => {
    const n = m.present ? findingsIn(result, groupRanges(p, m.label, result.config.profile)) : 0;
    const mark = !m.present ? '✗ 缺' : n ? `✗ ${n}` : '✓';
    const tip = !m.present
      ? `缺少${m.label}指标`
      : n
        ? `${m.label}指标中有 ${n} 个问题`
        : `${m.label}指标：无问题`;
    return { text: `${m.label} ${mark}`, tip };
  });
  return { title: marks.map((m) => m.text).join(' '), tooltip: marks.map((m) => m.tip).join('；') };
}

/** Where a kind of indicator is written: its 一级 (or, for 成本 in the 2015 layout, its 二级). */
function groupRanges(p: Project, label: string, profile: Profile): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const l1 of p.indicators?.level1 ?? []) {
    if (label === '成本' && profile === 2015) {
      for (const l2 of l1.level2)
        if (l1.canonical === '产出指标' && l2.canonical === '成本指标')
          out.push({ start: l2.keyNode.start, end: l2.node.end });
    } else if (l1.canonical === `${label}指标`) out.push({ start: l1.keyNode.start, end: l1.node.end });
  }
  return out;
}

function findingsIn(result: CheckResult, ranges: { start: number; end: number }[]): number {
  const lines = result.draft.lines;
  return result.findings.filter((f) => {
    const at = lines.offset(f.range.start);
    return ranges.some((r) => r.start <= at && at <= r.end);
  }).length;
}

/** Code lenses over each project's 名称: its 明细 sum against 金额, and its 一级 indicators. */
export function codeLenses(result: CheckResult): CodeLens[] {
  const out: CodeLens[] = [];
  for (const p of result.draft.projects) {
    const detail = detailTitle(p, result);
    if (detail) out.push(lens(p, result, detail));
    const marks = level1Marks(p, result);
    out.push(lens(p, result, marks.title, marks.tooltip));
  }
  return out;
}
