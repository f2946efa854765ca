import { keyText, type YMap, type YNode } from '../yaml/ast';
import { childPath, forEachMapLazy } from '../util/walk';
import { partTrees, type Rule } from './rule';

const rule: Rule = {
  id: 'duplicate-key',
  severity: 'error',
  description: '同一映射中的键重复（重复的指标也属于此类）。',
  scope: 'piece',
  check(ctx) {
    const lines = ctx.draft.lines;
    for (const { root, options } of partTrees(ctx)) forEachMapLazy(root, visit, options);
    function visit(map: YMap, path: () => string): void {
      const pairs = map.pairs;
      if (pairs.length < 2) return;
      const keys = pairs.map(keyText);
      // Most mappings have a handful of keys: comparing them pairwise costs less than a Map.
      const seen = pairs.length > 16 ? new Map<string, YNode>() : undefined;
      for (let i = 0; i < pairs.length; i++) {
        const k = keys[i];
        let first: YNode | undefined;
        if (seen) {
          first = seen.get(k);
          if (!first) seen.set(k, pairs[i].key);
        } else {
          const j = keys.indexOf(k);
          if (j < i) first = pairs[j].key;
        }
        if (!first) continue;
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

export default rule;
