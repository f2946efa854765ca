import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  type CompletionItem,
  type Range,
} from 'vscode-languageserver';
import { SUPPORTED_YEARS, type Catalog } from '../../catalog/catalog';
import type { Config } from '../../engine/config';
import type { Draft } from '../../engine/model/types';
import { ITEM, type CursorContext } from './context';
import { INDENT } from './keys';
import { objectOf, schemaAt } from './schema';
import { draftTemplate, nextBudgetYear } from '../../../../shared/template';

export interface SnippetEnv {
  draft: Draft;
  config: Config;
  catalog: Catalog;
  /** 审核意见 dates default to this day. */
  today: Date;
}

/** Text inside `${n:…}` must not end the placeholder or start another. */
function esc(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** `${n:default}`, or a choice `${n|a,b|}` when there are several candidates. */
function ph(n: number, choices: string[]): string {
  if (choices.length > 1)
    return `\${${n}|${choices.map((c) => c.replace(/[\\,|$}]/g, (x) => '\\' + x)).join(',')}|}`;
  return `\${${n}:${esc(choices[0])}}`;
}

function codeText(catalog: Catalog, scheme: 'func' | 'deptEco', code: string): string {
  const e = catalog.lookup(scheme, code);
  return e ? `${e.code} ${e.name}` : code;
}

/** A code the draft already uses, so that a new project lands in a row the tables have. */
function defaultFunc(env: SnippetEnv): string {
  const used = env.draft.projects.find((p) => p.func?.code.length === 7)?.func;
  const row = env.draft.funcRows.find((r) => r.subject?.code.length === 7)?.subject;
  const ref = used ?? row;
  if (ref) return codeText(env.catalog, 'func', ref.code);
  return codeText(env.catalog, 'func', '2010102');
}

function units(env: SnippetEnv): string[] {
  const names = env.draft.header.units
    .map((u) => (u.name?.text ?? u.code?.text ?? '').trim())
    .filter(Boolean);
  if (names.length) return names;
  return [env.draft.header.department?.text.trim() || '本部门'];
}

/**
 * A whole project with a complete indicator tree: 成本 (a 一级 in 2021, a 产出 二级 in the 2015
 * profile), 产出 数量/质量/时效, 效益 and 满意度, one indicator each. With its defaults it passes
 * the checker: the cost equals 金额, the satisfaction target meets the configured minimum.
 */
export function projectSnippet(env: SnippetEnv): string[] {
  const money = env.draft.header.moneyUnit;
  const amount = '${5:10.00}';
  const satisfaction = Math.max(90, Math.ceil(env.config.satisfaction.minimum));
  const cost = ['${7:总成本}: ≤' + amount + money];
  const output = [
    '数量指标:',
    INDENT + '${8:完成工作任务数}: ≥${9:1}${10:项}',
    '质量指标:',
    INDENT + '${11:工作任务完成合格率}: ≥${12:95}%',
    '时效指标:',
    INDENT + '${13:工作任务完成及时率}: ≥${14:95}%',
  ];
  const tree =
    env.config.profile === 2015
      ? ['产出指标:', ...[...output, '成本指标:', ...cost.map((l) => INDENT + l)].map((l) => INDENT + l)]
      : [
          '成本指标:',
          INDENT + '经济成本指标:',
          ...cost.map((l) => INDENT.repeat(2) + l),
          '产出指标:',
          ...output.map((l) => INDENT + l),
        ];
  tree.push(
    '效益指标:',
    INDENT + '社会效益指标:',
    INDENT.repeat(2) + '${15:公共服务水平}: ${16:有效提升}',
    '满意度指标:',
    INDENT + '服务对象满意度指标:',
    INDENT.repeat(2) + `\${17:服务对象满意度}: ≥\${18:${satisfaction}}%`,
  );
  return [
    '名称: ${1:新建项目}',
    `预算单位: ${ph(2, units(env))}`,
    '类别: ${3|其他运转类,特定目标类,人员类,公用经费类|}',
    `功能科目: ${ph(4, [defaultFunc(env)])}`,
    `金额: ${amount}`,
    '资金来源:',
    INDENT + `一般公共预算: ${amount}`,
    '绩效目标:',
    INDENT + '总体目标: ${6:保障各项业务正常开展，按期完成年度工作任务}',
    INDENT + '指标:',
    ...tree.map((l) => INDENT.repeat(2) + l),
  ];
}

export function detailSnippet(env: SnippetEnv): string[] {
  return [
    '内容: ${1:活动内容}',
    `经济科目: ${ph(2, [codeText(env.catalog, 'deptEco', '30201')])}`,
    '金额: ${3:1.00}',
  ];
}

export function reviewSnippet(env: SnippetEnv): string[] {
  const d = env.today;
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return [
    '意见: ${1:意见内容}',
    '审核人: ${2:财政局预算科}',
    `日期: \${3:${date}}`,
    '状态: ${4|待修改,已修改,已确认|}',
  ];
}

/** A list item's lines, placed at the cursor: with `- ` unless the line already opened the item. */
function asItem(lines: string[], ctx: CursorContext, dash: boolean): string {
  const col = ctx.keyCol + (dash ? 2 : 0);
  const pad = ' '.repeat(col);
  return (dash ? '- ' : '') + lines.map((l, i) => (i ? pad + l : l)).join('\n');
}

/**
 * Every line after the first carries the indentation computed for the cursor's position, so the
 * editor must insert it as is: without `asIs`, VS Code adds the cursor line's indentation to each
 * following line again (a 新项目 after `  - ` came out indented twice: 缩进不正确).
 */
function item(label: string, doc: string, text: string, range: Range, order: string): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Snippet,
    documentation: doc,
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    sortText: order,
    textEdit: { range, newText: text },
  };
}

