import type { Finding } from '../engine/findings';
import type { Draft } from '../engine/model/types';
import { findingList, ruleDocSection, type RuleDocs } from './findingList';
import { goalsTable } from './goals';
import { proseTable } from './prose';
import { esc } from './html';
import { Sheet } from './sheet';
import { REPORT_CSS } from './styles';
import { summary } from './summary';
import {
  derivedTables,
  econTable,
  funcTable,
  incomeTable,
  procurementTable,
  projectTable,
  sangongTable,
} from './tables';

export interface RenderOptions {
  /** The report embeds the docs of the rules with findings; the preview links to them instead. */
  ruleDocs?: RuleDocs;
}

export function titleOf(draft: Draft): string {
  const dept = draft.header.department?.text ?? '部门';
  const year = draft.header.year?.value;
  return `${dept}${year ? ` ${year}年` : ''}部门预算`;
}

/**
 * The draft as the published forms look, every finding on the cell that shows its node and every
 * source-backed cell carrying its source position. One body for the report and the preview, so
 * what the reviewer prints is what the author saw while typing. No scripts and no style
 * attributes in it: the preview's CSP allows neither.
 */
export function renderBody(draft: Draft, findings: Finding[], options: RenderOptions = {}): string {
  const s = new Sheet(draft.lines);
  const refs = new Map(findings.map((f, i) => [f, i + 1]));
  const projects = draft.projects.map((p) => goalsTable(s, draft, p, findings, refs)).join('');
  const toc = [
    ['t-projects', '项目支出表'],
    ['goals', '绩效目标表'],
    ['t-func', '支出功能分类'],
    ['t-sangong', '“三公”经费'],
    ...(draft.prose.length || draft.projects.some((p) => p.prose.length) ? [['t-prose', '说明']] : []),
    ['findings', '检查结果'],
  ];
  const body = [
    `<h1>${esc(titleOf(draft))}</h1>`,
    summary(draft, findings),
    `<nav class="toc no-print">${toc.map(([id, t]) => `<a href="#${id}">${esc(t)}</a>`).join(' · ')}</nav>`,
    projectTable(s, draft),
    projects ? `<h2 id="goals">项目支出绩效目标表</h2>${projects}` : '',
    funcTable(s, draft),
    sangongTable(s, draft),
    econTable(s, draft),
    incomeTable(s, draft),
    derivedTables(draft),
    procurementTable(s, draft),
    proseTable(s, draft, findings, refs),
    findingList(findings, draft.lines, !!options.ruleDocs),
    options.ruleDocs ? ruleDocSection(findings, options.ruleDocs) : '',
  ].join('\n');
  return s.finish(body, findings, refs);
}

/** One self-contained page: inline stylesheet, no scripts, nothing fetched (the CSP forbids it). */
export function renderReport(draft: Draft, findings: Finding[], options: RenderOptions = {}): string {
  const title = titleOf(draft);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}：检查报告</title><style>${REPORT_CSS}</style></head>
<body class="report">
${renderBody(draft, findings, { ruleDocs: options.ruleDocs ?? (() => undefined) })}
</body></html>
`;
}
