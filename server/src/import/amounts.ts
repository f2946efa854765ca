import Decimal from 'decimal.js';

/**
 * Printed amounts are copied digit for digit: `1,751.54` becomes `1751.54`, nothing is rounded and
 * no JS number ever holds one. Only a unit conversion (a table printed in 万元 beside tables in 元)
 * goes through decimal.js, and only when no digit is lost.
 */
const AMOUNT = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The amount a cell prints, without thousands separators; undefined when the cell is no amount. */
export function readAmount(text: string): string | undefined {
  // Only the ends are trimmed: two numbers that fell into one cell (`1751.54 208`) are no amount.
  const t = text.trim().replace(/，/g, ',');
  if (!AMOUNT.test(t)) return undefined;
  return t.replace(/,/g, '').replace('−', '-');
}

/** A cell that holds a number of any kind (an amount, a count, a code): what "printed numbers" counts. */
export function isNumberText(text: string): boolean {
  return /^[-−]?[\d,]+(\.\d+)?$/.test(text.replace(/[\s\u3000]/g, ''));
}

export type Unit = '元' | '万元';

/** Converts a printed amount between 元 and 万元 exactly; undefined when digits would be lost. */
export function convertAmount(amount: string, from: Unit, to: Unit): string | undefined {
  if (from === to) return amount;
  const decimals = (amount.split('.')[1] ?? '').length;
  const value = new Decimal(amount);
  if (from === '万元') {
    const out = value.times(10000);
    return out.toFixed(Math.max(0, decimals - 4));
  }
  const out = value.dividedBy(10000);
  const places = decimals + 4;
  const text = out.toFixed(places);
  // Dropping trailing zeros beyond two decimals keeps the 万元 convention where that is exact.
  const trimmed = text.replace(/(\.\d\d\d*?)0+$/, '$1');
  return trimmed;
}

/** Two printed amounts are the same figure when their values are equal (`1227.00` = `1227`). */
export function sameAmount(a: string, b: string): boolean {
  return new Decimal(a).equals(new Decimal(b));
}

export function isZero(amount: string): boolean {
  return new Decimal(amount).isZero();
}

export function addAmounts(values: string[]): string {
  let total = new Decimal(0);
  let decimals = 0;
  for (const v of values) {
    total = total.plus(new Decimal(v));
    decimals = Math.max(decimals, (v.split('.')[1] ?? '').length);
  }
  return total.toFixed(decimals);
}
