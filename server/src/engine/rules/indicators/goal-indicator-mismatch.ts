import type { Profile } from '../../config';
import type { Indicator, Project } from '../../model/types';
import { proseText } from '../../model/proseText';
import { readTargets, sameMeasure, type GoalTarget } from '../../prose/targets';
import type { NumberValue } from '../../values/indicatorValue';
import type { Report, Rule } from '../rule';
import { numbersOf, valueOf } from '../../model/derived/values';

const OP_TEXT = { '>=': '≥', '<=': '≤', '=': '' } as const;

function indicatorsOf(p: Project): Indicator[] {
  return (p.indicators?.level1 ?? []).flatMap((l1) => l1.level2.flatMap((l2) => l2.indicators));
}

/** Units that count the same thing (场 and 场次, 次 and 人次 are not the same). */
function sameUnit(a: string, b: string): boolean {
  const n = (u: string) => (u === '场次' ? '场' : u);
  return n(a) === n(b);
}

/** The indicator's bound is weaker than the goal's: it allows what the goal rules out. */
function weaker(t: GoalTarget, v: NumberValue): boolean {
  if (t.op === '>=') return v.operator !== '<=' && v.operator !== '<' && v.value.lt(t.value);
  if (t.op === '<=') return v.operator !== '>=' && v.operator !== '>' && v.value.gt(t.value);
  return false;
}

/**
 * Each quantified target of a project's 总体目标 should be carried by an indicator at least as strict:
 * a target no indicator measures is reported, and so is one whose indicator asks for less.
 */
export function goalIndicatorMismatch(p: Project, profile: Profile): Report[] {
  if (!p.goal || !p.indicators) return [];
  const goal = proseText(p.goal.node, p.goal.text, p.goal.path);
  const inds = indicatorsOf(p);
  const out: Report[] = [];
  for (const t of readTargets(p.goal.text)) {
    // A count is measured by an indicator in the same unit (家 by 家, 场 by 场次).
    const matches = inds.filter(
      (i) =>
        sameMeasure(t, i.name) &&
        (t.unit === '%' || numbersOf(valueOf(i, profile)).some((n) => sameUnit(n.unit, t.unit))),
    );
    const where = { start: goal.offsetAt(t.start), end: goal.offsetAt(t.end), path: p.goal.path };
    if (!matches.length) {
      out.push({ ...where, message: `总体目标提出“${t.written}”，但绩效指标中没有衡量“${t.subject}”的指标` });
      continue;
    }
    for (const ind of matches) {
      const v = numbersOf(valueOf(ind, profile)).find((n) => sameUnit(n.unit, t.unit));
      if (!v || !weaker(t, v)) continue;
      out.push({
        ...where,
        message: `总体目标要求“${t.written}”，但指标“${ind.name}”为${ind.text}，低于目标（${OP_TEXT[t.op]}${t.value.toFixed()}${t.unit}）`,
      });
    }
  }
  return out;
}

const rule: Rule = {
  id: 'goal-indicator-mismatch',
  severity: 'info',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/goal-indicator-mismatch.md',
  description: '总体目标中的量化目标没有对应的绩效指标，或对应指标比目标宽松。',
  project(p, ctx) {
    for (const r of goalIndicatorMismatch(p, ctx.config.profile)) ctx.report(r);
  },
};

export default rule;
