import type { Draft } from '../../engine/model/types';
import {
  econRelations,
  funcRelations,
  incomeRelations,
  projectRelations,
  sangongRelations,
  type Relation,
} from '../../engine/tables/relations';
import { inside } from './markdown';

export type { Relation };

/**
 * The sums that involve the amount under the cursor, the ones it is the total of first. The sums
 * are the engine's (engine/tables/relations.ts), the very ones the sum rules check.
 */
export function relationsAt(draft: Draft, offset: number): { relation: Relation; asTotal: boolean }[] {
  const near = (n: { start: number; end: number } | undefined) => inside(n, offset);
  let candidates: Relation[] = [];
  const project = draft.projects.find((p) => near(p.node));
  if (project) candidates = projectRelations(project);
  else if (near(draft.funcNode)) candidates = funcRelations(draft);
  else if (near(draft.econNode)) candidates = econRelations(draft);
  else if (near(draft.sangong?.node)) candidates = sangongRelations(draft);
  else if (near(draft.income?.node)) candidates = incomeRelations(draft);
  const out: { relation: Relation; asTotal: boolean }[] = [];
  for (const relation of candidates) {
    if (near(relation.total.node)) out.push({ relation, asTotal: true });
    else if (relation.parts.some((q) => near(q.node))) out.push({ relation, asTotal: false });
  }
  return out.sort((a, b) => Number(b.asTotal) - Number(a.asTotal));
}
