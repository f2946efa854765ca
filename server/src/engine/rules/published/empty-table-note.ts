import type { Rule } from '../rule';
import { reportPublished } from '../../published';

/** Raised on imported documents only (IMPORT.md): the facts come from the import, not the YAML. */
const rule: Rule = {
  id: 'empty-table-note',
  severity: 'warning',
  category: 'published',
  fixable: 'none',
  docs: 'docs/rules/empty-table-note.md',
  description: '空表没有注明为什么为空，或注明为空的表格却印有数字。',
  draft(draft, ctx) {
    reportPublished('empty-table-note', draft, ctx);
  },
};

export default rule;
