import type { BudgetUnit } from '../model/types';

/** How many declared units a message names before “等N个”: a message points, it does not list. */
const SHOWN = 3;

export interface DeclaredUnits {
  /** Every declared 编码 and 名称, trimmed. */
  known: ReadonlySet<string>;
  /** `362001 济南市历下区医疗保障局、… 等N个`, for messages. */
  shown: string;
}

/**
 * Built once per header: the project rules run once per project, and rebuilding the set (and the
 * list) for each of thousands of projects made a large draft quadratic.
 */
const MEMO = new WeakMap<readonly BudgetUnit[], DeclaredUnits>();

export function declaredUnits(units: readonly BudgetUnit[]): DeclaredUnits {
  let hit = MEMO.get(units);
  if (hit) return hit;
  const known = new Set<string>();
  for (const u of units) {
    if (u.code) known.add(u.code.text.trim());
    if (u.name) known.add(u.name.text.trim());
  }
  const names = units.slice(0, SHOWN).map((u) => `${u.code?.text ?? ''} ${u.name?.text ?? ''}`.trim());
  const more = units.length > SHOWN ? ` 等${units.length}个` : '';
  hit = { known, shown: names.join('、') + more };
  MEMO.set(units, hit);
  return hit;
}
