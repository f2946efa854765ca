import type { Rule } from '../rule';

const rule: Rule = {
  id: 'project-duplicate-code',
  severity: 'error',
  category: 'projects',
  fixable: 'none',
  docs: 'docs/rules/project-duplicate-code.md',
  description: '两个项目使用了同一个项目编码。',
  draft(draft, ctx) {
    const seen = new Map<string, number>();
    for (const p of ctx.draft.projects) {
      const code = p.code?.text.trim();
      if (!code) continue;
      const first = seen.get(code);
      if (first === undefined) {
        seen.set(code, p.index);
        continue;
      }
      const other = ctx.draft.projects[first] ?? ctx.draft.projects.find((x) => x.index === first);
      ctx.report({
        node: p.code!.node,
        path: p.code!.path,
        message: `项目编码 ${code} 与第${first + 1}个项目“${other?.name?.text ?? ''}”重复；项目编码在文件内应唯一`,
      });
    }
  },
};

export default rule;
