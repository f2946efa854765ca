import type Decimal from 'decimal.js';
import type { Tolerance } from '../../config';
import type { Amount, Draft } from '../../model/types';
import { fmtMoney } from '../../util/money';
import { checkSum, ROUNDING_HINT } from '../../util/tolerance';

export interface AmountSum {
  sum: Decimal;
  /** `（多0.36万元）` and, where rounding could explain it, the rounding hint. */
  diffText: string;
}

/**
 * The parts' sum against a written total, or undefined when it passes (or a part is unreadable,
 * which leaves the sum undecidable: the schema reports that part instead).
 */
export function amountSum(
  parts: (Amount | undefined)[],
  total: Amount,
  tolerance: Tolerance,
  draft: Draft,
  more = '多',
  less = '少',
): AmountSum | undefined {
  if (!parts.length || parts.some((a) => !a)) return undefined;
  const r = checkSum(parts as Amount[], total, tolerance);
  if (r.passes) return undefined;
  const diff = r.sum.minus(total.value);
  return {
    sum: r.sum,
    diffText: `（${diff.gt(0) ? more : less}${fmtMoney(diff.abs(), draft)}）${r.roundingExplains ? ROUNDING_HINT : ''}`,
  };
}
