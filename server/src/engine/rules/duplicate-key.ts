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
      if (map.pairs.length < 2) return;
      const seen = new Map<string, YNode>();
      for (const p of map.pairs) {
        const k = keyText(p);
        const first = seen.get(k);
        if (!first) {
          seen.set(k, p.key);
          continue;
        }
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
