import type { Severity } from '../../engine/findings';
import type { ImportResult } from '../recognise/recognise';
import type { ImportIssue, Where } from '../types';

/**
 * The rules only a published document can raise (RULES.md, "Published documents", and
 * table-repeat-mismatch, text-clipped). They read the import's facts, not the draft: the draft
 * keeps one copy of a repeated figure and none of the hidden text, so the YAML alone cannot tell.
 */
export interface PublishedFinding {
  rule: 'publication-incomplete' | 'empty-table-note' | 'table-repeat-mismatch' | 'text-clipped';
  severity: Severity;
  message: string;
  where: Where;
}

export const PUBLISHED_RULES: { id: PublishedFinding['rule']; severity: Severity; description: string }[] = [
  {
    id: 'table-repeat-mismatch',
    severity: 'error',
    description: '两张公开表格印了同一个数字（同一科目、同一合计），但两处不一致。',
  },
  {
    id: 'text-clipped',
    severity: 'warning',
    description: 'PDF 把文字画在页面可见区域之外（被裁掉或藏在正文下面）。',
  },
  {
    id: 'publication-incomplete',
    severity: 'warning',
    description: '公开的部门预算缺少预算公开要求的表格，或目录列出的章节、表格不在文中，或表格之间有空白页。',
  },
  {
    id: 'empty-table-note',
    severity: 'warning',
    description: '空表没有注明为什么为空，或注明为空的表格却印有数字。',
  },
];

const RULE_OF: Partial<Record<ImportIssue['code'], PublishedFinding['rule']>> = {
  'table-repeat-mismatch': 'table-repeat-mismatch',
  'text-clipped': 'text-clipped',
  'table-missing': 'publication-incomplete',
  'toc-missing': 'publication-incomplete',
  'blank-page': 'publication-incomplete',
  'empty-table-note': 'empty-table-note',
};

/** Every published-document finding of one import, in printed order (by page or line). */
export function publishedFindings(result: Pick<ImportResult, 'issues'>): PublishedFinding[] {
  const out: PublishedFinding[] = [];
  for (const issue of result.issues) {
    const rule = RULE_OF[issue.code];
    if (!rule) continue;
    const meta = PUBLISHED_RULES.find((r) => r.id === rule)!;
    out.push({ rule, severity: meta.severity, message: issue.message, where: issue.where });
  }
  const pos = (w: Where) => w.page ?? w.line ?? 0;
  return out.sort((a, b) => pos(a.where) - pos(b.where));
}
