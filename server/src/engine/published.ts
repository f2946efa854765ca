import type { Draft } from './model/types';
import type { RuleContext } from './rules/rule';

/**
 * Facts that only a published document shows (an imported PDF, text or workbook): the draft keeps
 * one copy of a repeated figure and none of the clipped text, so its values alone cannot tell them.
 * `jixiao import` writes each as a comment line of its own where it belongs,
 *
 *     # 导入 table-repeat-mismatch 第15页：208 社会保障和就业支出 合计：支出总表（第12页）印为…
 *
 * and the published-document rules report those lines, in `jixiao check file.pdf` (which imports
 * in memory) and on the saved draft alike, until the reviewer resolves and deletes them.
 */
export type PublishedRuleId =
  'table-repeat-mismatch' | 'text-clipped' | 'publication-incomplete' | 'empty-table-note';

export interface PublishedFact {
  rule: PublishedRuleId;
  message: string;
  /** Offsets of the comment line in the draft. */
  start: number;
  end: number;
}

const FACT =
  /^[ \t]*#[ \t]*导入[ \t]+(table-repeat-mismatch|text-clipped|publication-incomplete|empty-table-note)[ \t]+(.+?)[ \t]*$/;

/** The comment line of one fact, as the import writes it; `where` is `第N页` or `第N行`. */
export function factComment(rule: PublishedRuleId, where: string, message: string): string {
  return `# 导入 ${rule} ${where ? `${where}：` : ''}${message.replace(/\s*\n\s*/g, ' ')}`;
}

export function publishedFacts(text: string): PublishedFact[] {
  if (!text.includes('导入')) return [];
  const out: PublishedFact[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const m = FACT.exec(line.replace(/\r$/, ''));
    if (m)
      out.push({
        rule: m[1] as PublishedRuleId,
        message: m[2],
        start,
        end: start + line.replace(/\r$/, '').length,
      });
    start += line.length + 1;
  }
  return out;
}

export function reportPublished(id: PublishedRuleId, draft: Draft, ctx: RuleContext): void {
  for (const fact of publishedFacts(draft.text))
    if (fact.rule === id) ctx.report({ start: fact.start, end: fact.end, path: '', message: fact.message });
}
