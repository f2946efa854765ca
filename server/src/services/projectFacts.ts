import type Decimal from 'decimal.js';
import type { Profile, Tolerance } from '../engine/config';
import type { Amount, Project } from '../engine/model/types';
import { costIndicators } from '../engine/model/derived/cost';
import { derived, fromAmount, type CellValue } from '../engine/tables/values';
import { checkSum } from '../engine/util/tolerance';

/**
 * Facts about one project shared by its hover and its code lens, so the two never disagree:
 * sums keep the decimals as written (`80.00`, not `80`) and pass or fail under the file's tolerance.
 */
export interface ProjectSum {
  /** Undefined when a part has no readable amount. */
  sum?: CellValue;
  /** The project's 金额; undefined when not written. */
  total?: Amount;
  passes?: boolean;
  /** Parts minus 金额. */
  diff?: Decimal;
}

function sumOf(parts: (Amount | undefined)[], total: Amount | undefined, tolerance: Tolerance): ProjectSum {
  if (parts.some((a) => !a)) return { total };
  const cells = (parts as Amount[]).map(fromAmount);
  const sum = derived(cells);
  if (!total) return { sum };
  const r = checkSum(cells, total, tolerance);
  return { sum, total, passes: r.passes, diff: r.sum.minus(total.value) };
}

/** Σ明细 against 金额, or undefined when the project has no 明细. */
export function detailSum(p: Project, tolerance: Tolerance): ProjectSum | undefined {
  if (!p.details.length) return undefined;
  return sumOf(
    p.details.map((d) => d.amount),
    p.amount,
    tolerance,
  );
}

/** Σ资金来源 against 金额, or undefined when 资金来源 is not broken down. */
export function fundingSum(p: Project, tolerance: Tolerance): ProjectSum | undefined {
  if (!p.funding.length) return undefined;
  return sumOf(
    p.funding.map((f) => f.amount),
    p.amount,
    tolerance,
  );
}

/**
 * Indicators per 一级 (by catalog name when it has one, else as written), and whether the four
 * kinds a project needs are there. 成本 counts its indicators wherever the profile puts them
 * (a 一级 in 2021, a 二级 under 产出 in 2015), so both layouts show the same four marks.
 */
export function level1Presence(
  p: Project,
  profile: Profile,
): { counts: Map<string, number>; marks: { label: string; present: boolean }[] } {
  const counts = new Map<string, number>();
  for (const l1 of p.indicators?.level1 ?? []) {
    const key = l1.canonical ?? l1.name;
    const n = l1.level2.reduce((s, l2) => s + l2.indicators.length, 0);
    counts.set(key, (counts.get(key) ?? 0) + n);
  }
  const has = (one: string) => (counts.get(one) ?? 0) > 0;
  const cost = costIndicators(p, profile).length > 0;
  const marks = [
    { label: '成本', present: cost },
    { label: '产出', present: has('产出指标') },
    { label: '效益', present: has('效益指标') },
    { label: '满意度', present: has('满意度指标') },
  ];
  return { counts, marks };
}
