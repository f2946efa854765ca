import type { YMap, YNode, YPair } from '../yaml/ast';
import { keyText } from '../yaml/ast';

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export interface WalkOptions {
  /** The path of `root` itself. */
  basePath?: string;
  /** List items not to enter (the projects, when a rule checks them apart). */
  skip?: ReadonlySet<YNode>;
}

/**
 * Visits every mapping of a tree with its path; iterative, so no depth can overflow the stack.
 * Paths are found only when asked for (`path()`, by a second search from the root): most visits
 * never need one, and remembering every node's parent would cost more than the rare search.
 */
export function forEachMapLazy(
  root: YNode | undefined,
  visit: (map: YMap, path: () => string) => void,
  options: WalkOptions = {},
): void {
  if (!root) return;
  const skip = options.skip;
  const stack: YNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'map') {
      visit(node, () => pathTo(root, node, options.basePath ?? ''));
      for (let i = node.pairs.length - 1; i >= 0; i--) {
        const v = node.pairs[i].value;
        if (v.type === 'map' || v.type === 'seq') stack.push(v);
      }
    } else if (node.type === 'seq') {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const v = node.items[i];
        if ((v.type === 'map' || v.type === 'seq') && !skip?.has(v)) stack.push(v);
      }
    }
  }
}

/** The path of `target` under `root` (whose own path is `base`), the way forEachMapLazy walks. */
function pathTo(root: YNode, target: YNode, base: string): string {
  const stack: [YNode, string][] = [[root, base]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (node === target) return path;
    if (node.type === 'map') for (const p of node.pairs) stack.push([p.value, childPath(path, keyText(p))]);
    else if (node.type === 'seq') node.items.forEach((it, i) => stack.push([it, childPath(path, i)]));
  }
  return base;
}

/** Plain data for JSON-schema validation, built from our tree (so duplicates resolve as js-yaml would: last wins). */
export function toPlain(node: YNode | undefined, skip?: ReadonlySet<YNode>): unknown {
  if (!node) return undefined;
  // A skipped node (a project checked apart) stands as an empty mapping.
  if (skip?.has(node)) return {};
  switch (node.type) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map((it) => toPlain(it, skip));
    case 'map': {
      const o: Record<string, unknown> = {};
      for (const p of node.pairs) o[keyText(p)] = toPlain(p.value, skip);
      return o;
    }
    default:
      return undefined;
  }
}

/** The node at a data path, and the pair whose key ends it (for "unknown key" findings). */
export function nodeAt(
  root: YNode | undefined,
  path: readonly (string | number)[],
): { node?: YNode; key?: YNode; parent?: YNode } {
  let node = root;
  let key: YNode | undefined;
  let parent: YNode | undefined;
  for (const seg of path) {
    if (!node) return { parent };
    parent = node;
    if (node.type === 'map') {
      const pair = pairNamed(node, String(seg));
      node = pair?.value;
      key = pair?.key;
    } else if (node.type === 'seq' && typeof seg === 'number') {
      node = node.items[seg];
      key = undefined;
    } else return { parent };
  }
  return { node, key, parent };
}

/** Mappings with many keys, indexed once: a finding per key of 10,000 must not scan 10,000 each. */
const KEY_INDEX = new WeakMap<YMap, Map<string, YPair>>();
const INDEX_FROM = 16;

/** The pair of `map` with this key; the last when repeated, as a YAML reader keeps the last. */
function pairNamed(map: YMap, key: string): YPair | undefined {
  if (map.pairs.length < INDEX_FROM) {
    for (let i = map.pairs.length - 1; i >= 0; i--) if (keyText(map.pairs[i]) === key) return map.pairs[i];
    return undefined;
  }
  let index = KEY_INDEX.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.pairs) index.set(keyText(p), p);
    KEY_INDEX.set(map, index);
  }
  return index.get(key);
}

export function pathString(path: readonly (string | number)[]): string {
  let s = '';
  for (const seg of path) s = childPath(s, seg);
  return s;
}
