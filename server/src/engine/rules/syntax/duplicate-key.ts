import { keyText, type YMap, type YNode, type YPair } from '../../yaml/ast';
import { childPath, forEachMapLazy } from '../../util/walk';
import { partTrees, type Rule } from '../rule';

const rule: Rule = {
  id: 'duplicate-key',
  severity: 'error',
  category: 'syntax',
  fixable: 'none',
  docs: 'docs/rules/duplicate-key.md',
  description: '同一映射中的键重复（重复的指标也属于此类）。',
  piece(part, ctx) {
    const lines = ctx.draft.lines;
    for (const { root, options } of partTrees(part, ctx.draft)) forEachMapLazy(root, visit, options);
    function visit(map: YMap, path: () => string): void {
      const pairs = map.pairs;
      if (pairs.length < 2) return;
      // Most mappings have a handful of keys: comparing them pairwise allocates nothing.
      const seen = pairs.length > 16 ? new Map<string, YNode>() : undefined;
      for (let i = 0; i < pairs.length; i++) {
        let first: YNode | undefined;
        if (seen) {
          const k = keyText(pairs[i]);
          first = seen.get(k);
          if (!first) seen.set(k, pairs[i].key);
        } else {
          for (let j = 0; j < i; j++)
            if (sameKey(pairs[j], pairs[i])) {
              first = pairs[j].key;
              break;
            }
        }
        if (!first) continue;
        const k = keyText(pairs[i]);
        const p = pairs[i];
        const line = lines.position(first.start).line + 1;
        ctx.report({
          node: p.key,
          path: childPath(path(), k),
          message: `键“${k}”在同一层级重复出现（第一次在第${line}行）；YAML 只会保留最后一个，前面的值会丢失`,
          volatile: true,
        });
      }
    }
  },
};

/** keyText(a) === keyText(b), without building strings for the usual string keys. */
function sameKey(a: YPair, b: YPair): boolean {
  const x = a.key.type === 'scalar' ? a.key.value : undefined;
  const y = b.key.type === 'scalar' ? b.key.value : undefined;
  if (typeof x === 'string' && typeof y === 'string') return x === y;
  return keyText(a) === keyText(b);
}

export default rule;
