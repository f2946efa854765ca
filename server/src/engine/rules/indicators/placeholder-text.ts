import { isMap, isScalar, isSeq, keyText, type YNode } from '../../yaml/ast';
import { childPath } from '../../util/walk';
import { partTrees, type Rule } from '../rule';
import { clip } from '../../util/clip';

/** Text left from a template: XX, ××, 某某, 待定, 0 等 1 个 (an auto-filled count left at zero). */
const PLACEHOLDER = /(?:[Xx]{2,}|[×＊*]{2,}|某某|待定|待填|待补充|TODO|0\s*等\s*\d+\s*个)/;

const rule: Rule = {
  id: 'placeholder-text',
  severity: 'warning',
  category: 'indicators',
  fixable: 'none',
  docs: 'docs/rules/placeholder-text.md',
  description: '值或文字中留有占位内容（XX、××、某某、待定、“0 等 1 个”）。',
  piece(part, ctx) {
    const { text } = ctx.draft;
    // One scan rules out most of a project's text. Outside the projects the tree is small, and
    // scanning all of a large draft's text for it would cost more.
    if (
      part.kind === 'project' &&
      !PLACEHOLDER.test(text.slice(part.project.node.start, part.project.node.end))
    )
      return;
    const trees = partTrees(part, ctx.draft);
    const stack: [YNode, string][] = trees.map((t) => [t.root, t.options.basePath ?? '']);
    const skip = trees[0]?.options.skip;
    while (stack.length) {
      const [node, path] = stack.pop()!;
      if (skip?.has(node)) continue;
      if (isMap(node)) {
        for (const p of node.pairs) {
          const k = keyText(p);
          // 说明 is prose: text-template reports its placeholders, at their exact characters.
          if (k === '说明' && (path === '' || /^项目\[\d+\]$/.test(path))) continue;
          if (PLACEHOLDER.test(k)) report(p.key, childPath(path, k), k, true);
          stack.push([p.value, childPath(path, k)]);
        }
      } else if (isSeq(node)) node.items.forEach((it, i) => stack.push([it, childPath(path, i)]));
      else if (isScalar(node) && typeof node.value === 'string') {
        const m = PLACEHOLDER.exec(node.value);
        if (m) report(node, path, node.value, false, m[0]);
      }
    }
    function report(
      node: YNode,
      path: string,
      text: string,
      isKey: boolean,
      hit = PLACEHOLDER.exec(text)?.[0],
    ): void {
      const shown =
        text.length > 40
          ? text.slice(Math.max(0, text.indexOf(hit ?? '') - 15), text.indexOf(hit ?? '') + 25)
          : text;
      ctx.report({
        node,
        path,
        message: `${isKey ? '名称' : '内容'}中留有占位文字“${clip(hit ?? '')}”：“${clip(shown)}”，请填写实际内容`,
      });
    }
  },
};

export default rule;
