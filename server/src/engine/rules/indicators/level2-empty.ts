import type { Rule } from '../rule';

const rule: Rule = {
  id: 'level2-empty',
  severity: 'warning',
  category: 'indicators',
  fixable: 'safe',
  docs: 'docs/rules/level2-empty.md',
  description: '二级指标下没有任何三级指标（留空）。',
  tree(tree, ctx) {
    const { lines, text } = ctx.draft;
    for (const l1 of tree.level1) {
      // A 满意度指标 with no 三级 at all is satisfaction-missing's one finding (whose fix fills it in,
      // where this rule's would delete the satisfaction indicator every project must have).
      if (!tree.overall && l1.canonical === '满意度指标' && l1.level2.every((l2) => !l2.indicators.length))
        continue;
      for (const l2 of l1.level2) {
        if (l2.indicators.length) continue;
        const isScalarValue = l2.node.type === 'scalar' && l2.node.value !== null;
        if (isScalarValue) continue; // a 二级 written as a value is a shape error, not an empty one
        // A blank 二级 in the wrong 一级 is level2-invalid's one finding (with the same removal).
        if (!tree.overall && l1.canonical && !l2.canonical) continue;
        const line = lines.position(l2.keyNode.start).line;
        const endLine = lines.position(Math.max(l2.node.end, l2.keyNode.end)).line;
        const from = lines.lineStart(line);
        const to = endLine + 1 < lines.lineCount ? lines.lineStart(endLine + 1) : text.length;
        // Removing the only 二级 would leave its 一级 empty: then only report.
        const alone = l1.level2.length === 1;
        ctx.report({
          node: l2.keyNode,
          path: l2.path,
          message: `二级指标“${l2.name}”下没有填写三级指标；不适用时应删除，适用时应补充具体指标`,
          fixes: alone
            ? []
            : [
                // Nothing is lost: the same blank template rows in every project go in one fix-all.
                {
                  title: `删除空的“${l2.name}”`,
                  kind: 'safe',
                  edits: [{ start: from, end: to, newText: '' }],
                },
              ],
        });
      }
    }
  },
};

export default rule;
