import { explainSyntax } from '../../yaml/explain';
import type { Rule } from '../rule';

export { explainSyntax };

const rule: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  category: 'syntax',
  fixable: 'safe',
  docs: 'docs/rules/yaml-syntax.md',
  description: 'YAML 语法错误：文件无法按 YAML 解析。',
  draft(draft, ctx) {
    for (const p of ctx.draft.parsed.problems) {
      const e = explainSyntax(p, ctx.draft.lines);
      ctx.report({ start: e.start, end: e.end, path: '', message: e.message, fixes: e.fix ? [e.fix] : [] });
    }
  },
};

export default rule;
