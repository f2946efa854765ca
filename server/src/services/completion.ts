import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import type { CheckResult } from '../engine/engine';
import { catalogFor } from '../engine/model/indicatorNames';

const ROOT_KEYS: [string, string][] = [
  ['格式', '格式标识：部门预算/1'],
  ['部门', '部门名称'],
  ['部门编码', '部门编码（保留前导零，建议加引号）'],
  ['预算年度', '预算年度，如 2026'],
  ['金额单位', '万元（默认）或 元'],
  ['预算单位', '部门所属的预算单位列表'],
  ['收入', '收入预算（按来源）'],
  ['支出功能分类', '按支出功能分类科目列示的支出'],
  ['基本支出经济分类', '一般公共预算基本支出（按经济分类）'],
  ['三公经费', '“三公”经费预算'],
  ['项目', '项目支出及其绩效目标'],
  ['整体绩效目标', '部门整体绩效目标'],
  ['审核意见', '审核意见'],
];

const PROJECT_KEYS: [string, string][] = [
  ['名称', '项目名称'],
  ['编码', '项目编码（文件内唯一）'],
  ['预算单位', '项目所属预算单位编码'],
  ['类别', '其他运转类 | 特定目标类 | 人员类 | 公用经费类'],
  ['功能科目', '支出功能分类科目（7位项级）：编码 名称'],
  ['金额', '年度预算资金总额（金额单位）'],
  ['资金来源', '资金来源及金额'],
  ['总预算', '项目总预算（不小于金额）'],
  ['明细', '项目支出明细测算'],
  ['采购', '政府采购预算'],
  ['绩效目标', '总体目标与绩效指标'],
];

/**
 * Keys that fit where the cursor is, read from the indentation of the lines above: the parent
 * keys decide whether it is the file's top level, a project, a 指标 tree's 一级 or a 二级.
 */
export function completion(result: CheckResult, offset: number): CompletionItem[] {
  const { lines } = result.draft;
  const pos = lines.position(offset);
  const current = lines.lineText(pos.line);
  const indent = /^\s*(?:-\s+)?/.exec(current)![0].length;
  const chain: string[] = [];
  let need = indent;
  for (let l = pos.line - 1; l >= 0 && need > 0; l--) {
    const t = lines.lineText(l);
    if (!t.trim() || t.trimStart().startsWith('#')) continue;
    const m = /^(\s*)(-\s+)?([^:#]+?):/.exec(t);
    if (!m) continue;
    const col = m[1].length;
    if (col < need) {
      // A `- 名称:` line above is a sibling inside a list item: it marks the item, not a parent key.
      chain.unshift(m[2] && col + m[2].length === indent ? '- ' + m[3].trim() : m[3].trim());
      need = col;
    }
  }
  const profile = result.config.profile;
  const catalog = catalogFor(profile);
  const item = (
    label: string,
    doc: string,
    kind: CompletionItemKind = CompletionItemKind.Property,
  ): CompletionItem => ({
    label,
    kind,
    documentation: doc,
    insertText: `${label}: `,
  });
  const parent = chain[chain.length - 1];
  const grand = chain[chain.length - 2];
  if (!chain.length) return ROOT_KEYS.map(([k, d]) => item(k, d));
  if (parent === '指标')
    return Object.keys(catalog).map((k) => item(k, `一级指标：${k}`, CompletionItemKind.Module));
  if (parent && catalog[parent])
    return catalog[parent].map((k) => item(k, `${parent}的二级指标`, CompletionItemKind.Field));
  if (parent === '项目' || (grand === '项目' && parent.startsWith('- ')))
    return PROJECT_KEYS.map(([k, d]) => item(k, d));
  return [];
}
