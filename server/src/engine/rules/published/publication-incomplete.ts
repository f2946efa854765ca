import type { Rule } from '../rule';
import { reportPublished } from '../../published';

/** Raised on imported documents only (IMPORT.md): the facts come from the import, not the YAML. */
const rule: Rule = {
  id: 'publication-incomplete',
  severity: 'warning',
  category: 'published',
  fixable: 'none',
  docs: 'docs/rules/publication-incomplete.md',
  description: '公开的预算缺少预算公开要求的表格，或目录列出的章节、表格不在文中，或表格之间有空白页。',
  draft(draft, ctx) {
    reportPublished('publication-incomplete', draft, ctx);
  },
};

export default rule;
