import Decimal from 'decimal.js';
import type { Tolerance } from '../config';
import { decimalsOf } from './money';

/** A value as written, with its precision: `3.60` stands for [3.595, 3.605] when rounded. */
export interface Written {
  value: Decimal;
  text: string;
}

export interface SumCheck {
  sum: Decimal;
  equal: boolean;
  /** The totals differ, but the rounding of the written values could explain it. */
  roundingExplains: boolean;
  /** Under the configured tolerance, the total passes. */
  passes: boolean;
}

const HALF_ULP: Decimal[] = [];

function halfUlp(w: Written): Decimal {
  const d = decimalsOf(w.text);
  return (HALF_ULP[d] ??= new Decimal(5).times(new Decimal(10).pow(-(d + 1))));
}

/**
 * The XBRL Calculations 1.1 interval test: each value with d decimals stands for ±0.5×10⁻ᵈ;
 * the sum passes in rounding mode when the intervals of the parts' sum and the total overlap.
 */
export function checkSum(parts: Written[], total: Written, tolerance: Tolerance): SumCheck {
  let sum = new Decimal(0);
  let slack = new Decimal(0);
  for (const p of parts) {
    sum = sum.plus(p.value);
    slack = slack.plus(halfUlp(p));
  }
  const equal = sum.equals(total.value);
  const roundingExplains =
    !equal &&
    sum
      .minus(total.value)
      .abs()
      .lte(slack.plus(halfUlp(total)));
  return { sum, equal, roundingExplains, passes: equal || (tolerance === 'rounding' && roundingExplains) };
}

export const ROUNDING_HINT = '（可能为四舍五入尾差）';
