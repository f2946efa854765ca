import type { Rule } from '../rule';
import { reportPublished } from '../../published';

/** Raised on imported documents only (IMPORT.md): the facts come from the import, not the YAML. */
const rule: Rule = {
  id: 'text-clipped',
  severity: 'warning',
  category: 'published',
  fixable: 'none',
  docs: 'docs/rules/text-clipped.md',
  description: 'PDF 把文字画在页面可见区域之外（被裁掉或藏在正文下面），这部分文字没有作为说明导入。',
  draft(draft, ctx) {
    reportPublished('text-clipped', draft, ctx);
  },
};

export default rule;
