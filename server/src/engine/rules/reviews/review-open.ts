import type { Rule } from '../rule';

const rule: Rule = {
  id: 'review-open',
  severity: 'info',
  category: 'reviews',
  fixable: 'suggestion',
  docs: 'docs/rules/review-open.md',
  description: '审核意见尚未处理（状态为“待修改”）。',
  draft(draft, ctx) {
    for (const r of ctx.draft.allReviews) {
      if (r.status?.text.trim() !== '待修改') continue;
      const who = r.reviewer ? `（${r.reviewer.text}${r.date ? '，' + r.date.text : ''}）` : '';
      ctx.report({
        node: r.opinion?.node ?? r.status.node,
        path: r.path,
        message: `待修改的审核意见${who}：${r.opinion?.text ?? '（无内容）'}`,
        fixes: [
          {
            title: '标记为已修改',
            kind: 'suggestion',
            edits: [{ start: r.status.node.start, end: r.status.node.end, newText: '已修改' }],
          },
        ],
      });
    }
  },
};

export default rule;
