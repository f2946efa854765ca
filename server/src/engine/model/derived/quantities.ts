import type { Profile } from '../../config';
import type { Indicator, Project } from '../../model/types';
import type { NumberValue } from '../../values/indicatorValue';
import { numbersOf, valueOf } from './values';

export interface Quantity {
  ind: Indicator;
  value: NumberValue;
}

/** Numeric 数量指标 of a project with a count unit (人, 人次, 户 …). */
export function quantities(p: Project, profile: Profile): Quantity[] {
  const out: Quantity[] = [];
  for (const l1 of p.indicators?.level1 ?? []) {
    if (l1.canonical !== '产出指标') continue;
    for (const l2 of l1.level2) {
      if (l2.canonical !== '数量指标') continue;
      for (const ind of l2.indicators) {
        const [v] = numbersOf(valueOf(ind, profile));
        if (v && v.category === 'count') out.push({ ind, value: v });
      }
    }
  }
  return out;
}

/** Characters two names share: a rough measure of which quantity a per-unit cost is about. */
export function nameOverlap(a: string, b: string): number {
  const set = new Set(a);
  let n = 0;
  for (const c of new Set(b)) if (set.has(c)) n++;
  return n;
}

/** The quantity a per-unit cost (元/人) counts: same unit, most similar name. */
export function matchQuantity(
  cost: Indicator,
  denominator: string,
  qs: Quantity[],
  used = new Set<Quantity>(),
): Quantity | undefined {
  // 元/年/人 and 元/人/年 are both per person: periods (年, 月) are not what the quantity counts.
  const parts = denominator.split('/');
  const counted = parts.filter((u) => !['年', '月', '日', '天'].includes(u));
  const units = counted.length ? counted : parts;
  const candidates = qs.filter(
    (q) => !used.has(q) && (units.includes(q.value.unit) || units.includes(q.value.unit.replace('次', ''))),
  );
  candidates.sort((a, b) => nameOverlap(cost.name, b.ind.name) - nameOverlap(cost.name, a.ind.name));
  return candidates[0];
}
