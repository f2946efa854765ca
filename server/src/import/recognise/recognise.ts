import type { Unit } from '../amounts';
import { writeDraft } from '../draft/write';
import { whereText, type ImportIssue, type SourceDoc } from '../types';
import { Collector, type RepeatMismatch } from './collector';
import { mapEconTable } from './econ';
import { FUNCTION_KINDS, mapFunctionTable } from './function-tables';
import { KIND_NAMES, REQUIRED_KINDS, cleanHeading, titleKind, type TableKind } from './kinds';
import { mapPerformanceTable } from './performance';
import { mapProjectTable } from './projects';
import { mapProse } from './prose';
import { mapProcurementTable } from './procurement';
import { mapOverallTable } from './overall';
import { mapSangongTable } from './sangong';
import { lineText, segment, type TableBlock } from './segment';
import { mapSummaryTable } from './summary';
import { readAmount } from '../amounts';
import { refuseFinalAccounts, refuseNotBudget } from './refusal';
import { publishedFindings } from '../rules/published';

export interface ImportResult {
  draftText: string;
  issues: ImportIssue[];
  mismatches: RepeatMismatch[];
  printed: number;
  landed: number;
  tables: { kind: TableKind; title: string; pages: number[]; empty: boolean }[];
}

/** Order in which tables are read: income first, so the others can tell repeated figures. */
const ORDER: TableKind[] = [
  'income',
  'summary',
  'fiscal-summary',
  'expense',
  'function-gpb',
  'function-fund',
  'function-capital',
  'econ',
  'basic',
  'sangong',
  'project',
  'performance',
  'performance-summary',
  'performance-overall',
  'procurement',
];

/** The header facts printed on the cover: year, department, 部门预算 or 单位预算; 决算 refused. */
function readCover(doc: SourceDoc, c: Collector): void {
  const head = doc.lines.slice(0, 12).map(lineText).join('\n');
  const first = doc.lines.slice(0, 40).map(lineText).join('\n');
  const year = /(20\d\d)\s*年/.exec(first);
  if (year) c.draft.year = year[1];
  c.draft.type = /单位预算/.test(head) ? '单位预算' : '部门预算';
  const dept = /(?:预算主管部门|预算单位|编制部门|部门[(（]单位[)）])\s*[:：]\s*(\S+)/.exec(
    doc.lines.slice(0, 200).map(lineText).join('\n'),
  );
  if (dept) c.draft.dept = dept[1];
  else {
    const title = /20\d\d\s*年\s*(\S+?)\s*(部门|单位)\s*预算/.exec(
      cleanHeading(head.split('\n').find((l) => /预算/.test(l)) ?? ''),
    );
    if (title) c.draft.dept = title[1];
  }
}

function tableUnit(tables: TableBlock[]): Unit {
  const counts = { 元: 0, 万元: 0 };
  for (const t of tables) if (t.unit) counts[t.unit]++;
  return counts.元 > counts.万元 ? '元' : '万元';
}

/** Names a title-less table (a pasted one) by its header words. */
function kindByHeader(t: TableBlock): TableKind | undefined {
  const head = t.rows.slice(0, 4).map(lineText).join(' ');
  if (/一级指标/.test(head)) return 'performance';
  // A 绩效目标表 (or 申报表) copied without its title: a head of 项目名称, 项目资金 … above its indicators.
  if (/^项目名称/.test(lineText(t.rows[0]).trim()) && t.rows.some((r) => /一级指标/.test(lineText(r))))
    return 'performance';
  if (/项目名称/.test(head) && /合计/.test(head)) return 'project';
  if (/经济分类|部门预算支出经济分类/.test(head)) return 'econ';
  if (/科目/.test(head) && /基本支出/.test(head)) return 'expense';
  return undefined;
}

function isEmptyTable(t: TableBlock): boolean {
  return !t.rows.some((r) =>
    r.cells.some((cell) => {
      const v = readAmount(cell.text);
      return v !== undefined && !/^\d{2,3}$/.test(cell.text.trim()) && !/^0*(\.0+)?$/.test(v);
    }),
  );
}