/** Which list the cursor would add an item to: at the list's own level, or on a fresh `- `. */
function listAt(ctx: CursorContext): { list: string[]; dash: boolean } | undefined {
  if (ctx.position !== 'key' || ctx.flow) return undefined;
  if (ctx.path[ctx.path.length - 1] === ITEM) {
    if (!ctx.onDash || ctx.present.size) return undefined;
    return { list: ctx.path.slice(0, -1), dash: false };
  }
  return { list: ctx.path, dash: true };
}

export function snippetItems(ctx: CursorContext, range: Range, env: SnippetEnv): CompletionItem[] {
  const out: CompletionItem[] = [];
  const at = listAt(ctx);
  const list = at?.list ?? [];
  const is = (...want: string[]) => list.length === want.length && want.every((w, i) => w === list[i]);
  if (at && is('项目'))
    out.push(
      item(
        '新项目',
        '新增一个项目：名称、预算单位、金额、资金来源、功能科目和完整的绩效目标（成本、产出、效益、满意度指标）',
        asItem(projectSnippet(env), ctx, at.dash),
        range,
        '!0',
      ),
    );
  if (at && is('项目', ITEM, '明细'))
    out.push(
      item(
        '明细',
        '新增一行项目支出明细测算：内容、经济科目、金额',
        asItem(detailSnippet(env), ctx, at.dash),
        range,
        '!0',
      ),
    );
  if (at && list[list.length - 1] === '审核意见')
    out.push(
      item(
        '审核意见',
        '新增一条审核意见：意见、审核人、日期、状态',
        asItem(reviewSnippet(env), ctx, at.dash),
        range,
        '!0',
      ),
    );
  if (ctx.position === 'key' && !ctx.flow && !ctx.colonFollows && !ctx.present.has('审核意见')) {
    const props = objectOf(schemaAt(ctx.path))?.properties;
    if (props && '审核意见' in props) {
      const pad = ' '.repeat(ctx.keyCol + INDENT.length);
      const body = reviewSnippet(env).map((l, i) => (i ? pad + '  ' + l : l));
      out.push(
        item(
          '审核意见条目',
          '在此处新增“审核意见”及第一条意见（意见、审核人、日期、状态）',
          `审核意见:\n${pad}- ${body.join('\n')}`,
          range,
          '~0',
        ),
      );
    }
  }
  return out;
}

/** `file`: in an empty file, the skeleton of a whole draft that checks clean (see template.ts). */
export function fileSnippet(draft: Draft, today: Date): CompletionItem {
  const text = draftTemplate(
    // Next year's budget, unless the catalog of codes does not reach it yet (the check would say so).
    {
      department: '部门名称',
      year: Math.min(nextBudgetYear(today), Math.max(...SUPPORTED_YEARS)),
      moneyUnit: '万元',
    },
    { snippet: true },
  );
  const whole = draft.lines.range(0, draft.text.length);
  return {
    ...item(
      '新建部门预算草稿',
      '整个文件的骨架：表头和一个完整的项目（各项金额一致，检查无问题）',
      text,
      whole,
      '!0',
    ),
    filterText: 'file 新建部门预算草稿',
    detail: 'file',
  };
}
