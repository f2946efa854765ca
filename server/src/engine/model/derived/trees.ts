import type { Draft, IndicatorTree, Project } from '../../model/types';

/** Every indicator tree of the draft: projects' 绩效目标 and 长期目标, and the 整体绩效目标. */
export function projectTrees(draft: Draft): { tree: IndicatorTree; project?: Project }[] {
  const out: { tree: IndicatorTree; project?: Project }[] = [];
  for (const p of draft.projects) {
    if (p.indicators) out.push({ tree: p.indicators, project: p });
    if (p.longTerm?.indicators) out.push({ tree: p.longTerm.indicators, project: p });
  }
  if (draft.overall?.indicators) out.push({ tree: draft.overall.indicators });
  return out;
}
