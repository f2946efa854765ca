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
      for (const p3 of p2.value.pairs)
        l2.indicators.push(readIndicator(p3.key, p3.value, l1, l2, allReviews));
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

function readIndicator(keyNode: YNode, node: YNode, l1: Level1, l2: Level2, allReviews: Review[]): Indicator {
  const name = isScalar(keyNode) ? String(keyNode.value ?? '') : '';
  const ind = new IndicatorModel(name, keyNode, node, l1, l2);
  if (isScalar(node)) {
    ind.valueNode = node;
    ind.text = scalarText(node);
  } else if (isMap(node)) {
    const v = get(node, '指标值');
    ind.boxed = true;
    if (isScalar(v)) {
      ind.valueNode = v;
      ind.text = scalarText(v);
    }
    ind.reviews = readReviews(get(node, '审核意见'), `${ind.path}.审核意见`);
    allReviews.push(...ind.reviews);
  }
  return ind;
}

/**
 * Paths are built when a finding asks for them: a large draft has tens of thousands of
 * indicators and few findings, and two path strings each would cost memory and time.
 */
class IndicatorModel implements Indicator {
  valueNode?: YScalar;
  text?: string;
  reviews: Review[] = none<Review>();
  parsed?: Indicator['parsed'];
  /** Written as a mapping with 指标值 (and perhaps 审核意见) rather than a bare value. */
  boxed = false;
  constructor(
    readonly name: string,
    readonly keyNode: YNode,
    readonly node: YNode,
    readonly level1: Level1,
    readonly level2: Level2,
  ) {}
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
