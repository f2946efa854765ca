import type { Rule } from '../rule';
import { reportPublished } from '../../published';

/** Raised on imported documents only (IMPORT.md): the facts come from the import, not the YAML. */
const rule: Rule = {
  id: 'table-repeat-mismatch',
  severity: 'error',
  category: 'published',
  fixable: 'none',
  docs: 'docs/rules/table-repeat-mismatch.md',
  description: '两张公开表格印了同一个数字（同一科目、同一合计），但两处不一致。',
  draft(draft, ctx) {
    reportPublished('table-repeat-mismatch', draft, ctx);
  },
};

export default rule;
