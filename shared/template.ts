/**
 * The skeleton of a new 部门预算 draft: the header and one complete project whose every number
 * agrees (金额 = 资金来源 = 总成本), so that it checks clean and shows the shape of every part.
 * Pure text, no catalog, no imports: shared by the server's file snippet and the client's command
 * "新建部门预算草稿" (eslint allows the client this module beside the protocol).
 */
export interface DraftTemplateInput {
  department: string;
  year: number;
  moneyUnit: '万元' | '元';
}

/** Plain text, or `snippet: true` for a VS Code snippet whose answers are placeholders. */
export function draftTemplate(input: DraftTemplateInput, options: { snippet?: boolean } = {}): string {
  const snippet = !!options.snippet;
  // A snippet treats `$`, `}` and `\` as syntax: the fixed text escapes them.
  const lit = (s: string) => (snippet ? s.replace(/[\\$}]/g, (c) => '\\' + c) : s);
  const ask = (n: number, value: string) => (snippet ? `\${${n}:${lit(value)}}` : value);
  const amount = input.moneyUnit === '元' ? '100000' : '10.00';
  const lines = [
    // 格式 first: VS Code recognises a draft by its first line.
    '格式: 部门预算/1',
    '# 部门预算草稿。格式说明：docs/format.md；规则说明：docs/rules/。',
    `部门: ${ask(1, input.department)}`,
    `预算年度: ${ask(2, String(input.year))}`,
    `金额单位: ${input.moneyUnit}        # 万元 | 元`,
    '',
    '# 按需补充：预算单位、收入、支出功能分类、基本支出经济分类、“三公”经费、整体绩效目标。',
    '',
    '项目:',
    `  - 名称: ${ask(3, '新建项目')}`,
    '    类别: 其他运转类',
    '    功能科目: 2010101 行政运行',
    `    金额: ${amount}`,
    '    资金来源:',
    `      一般公共预算: ${amount}`,
    '    绩效目标:',
    '      总体目标: 保障各项业务正常开展，按期完成年度工作任务',
    '      指标:',
    '        成本指标:',
    '          经济成本指标:',
    `            总成本: ≤${amount}${input.moneyUnit}`,
    '        产出指标:',
    '          数量指标:',
    '            完成工作任务数: ≥1项',
    '          质量指标:',
    '            工作任务完成合格率: ≥95%',
    '          时效指标:',
    '            工作任务完成及时率: ≥95%',
    '        效益指标:',
    '          社会效益指标:',
    '            公共服务水平: 有效提升',
    '        满意度指标:',
    '          服务对象满意度指标:',
    '            服务对象满意度: ≥90%',
  ];
  const text = lines.map((l) => (l.includes('${') ? l : lit(l))).join('\n') + '\n';
  return snippet ? text.replace(/\n$/, '$0\n') : text;
}

/** The year a new draft is usually for: budgets are drawn up the year before. */
export function nextBudgetYear(today: Date): number {
  return today.getFullYear() + 1;
}
