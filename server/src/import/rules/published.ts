import type { Severity } from '../../engine/findings';
import { ruleById } from '../../engine/rules';
import type { PublishedRuleId } from '../../engine/published';
import type { ImportResult } from '../recognise/recognise';
import type { ImportIssue, Where } from '../types';

/**
 * The rules only a published document can raise (RULES.md, "Published documents", and
 * table-repeat-mismatch, text-clipped). They read the import's facts, not the draft: the draft
 * keeps one copy of a repeated figure and none of the hidden text, so the YAML alone cannot tell.
 */
export interface PublishedFinding {
  rule: PublishedRuleId;
  severity: Severity;
  message: string;
  where: Where;
  code?: string;
}

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
    out.push({
      rule,
      severity: ruleById(rule)!.severity,
      message: issue.message,
      where: issue.where,
      code: issue.subject,
    });
  }
  const pos = (w: Where) => w.page ?? w.line ?? 0;
  return out.sort((a, b) => pos(a.where) - pos(b.where));
}
