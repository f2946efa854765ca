import Decimal from 'decimal.js';
import type { Draft } from '../model/types';

/**
 * Project money per 功能科目 (7-digit 项). A project is counted under its own 功能科目, or line
 * by line under its 明细's when they carry one. Undefined when any project lacks a 功能科目
 * (itself or on all its 明细): then the data cannot decide, and rules using this stay silent.
 */
export function projectsByFunction(draft: Draft): Map<string, Decimal> | undefined {
  const out = new Map<string, Decimal>();
  const add = (code: string, v: Decimal) => out.set(code, (out.get(code) ?? new Decimal(0)).plus(v));
  for (const p of draft.projects) {
    if (!p.amount) return undefined;
    const own = p.func?.code;
    const lines = p.details;
    const split =
      lines.length > 0 && lines.some((d) => d.func) && lines.every((d) => d.amount && (d.func || own));
    if (split) {
      let rest = p.amount.value;
      for (const d of lines) {
        add((d.func ?? p.func)!.code, d.amount!.value);
        rest = rest.minus(d.amount!.value);
      }
      // Whatever the 明细 do not cover stays with the project's own 功能科目.
      if (!rest.isZero()) {
        if (!own) return undefined;
        add(own, rest);
      }
    } else if (own) add(own, p.amount.value);
    else return undefined;
  }
  return out;
}
