import type { Amount, Draft, Project } from './types';

/** Every money amount of the draft (not counts such as 采购 数量), for rules about how amounts are written. */
export function allAmounts(d: Draft): Amount[] {
  return [...restAmounts(d), ...d.projects.flatMap(projectAmounts)];
}

/** The amounts outside the projects: 收入, the tables, 三公经费. */
export function restAmounts(d: Draft): Amount[] {
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
  return out;
}

/** One project's amounts: 金额, 资金来源, 明细, 采购. */
export function projectAmounts(p: Project): Amount[] {
  const out: Amount[] = [];
  const push = (a: Amount | undefined) => {
    if (a) out.push(a);
  };
  push(p.amount);
  push(p.totalBudget);
  push(p.lastYear);
  p.funding.forEach((f) => push(f.amount));
  p.details.forEach((x) => push(x.amount));
  p.procurement.forEach((x) => {
    push(x.price);
    push(x.amount);
  });
  return out;
}
