import type { Draft, IndicatorTree, Review } from '../../engine/model/types';
import { getPair, isMap, isScalar, type YMap, type YNode } from '../../engine/yaml/ast';
import { FILE_THREAD_ID, type HolderKind } from './types';

/**
 * A node that holds, or could hold, a 审核意见 list. An indicator written as a scalar has no
 * mapping yet: adding a review turns it into one (`map` undefined, `value` its scalar).
 */
export interface Holder {
  id: string;
  path: string;
  kind: HolderKind;
  label: string;
  /** The node whose first line the thread is shown on. */
  anchor: YNode;
  /** The mapping the 审核意见 key belongs in. */
  map?: YMap;
  /** An indicator's key and value, and the 二级 mapping it sits in. */
  key?: YNode;
  value?: YNode;
  parent?: YMap;
  /** First and last line a new review on any of these lines belongs to this holder. */
  firstLine: number;
  lastLine: number;
  reviews: Review[];
}

/** Every holder of the draft, outermost first (the file, then each project and its indicators). */
export function holdersOf(draft: Draft): Holder[] {
  const root = draft.root;
  if (!root) return [];
  const line = (offset: number) => draft.lines.position(offset).line;
  const fileKey = getPair(root, '审核意见')?.key;
  const out: Holder[] = [
    {
      id: FILE_THREAD_ID,
      path: '',
      kind: 'file',
      label: '文件',
      anchor: fileKey ?? root,
      map: root,
      firstLine: 0,
      lastLine: draft.lines.lineCount - 1,
      reviews: draft.reviews,
    },
  ];
  const projects = draft.projects;
  const ids = projectIds(draft);
  projects.forEach((p, i) => {
    const name = p.name?.text.trim() || `第${p.index + 1}个项目`;
    const id = ids[i];
    const next = projects[i + 1];
    // A blank or comment line between two projects still reads as part of the one above it.
    const last = next ? Math.max(line(p.node.end), line(next.node.start) - 1) : line(p.node.end);
    out.push({
      id,
      path: p.path,
      kind: 'project',
      label: `项目：${name}`,
      anchor: p.name?.node ?? p.node,
      map: p.node,
      firstLine: line(p.node.start),
      lastLine: last,
      reviews: p.reviews,
    });
    // An indicator's id is its path with the project's position replaced by the project's id.
    const within = (path: string) => id + path.slice(p.path.length);
    out.push(...indicatorHolders(draft, p.indicators, name, within));
    out.push(...indicatorHolders(draft, p.longTerm?.indicators, `${name}·长期目标`, within));
  });
  const overall = draft.overall;
  const overallPair = getPair(root, '整体绩效目标');
  if (overall && overallPair) {
    out.push({
      id: overall.path,
      path: overall.path,
      kind: 'overall',
      label: '整体绩效目标',
      anchor: overallPair.key,
      map: overall.node,
      firstLine: line(overallPair.key.start),
      lastLine: line(overall.node.end),
      reviews: overall.reviews,
    });
    out.push(...indicatorHolders(draft, overall.indicators, '整体绩效目标'));
  }
  return out;
}

/**
 * Thread ids of the projects that do not move when a project is inserted or removed above: the
 * project's 名称 (`项目「医保工作服务经费」`), with `#2`, `#3` for later projects of the same
 * name; a project without a name keeps its position (`项目[3]`).
 */
function projectIds(draft: Draft): string[] {
  const seen = new Map<string, number>();
  return draft.projects.map((p) => {
    const name = p.name?.text.trim();
    if (!name) return p.path;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? `项目「${name}」` : `项目「${name}」#${n}`;
  });
}

function indicatorHolders(
  draft: Draft,
  tree: IndicatorTree | undefined,
  owner: string,
  idOf: (path: string) => string = (path) => path,
): Holder[] {
  if (!tree) return [];
  const line = (offset: number) => draft.lines.position(offset).line;
  const out: Holder[] = [];
  for (const l1 of tree.level1)
    for (const l2 of l1.level2) {
      if (!isMap(l2.node)) continue;
      for (const ind of l2.indicators) {
        if (!isMap(ind.node) && !isScalar(ind.node)) continue;
        out.push({
          id: idOf(ind.path),
          path: ind.path,
          kind: 'indicator',
          label: `指标：${ind.name}（${owner}）`,
          anchor: ind.keyNode,
          map: isMap(ind.node) ? ind.node : undefined,
          key: ind.keyNode,
          value: ind.node,
          parent: l2.node,
          firstLine: line(ind.keyNode.start),
          lastLine: Math.max(line(ind.keyNode.end), line(ind.node.end)),
          reviews: ind.reviews,
        });
      }
    }
  return out;
}

/** The innermost holder whose lines contain `line`: an indicator, else a project, else the file. */
export function holderAtLine(holders: Holder[], line: number): Holder | undefined {
  let best: Holder | undefined;
  for (const h of holders) {
    if (line < h.firstLine || line > h.lastLine) continue;
    if (!best || h.lastLine - h.firstLine <= best.lastLine - best.firstLine) best = h;
  }
  return best;
}

export function holderById(holders: Holder[], id: string): Holder | undefined {
  return holders.find((h) => h.id === id);
}

/** An empty value (`key:` with nothing after it). */
export function isEmptyScalar(n: YNode | undefined): boolean {
  return isScalar(n) && n.value === null && n.source.trim() === '';
}
