import { ImportRefusal, whereText, whereOf, type Line, type SourceDoc } from '../types';
import { cleanHeading } from './kinds';
import { lineText, type TableBlock } from './segment';

/**
 * A title, cover line or table title that names a 决算 (final accounts): 2024年度部门决算,
 * 单位决算, 收入支出决算总表, 财政拨款支出决算表, 决算公开. Prose that mentions 决算 in passing
 * (参与医疗保险基金预决算草案编制, 比2023年决算数增加) is a sentence or a figure, not a title.
 */
export function namesFinalAccounts(text: string): boolean {
  const t = cleanHeading(text)
    .replace(/预决算/g, '')
    .replace(/决算数/g, '');
  if (!t.includes('决算') || t.length > 40 || /[。；;，,：:]/.test(t)) return false;
  // A header cell 2023年决算 over a column of last year's figures is no title.
  if (/^[(（]?\d{4}年度?决算[)）]?$/.test(t)) return false;
  return /(部门|单位|政府|财政)决算|决算(总表|报表|表|公开|报告|情况说明|说明)|决算[(（]/.test(t);
}

/** The first line of the input that says it is a 决算, anywhere: a package may hold both. */
export function finalAccountsLine(doc: SourceDoc): Line | undefined {
  return doc.lines.find((line) => {
    // A table row (cells side by side) is data, not a title; text lines hold one cell.
    if (line.cells.length > 2) return false;
    return namesFinalAccounts(lineText(line));
  });
}

/** Refuses a 决算 wherever it says so, with the page or line that does. */
export function refuseFinalAccounts(doc: SourceDoc): void {
  // A workbook may say so only in a sheet's name (收入支出决算总表).
  const sheet = doc.sheetNames?.find(namesFinalAccounts);
  if (sheet)
    throw new ImportRefusal(
      `这是一份决算（工作表“${sheet}”），不是预算：jixiao import 只导入部门预算和单位预算`,
    );
  const line = finalAccountsLine(doc);
  if (!line) return;
  const where = whereText(whereOf(line, doc.sheetNames));
  const title = cleanHeading(lineText(line));
  throw new ImportRefusal(
    `这是一份决算（${where ? `${where}印有` : ''}“${title}”），不是预算：jixiao import 只导入部门预算和单位预算`,
  );
}

/** Words that only a 部门预算/单位预算 (or one of its tables or 绩效目标表) prints. */
const BUDGET_WORDS =
  /(部门|单位)预算|预算(公开|总表|表)|收支(预算)?总(体情况)?表|绩效目标(申报)?表|支出功能分类|科目编码|一级指标/;

/**
 * A document that is not a budget: no table the recogniser knows, and no budget words in its
 * lines (a report, a price list, a contract copied by mistake).
 */
export function refuseNotBudget(doc: SourceDoc, tables: TableBlock[]): void {
  const known = tables.some((t) => !(t as TableBlock & { unknown?: boolean }).unknown);
  if (known) return;
  // A title or a heading, not a sentence: a report that mentions 部门预算 in passing is no budget.
  const titled = (t: string) => t.length <= 40 && !/[。；;]/.test(t) && BUDGET_WORDS.test(t);
  if (doc.lines.some((l) => titled(cleanHeading(lineText(l))))) return;
  throw new ImportRefusal('没有找到部门预算的表格或标题：这不像一份部门预算或单位预算');
}