export function recognise(doc: SourceDoc): ImportResult {
  refuseFinalAccounts(doc);
  const { blocks, toc } = segment(doc);
  const tables = blocks.filter((b): b is TableBlock => b.type === 'table');
  const c = new Collector(doc, tableUnit(tables));
  readCover(doc, c);
  for (const t of tables)
    if (!t.title) {
      const kind = kindByHeader(t);
      if (kind) t.kind = kind;
      else {
        t.kind = 'performance';
        (t as TableBlock & { unknown?: boolean }).unknown = true;
      }
    }
  refuseNotBudget(doc, tables);
  const sorted = [...tables].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  for (const t of sorted) {
    if ((t as TableBlock & { unknown?: boolean }).unknown) {
      c.skipTable(t.rows, c.where(t.titleLine), `无法识别的表格（${lineText(t.rows[0]).slice(0, 30)}…）`);
      continue;
    }
    if (FUNCTION_KINDS.includes(t.kind)) mapFunctionTable(t, c);
    else if (t.kind === 'summary' || t.kind === 'fiscal-summary') mapSummaryTable(t, c);
    else if (t.kind === 'econ' || t.kind === 'basic') mapEconTable(t, c);
    else if (t.kind === 'sangong') mapSangongTable(t, c);
    else if (t.kind === 'project') mapProjectTable(t, c);
    else if (t.kind === 'performance' || t.kind === 'performance-summary') mapPerformanceTable(t, c);
    else if (t.kind === 'procurement') mapProcurementTable(t, c);
    else if (t.kind === 'performance-overall') mapOverallTable(t, c);
    else c.skipTable(t.rows, c.where(t.titleLine), `${KIND_NAMES[t.kind]}尚不能导入（${t.title}）`);
  }
  mapProse(blocks, c);
  for (const p of c.draft.projects)
    if (p.unitName && !c.draft.unitNames.includes(p.unitName)) c.draft.unitNames.push(p.unitName);
  publishedChecks(doc, c, tables, toc);
  reportGarbled(doc, c);
  for (const clip of doc.clipped)
    c.issue(
      'text-clipped',
      { page: clip.page },
      `页面可见区域之外的文字未作为说明导入：“${clip.text.slice(0, 40)}${clip.text.length > 40 ? '…' : ''}”`,
    );
  for (const f of publishedFindings({ issues: c.issues })) c.draft.facts.push(f);
  return {
    draftText: writeDraft(c.draft, doc.name),
    issues: c.issues,
    mismatches: c.mismatches,
    printed: c.printed,
    landed: c.landed,
    tables: tables.map((t) => ({ kind: t.kind, title: t.title, pages: t.pages, empty: isEmptyTable(t) })),
  };
}

/** Facts only a published package shows: missing tables, a 目录 naming what is not there, empty tables. */
function publishedChecks(
  doc: SourceDoc,
  c: Collector,
  tables: TableBlock[],
  toc: { text: string; line: import('../types').Line }[],
): void {
  const kinds = new Set(tables.map((t) => t.kind));
  const isPackage = toc.length > 0 || tables.length >= 5;
  if (isPackage) {
    for (const k of REQUIRED_KINDS)
      if (!kinds.has(k)) c.issue('table-missing', {}, `预算公开要求的${KIND_NAMES[k]}没有印出`);
    const headings = new Set(
      c.draft.prose.map((p) => cleanHeading(p.heading)).concat(tables.map((t) => cleanHeading(t.title))),
    );
    for (const entry of toc) {
      const kind = titleKind(entry.text);
      const full = entry.text.replace(/^第[一二三四五六七八九十]+部分/, '') || entry.text;
      // 目录 says “部门主要职能”, the page “上海市普陀区…主要职能”: the words after 部门/项目/单位.
      const words = full.replace(/^(部门|项目|单位)/, '') || full;
      const found = kind
        ? kinds.has(kind)
        : (/预算表$/.test(words) && tables.length > 0) ||
          [...headings].some((h) => h.includes(words)) ||
          doc.lines.some(
            (l) =>
              l !== entry.line && !toc.some((e) => e.line === l) && cleanHeading(lineText(l)).includes(words),
          );
      if (!found) c.issue('toc-missing', c.where(entry.line), `目录列出的“${entry.text}”在文中没有找到`);
    }
    const tablePages = tables.flatMap((t) => t.pages);
    if (tablePages.length) {
      const [first, last] = [Math.min(...tablePages), Math.max(...tablePages)];
      for (const p of doc.blankPages)
        if (p > first && p < last) c.issue('blank-page', { page: p }, `表格之间的第${p}页是空白页`);
    }
  }
  for (const t of tables) {
    const empty = isEmptyTable(t);
    const note = t.notes.find((n) => /空表|无.*(预算|安排|支出)|没有|未安排|未编制|不涉及/.test(n.text));
    if (empty && !note && t.kind !== 'performance')
      c.issue(
        'empty-table-note',
        c.where(t.titleLine),
        `${KIND_NAMES[t.kind]}（${t.title}）印为空表，但没有说明为什么为空`,
      );
    else if (!empty && note)
      c.issue('empty-table-note', c.where(note.line), `${KIND_NAMES[t.kind]}印有数字，却注明“${note.text}”`);
  }
  void whereText;
}

/**
 * A broken text layer is imported as printed and said so (IMPORT.md): U+FFFD and private-use
 * characters, one report line per page or line where they occur.
 */
function reportGarbled(doc: SourceDoc, c: Collector): void {
  const seen = new Set<string>();
  for (const line of doc.lines) {
    const text = lineText(line);
    const bad = /[\ufffd\ue000-\uf8ff]/.exec(text);
    if (!bad) continue;
    const where = c.where(line);
    const key = JSON.stringify(where);
    if (seen.has(key)) continue;
    seen.add(key);
    const at = Math.max(0, bad.index - 10);
    c.issue(
      'text-garbled',
      where,
      `文字层有无法识别的字符（U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}），照印导入：“${text.slice(at, at + 24)}”`,
    );
  }
}
