import type { Profile } from '../config';
import {
  get,
  isMap,
  isScalar,
  isSeq,
  keyText,
  scalarText,
  type YMap,
  type YNode,
  type YScalar,
} from '../yaml/ast';
import { canonicalLevel1, canonicalLevel2, OVERALL_LEVEL1, normaliseIndicatorName } from './indicatorNames';
import { exact, none } from '../util/arrays';
import { readText } from './scalars';
import type { Draft, Indicator, IndicatorTree, Level1, Level2, Review } from './types';

/**
 * 一级 → 二级 → 三级 → 指标值. Every level is kept even when it is not a mapping (a blank
 * 二级, a 一级 written as a scalar), so rules can report exactly what the user wrote.
 */
export function buildIndicatorTree(
  node: YMap,
  path: string,
  profile: Profile,
  overall: boolean,
  allReviews: Draft['allReviews'],
): IndicatorTree {
  const tree: IndicatorTree = { node, path, level1: [], overall };
  for (const p1 of node.pairs) {
    const name1 = keyText(p1);
    const l1: Level1 = {
      name: name1,
      canonical: overall ? overallLevel1(name1) : canonicalLevel1(name1, profile),
      keyNode: p1.key,
      node: p1.value,
      path: `${path}.${name1}`,
      level2: [],
    };
    tree.level1.push(l1);
    if (!isMap(p1.value)) continue;
    for (const p2 of p1.value.pairs) {
      const name2 = keyText(p2);
      const l2: Level2 = {
        name: name2,
        canonical: overall ? name2 : canonicalLevel2(l1.canonical, name2, profile),
        keyNode: p2.key,
        node: p2.value,
        path: `${l1.path}.${name2}`,
        parent: l1,
        indicators: [],
      };
      l1.level2.push(l2);
      if (!isMap(p2.value)) continue;
      for (const p3 of p2.value.pairs) l2.indicators.push(readIndicator(p3.key, p3.value, l2, allReviews));
      l2.indicators = exact(l2.indicators);
    }
    l1.level2 = exact(l1.level2);
  }
  tree.level1 = exact(tree.level1);
  return tree;
}

function overallLevel1(name: string): string | undefined {
  const n = normaliseIndicatorName(name);
  return OVERALL_LEVEL1.includes(n) ? n : undefined;
}

function readIndicator(keyNode: YNode, node: YNode, l2: Level2, allReviews: Review[]): Indicator {
  const ind = new IndicatorModel(keyNode, node, l2);
  if (isScalar(node)) ind.valueNode = node;
  else if (isMap(node)) {
    const v = get(node, '指标值');
    if (isScalar(v)) ind.valueNode = v;
    ind.reviews = readReviews(get(node, '审核意见'), `${ind.path}.审核意见`);
    allReviews.push(...ind.reviews);
  }
  return ind;
}

/**
 * Paths are built when a finding asks for them, and what follows from the nodes (name, text,
 * 一级, whether 指标值 is boxed in a mapping) is read from them when asked: a large draft has
 * tens of thousands of indicators and few findings; each field was half a megabyte at 5,000
 * projects, kept as long as the document is open.
 */
class IndicatorModel implements Indicator {
  valueNode?: YScalar;
  reviews: Review[] = none<Review>();
  parsed?: Indicator['parsed'];
  constructor(
    readonly keyNode: YNode,
    readonly node: YNode,
    readonly level2: Level2,
  ) {}
  get name(): string {
    const k = this.keyNode;
    return isScalar(k) ? String(k.value ?? '') : '';
  }
  get text(): string | undefined {
    return scalarText(this.valueNode);
  }
  get level1(): Level1 {
    return this.level2.parent;
  }
  /** Written as a mapping with 指标值 (and perhaps 审核意见) rather than a bare value. */
  get boxed(): boolean {
    return isMap(this.node);
  }
  get path(): string {
    return `${this.level2.path}.${this.name}`;
  }
  get valuePath(): string {
    return this.boxed ? `${this.path}.指标值` : this.path;
  }
}

export function readReviews(node: YNode | undefined, path: string): Review[] {
  if (!isSeq(node)) return none<Review>();
  const out: Review[] = [];
  node.items.forEach((item, i) => {
    if (!isMap(item)) return;
    const p = `${path}[${i}]`;
    out.push({
      node: item,
      path: p,
      opinion: readText(get(item, '意见'), `${p}.意见`),
      reviewer: readText(get(item, '审核人'), `${p}.审核人`),
      date: readText(get(item, '日期'), `${p}.日期`),
      status: readText(get(item, '状态'), `${p}.状态`),
    });
  });
  return exact(out);
}
