import type { Profile } from '../../config';
import type { Indicator } from '../../model/types';
import { parseIndicatorValue, type IndicatorValue, type NumberValue } from '../../values/indicatorValue';

/** Shared by every indicator of the same text, profile and kind: no object per indicator. */
const memo = new Map<string, NonNullable<Indicator['parsed']>>();

/**
 * The parsed 指标值 of an indicator. Many rules read the same values, and drafts repeat the
 * same few hundred spellings, so results are memoised by text (bounded, cleared when full).
 */
export function valueOf(ind: Indicator, profile: Profile): IndicatorValue | undefined {
  if (ind.text === undefined) return undefined;
  // Every indicator rule asks for every indicator's value: remember it on the (reused) model object.
  const own = ind.parsed;
  if (own && own.profile === profile) return own.value;
  ind.parsed = parsed(ind.text, isCost(ind, profile), profile);
  return ind.parsed.value;
}

function parsed(text: string, cost: boolean, profile: Profile): NonNullable<Indicator['parsed']> {
  const key = `${profile}${cost ? '1' : '0'}${text}`;
  let v = memo.get(key);
  if (!v) {
    if (memo.size > 20000) memo.clear();
    v = { profile, value: parseIndicatorValue(text, { cost }) };
    memo.set(key, v);
  }
  return v;
}

export function numbersOf(v: IndicatorValue | undefined): NumberValue[] {
  if (!v) return [];
  if (v.kind === 'number') return [v];
  if (v.kind === 'list') return v.items;
  return [];
}

export function isCost(ind: Indicator, profile: Profile): boolean {
  return profile === 2015
    ? ind.level1.canonical === '产出指标' && ind.level2.canonical === '成本指标'
    : ind.level1.canonical === '成本指标';
}
