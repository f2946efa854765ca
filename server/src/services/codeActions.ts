import {
  CodeAction,
  CodeActionKind,
  Command,
  type CodeActionContext,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver';
import type { CheckResult } from '../engine/engine';
import { fixToAction, isJixiaoData, mergeEdits } from '../lsp/convert';
import { REASON_PLACEHOLDER } from '../engine/suppress';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.jixiao';

/**
 * The ladder of actions of a finding, as in vscode-eslint: its fixes, fix all of this rule,
 * accept it here with a reason, read the rule's page; and `source.fixAll.jixiao` for save.
 * Everything is driven by `diagnostic.data`, never by parsing the message.
 */
export function codeActions(
  uri: string,
  result: CheckResult,
  range: Range,
  context: CodeActionContext,
): CodeAction[] {
  const only = context.only;
  const wantsFixAll = only?.some(
    (k) => FIX_ALL_KIND.startsWith(k) && k.startsWith(CodeActionKind.SourceFixAll),
  );
  if (only && wantsFixAll) return fixAll(uri, result);
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  const actions: CodeAction[] = [];
  const seenRules = new Set<string>();
  for (const d of context.diagnostics) {
    if (d.source !== 'jixiao' || !isJixiaoData(d.data)) continue;
    const data = d.data;
    data.fixes.forEach((fix, i) => actions.push(fixToAction(uri, fix, d, i === 0)));
    if (!seenRules.has(data.rule)) {
      seenRules.add(data.rule);
      const same = result.findings.filter((f) => f.rule === data.rule && f.fixes.length);
      if (same.length > 1) {
        const edits = mergeEdits(same.map((f) => f.fixes[0]));
        actions.push(
          CodeAction.create(
            `修复此文件中所有同类问题（${data.rule}，共${same.length}处）`,
            { changes: { [uri]: edits } },
            CodeActionKind.QuickFix,
          ),
        );
      }
    }
    actions.push(suppressAction(uri, result, d, data.rule));
    const doc = CodeAction.create(`查看规则说明：${data.rule}`, CodeActionKind.QuickFix);
    doc.command = Command.create(`查看规则说明：${data.rule}`, 'jixiao.showRuleDoc', data.rule);
    doc.diagnostics = [d];
    actions.push(doc);
  }
  void range;
  return actions;
}

function fixAll(uri: string, result: CheckResult): CodeAction[] {
  const fixes = result.findings.filter((f) => f.fixes.length).map((f) => f.fixes[0]);
  if (!fixes.length) return [];
  return [
    CodeAction.create(
      '修复所有可自动修复的问题（绩效检查）',
      { changes: { [uri]: mergeEdits(fixes) } },
      FIX_ALL_KIND,
    ),
  ];
}

/**
 * `# 绩效检查-忽略 RULE: 请填写理由` at the end of the finding's line (or on its own line above
 * when the line already has a comment); the client then selects the placeholder to be typed over.
 */
function suppressAction(uri: string, result: CheckResult, d: Diagnostic, rule: string): CodeAction {
  const lines = result.draft.lines;
  const line = d.range.start.line;
  const text = lines.lineText(line);
  const comment = `# 绩效检查-忽略 ${rule}: ${REASON_PLACEHOLDER}`;
  let at: { line: number; character: number };
  let newText: string;
  let reasonAt: { line: number; character: number };
  if (/\s#/.test(text) || text.trimStart().startsWith('#')) {
    const indent = /^\s*/.exec(text)![0].replace(/-\s/, '  ');
    at = { line, character: 0 };
    newText = `${indent}${comment}\n`;
    reasonAt = { line, character: indent.length + comment.length - REASON_PLACEHOLDER.length };
  } else {
    at = { line, character: text.length };
    newText = `  ${comment}`;
    reasonAt = { line, character: text.length + newText.length - REASON_PLACEHOLDER.length };
  }
  const action = CodeAction.create(
    '忽略此处（需填写理由）',
    { changes: { [uri]: [{ range: { start: at, end: at }, newText }] } },
    CodeActionKind.QuickFix,
  );
  action.diagnostics = [d];
  action.command = Command.create('选择理由占位符', 'jixiao.selectReason', uri, {
    start: reasonAt,
    end: { line: reasonAt.line, character: reasonAt.character + REASON_PLACEHOLDER.length },
  });
  return action;
}
