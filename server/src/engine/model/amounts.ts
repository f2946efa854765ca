import type { Amount, Draft } from './types';

/** Every money amount of the draft (not counts such as 采购 数量), for rules about how amounts are written. */
export function allAmounts(d: Draft): Amount[] {
  const out: Amount[] = [];
  const push = (a: Amount | undefined) => {
    if (a) out.push(a);
  };
  d.income?.entries.forEach((e) => push(e.amount));
  push(d.income?.total);
  for (const r of d.funcRows) Object.values(r.cols).forEach(push);
  for (const r of d.econRows) Object.values(r.cols).forEach(push);
  Object.values(d.sangong?.current?.cols ?? {}).forEach(push);
  Object.values(d.sangong?.previous?.cols ?? {}).forEach(push);
  for (const p of d.projects) {
    push(p.amount);
    push(p.totalBudget);
    push(p.lastYear);
    p.funding.forEach((f) => push(f.amount));
    p.details.forEach((x) => push(x.amount));
    p.procurement.forEach((x) => {
      push(x.price);
      push(x.amount);
    });
  }
  return out;
}
