import { validateDraft } from '../schema/validate';
import { isMap, type YNode } from '../yaml/ast';
import { nodeAt, pathString, toPlain } from '../util/walk';
import type { Rule } from './rule';

/** A finding about a whole mapping is shown on its first key, not across the whole block. */
function narrow(node: YNode): YNode {
  return isMap(node) && node.pairs.length ? node.pairs[0].key : node;
}

const rule: Rule = {
  id: 'schema',
  severity: 'error',
  description: '不符合草稿格式：未知的键、类型错误、缺少必填项（依据 schemas/budget.schema.json）。',
  check(ctx) {
    const root = ctx.draft.parsed.root;
    if (!root) {
      if (!ctx.draft.parsed.problems.length) {
        ctx.report({
          start: 0,
          end: 0,
          path: '',
          message: '文件为空：预算草稿至少应写明“格式: 部门预算/1”“部门”和“预算年度”',
        });
      }
      return;
    }
    const seen = new Set<string>();
    for (const issue of validateDraft(toPlain(root))) {
      const at = nodeAt(root, issue.path);
      const node = issue.target === 'key' && at.key ? at.key : (at.node ?? at.parent ?? root);
      const key = `${node.start}:${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.report({
        node: issue.target === 'key' ? node : narrow(node),
        path: pathString(issue.path),
        message: issue.message,
      });
    }
  },
};

export default rule;
