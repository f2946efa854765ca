import type { Draft, Indicator, Project } from '../engine/model/types';
import type { YNode } from '../engine/yaml/ast';

export function contains(n: YNode | undefined, offset: number): boolean {
  return !!n && n.start <= offset && offset <= n.end;
}

export function projectAt(draft: Draft, offset: number): Project | undefined {
  return draft.projects.find((p) => contains(p.node, offset));
}

export function indicatorAt(p: Project, offset: number): Indicator | undefined {
  for (const l1 of p.indicators?.level1 ?? [])
    for (const l2 of l1.level2)
      for (const ind of l2.indicators)
        if (contains(ind.node, offset) || contains(ind.keyNode, offset)) return ind;
  return undefined;
}
