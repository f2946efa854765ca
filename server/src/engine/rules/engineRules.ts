import type { RuleMeta } from './rule';

/** Rules the engine raises itself (about suppression comments): metadata only. */
export const ENGINE_RULES: RuleMeta[] = [
  {
    id: 'suppression-invalid',
    severity: 'warning',
    category: 'reviews',
    // Deleting a comment someone meant to work is a judgment: the fix may be a reason instead.
    fixable: 'suggestion',
    docs: 'docs/rules/suppression-invalid.md',
    description: '忽略注释缺少理由，或指定了未知的规则。',
  },
  {
    id: 'suppression-unused',
    severity: 'hint',
    category: 'reviews',
    fixable: 'safe',
    docs: 'docs/rules/suppression-unused.md',
    description: '忽略注释没有屏蔽任何问题。',
  },
];
