import Decimal from 'decimal.js';
import type { Amount, Draft } from '../model/types';

const TEN_THOUSAND = new Decimal(10000);

/** An amount of the file in 万元, whatever the file's 金额单位. */
export function toWan(a: Amount | Decimal, draft: Draft): Decimal {
  const v = a instanceof Decimal ? a : a.value;
  return draft.header.moneyUnit === '元' ? v.div(TEN_THOUSAND) : v;
}

/** `116`, `1751.54`, `0.3`: a Decimal as a budget officer writes it (no exponent, no trailing zeros). */
export function fmt(d: Decimal): string {
  return d.toFixed();
}

/** An amount in the file's unit, with the unit: `116万元`, `3600元`. */
export function fmtMoney(d: Decimal, draft: Draft): string {
  return `${fmt(d)}${draft.header.moneyUnit}`;
}

/** Decimal places as written: `3.60` has two. */
export function decimalsOf(text: string): number {
  const i = text.indexOf('.');
  return i < 0 ? 0 : text.length - i - 1;
}

export { TEN_THOUSAND };
