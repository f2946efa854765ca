import { CodeAction, CodeActionKind, Command, type Diagnostic } from 'vscode-languageserver';
import * as l10n from '@vscode/l10n';
import type { CheckResult } from '../engine/engine';

/**
 * An empty file is a draft not yet begun: its one finding (文件为空) gets the way to begin, the
 * same command as "Jixiao: 新建部门预算草稿", which asks 部门, 年度 and 金额单位 and writes the
 * skeleton into this file.
 */
export function newDraftAction(uri: string, result: CheckResult, diagnostics: Diagnostic[]): CodeAction[] {
  if (result.draft.text.trim()) return [];
  const title = l10n.t('新建部门预算草稿…');
  const action = CodeAction.create(title, CodeActionKind.QuickFix);
  action.command = Command.create(title, 'jixiao.newDraft', uri);
  const d = diagnostics.find((x) => x.source === 'jixiao');
  if (d) action.diagnostics = [d];
  action.isPreferred = true;
  return [action];
}
