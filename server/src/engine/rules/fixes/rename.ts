import type { IndicatorTree } from '../../model/types';
import { didYouMean } from '../../schema/validate';
import type { YNode } from '../../yaml/ast';
import type { FixSpec } from '../rule';

export interface NearNames {
  /** The near names the key may be renamed to (those its mapping lacks). */
  names: string[];
  /** Exactly one allowed name is near, and it is free: the rename is mechanical. */
  unique: boolean;
}

/**
 * "Did you mean" as fixes: the key renamed to each near name. With exactly one near name the
 * rename is mechanical (safe: fix-all may apply it); with several, the officer chooses.
 */
export function renameFixes(key: YNode, near: NearNames): FixSpec[] {
  const kind = near.unique ? 'safe' : 'suggestion';
  return near.names.slice(0, 3).map((name) => ({
    title: `改为“${name}”`,
    edits: [{ start: key.start, end: key.end, newText: name }],
    kind,
  }));
}

/**
 * The near names of a key among the allowed ones, leaving out those its mapping already has.
 * Indicator names (`stem`) are compared without their common 指标 ending, which would otherwise
 * make every four-character name near every other (投入指标 is no typo of 产出指标).
 */
export function nearNames(name: string, allowed: string[], present: string[], stem = false): NearNames {
  const taken = new Set(present);
  const cut = (n: string) => (stem ? n.replace(/指标$/, '') || n : n);
  const byStem = new Map(allowed.map((a) => [cut(a), a]));
  const all = didYouMean(cut(name), [...byStem.keys()]).map((k) => byStem.get(k)!);
  const names = all.filter((n) => !taken.has(n));
  return { names, unique: all.length === 1 && names.length === 1 };
}

/**
 * The 一级 names the unknown 一级 of a tree are typos of (满意度指表 → 满意度指标): a missing 一级
 * that one of them stands for is reported once, as the typo, not again as missing.
 */
export function level1Typos(tree: IndicatorTree, allowed: string[]): Set<string> {
  const present = tree.level1.filter((l) => l.canonical).map((l) => l.canonical!);
  const out = new Set<string>();
  for (const l1 of tree.level1) {
    if (l1.canonical) continue;
    const near = nearNames(l1.name, allowed, present, true);
    if (near.unique) out.add(near.names[0]);
  }
  return out;
}
