/** The table kinds of IMPORT.md, recognised by their titles. Order matters: the first match wins. */
export type TableKind =
  | 'performance-summary'
  | 'performance-overall'
  | 'performance'
  | 'sangong'
  | 'econ'
  | 'basic'
  | 'function-gpb'
  | 'function-fund'
  | 'function-capital'
  | 'fiscal-summary'
  | 'summary'
  | 'income'
  | 'expense'
  | 'project'
  | 'procurement';

const KINDS: [TableKind, RegExp][] = [
  ['performance-summary', /绩效目标.*汇总表/],
  ['performance-overall', /整体.*绩效目标(申报)?表|^(\d{4}年)?部门(支出)?绩效目标(申报)?表/],
  ['performance', /绩效目标(申报)?表/],
  ['sangong', /三公.*经费.*表/],
  ['econ', /一般公共预算(财政拨款)?基本支出.*表/],
  ['basic', /基本支出(预算)?(情况)?表/],
  ['function-gpb', /一般公共预算(财政拨款)?支出.*表/],
  ['function-fund', /政府性基金.*支出.*表/],
  ['function-capital', /国有资本经营.*支出.*表/],
  ['fiscal-summary', /财政拨款收支.*表/],
  ['summary', /收支(预算)?(总体情况|总|总体)表|收入支出(预算)?(总体情况|总)表/],
  ['income', /收入(预算)?(总体情况|总|总体)表/],
  ['expense', /支出(预算)?(总体情况|总|总体)表/],
  ['project', /项目支出(预算)?(情况|明细)?表/],
  ['procurement', /政府采购(预算|支出)?(情况|明细)?表/],
];

/** Chinese names for reports and findings. */
export const KIND_NAMES: Record<TableKind, string> = {
  'performance-summary': '项目支出绩效目标汇总表',
  'performance-overall': '整体支出绩效目标表',
  performance: '项目支出绩效目标表',
  sangong: '“三公”经费表',
  econ: '一般公共预算基本支出表',
  basic: '基本支出预算表',
  'function-gpb': '一般公共预算支出表',
  'function-fund': '政府性基金预算支出表',
  'function-capital': '国有资本经营预算支出表',
  'fiscal-summary': '财政拨款收支总表',
  summary: '收支总表',
  income: '收入总表',
  expense: '支出总表',
  project: '项目支出表',
  procurement: '政府采购预算表',
};

/** The tables that 预算公开 requires in every 部门预算/单位预算 (RULES.md publication-incomplete). */
export const REQUIRED_KINDS: TableKind[] = [
  'summary',
  'income',
  'expense',
  'fiscal-summary',
  'function-gpb',
  'econ',
  'sangong',
  'function-fund',
  'function-capital',
];

/** Markdown marks, list bullets and spacing that copied text carries around a title or heading. */
export function cleanHeading(text: string): string {
  return text
    .replace(/^#+\s*/, '')
    .replace(/\*\*/g, '')
    .replace(/^[-•]\s+/, '')
    .replace(/[\s\u3000]+/g, '')
    .trim();
}

/** The kind a line names when it is a table title; undefined for any other line. */
export function titleKind(text: string): TableKind | undefined {
  const t = cleanHeading(text)
    .replace(/[（(]续[)）]$/, '')
    .replace(/[（(]\d{4}年度?[)）]$/, '')
    // 一般公共预算支出表（支出功能分类）; 项目支出绩效目标表：<项目名称>
    .replace(/(表)[（(][^（）()]{1,24}[)）]$/, '$1')
    .replace(/(表)[:：].{1,60}$/, '$1');
  if (t.length > 45 || !/表$/.test(t) || /^(详见|见|参见|具体见)/.test(t)) return undefined;
  // "(二) 部门主管专项资金的绩效目标表" introduces tables; it is a heading, not a title.
  if (/^[（(][一二三四五六七八九十]+[)）]/.test(t)) return undefined;
  for (const [kind, pattern] of KINDS) if (pattern.test(t)) return kind;
  return undefined;
}

/** A line of a 目录: a numbered entry naming a section or a table. */
export function tocEntry(text: string): string {
  return cleanHeading(text)
    .replace(/^[0-9一二三四五六七八九十]+[、.．]\s*/, '')
    .replace(/^\d{4}年/, '')
    .replace(/[.．…·。]{3,}.*$/, '')
    .replace(/…+.*$/, '');
}
