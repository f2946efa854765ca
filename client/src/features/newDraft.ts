import * as vscode from 'vscode';
import { draftTemplate, nextBudgetYear, type DraftTemplateInput } from '../../../shared/template';
import { t } from '../l10n';
import type { ClientFeature } from './types';

/**
 * "Jixiao: 新建部门预算草稿": asks 部门, 预算年度 and 金额单位 and writes a skeleton that checks
 * clean — into the given (empty) file when the quick fix of an empty file calls it, into the
 * active editor when that is an empty draft, else into a new untitled draft. `answers` skips the
 * questions (for the tests and for other extensions).
 */
export const newDraftCommand: ClientFeature = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(
      'jixiao.newDraft',
      async (uri?: string, answers?: Partial<DraftTemplateInput>): Promise<string | undefined> => {
        const input = await ask(answers ?? {});
        if (!input) return undefined;
        const text = draftTemplate(input);
        const target = await targetDocument(uri);
        if (target) {
          const edit = new vscode.WorkspaceEdit();
          edit.replace(target.uri, new vscode.Range(0, 0, target.lineCount, 0), text);
          await vscode.workspace.applyEdit(edit);
          await vscode.window.showTextDocument(target);
          return target.uri.toString();
        }
        const doc = await vscode.workspace.openTextDocument({ language: 'budget-yaml', content: text });
        await vscode.window.showTextDocument(doc);
        return doc.uri.toString();
      },
    ),
  );
};

async function ask(given: Partial<DraftTemplateInput>): Promise<DraftTemplateInput | undefined> {
  const department =
    given.department ??
    (await vscode.window.showInputBox({
      title: t('新建部门预算草稿'),
      prompt: t('部门（与公开的部门预算标题一致，如 济南市历下区医疗保障局）'),
      validateInput: (v) => (v.trim() ? undefined : t('请填写部门名称')),
      ignoreFocusOut: true,
    }));
  if (!department?.trim()) return undefined;
  const yearText =
    given.year !== undefined
      ? String(given.year)
      : await vscode.window.showInputBox({
          title: t('新建部门预算草稿'),
          prompt: t('预算年度'),
          value: String(nextBudgetYear(new Date())),
          validateInput: (v) => (/^(19|20)\d\d$/.test(v.trim()) ? undefined : t('请填写四位年份，如 2026')),
          ignoreFocusOut: true,
        });
  if (!yearText || !/^(19|20)\d\d$/.test(yearText.trim())) return undefined;
  const moneyUnit =
    given.moneyUnit ??
    ((await vscode.window.showQuickPick(['万元', '元'], {
      title: t('新建部门预算草稿'),
      placeHolder: t('金额单位（公开的部门预算表通常以万元为单位）'),
      ignoreFocusOut: true,
    })) as DraftTemplateInput['moneyUnit'] | undefined);
  if (!moneyUnit) return undefined;
  return { department: department.trim(), year: Number(yearText.trim()), moneyUnit };
}

/** The named file, or the active editor's, when it is still empty; else none. */
async function targetDocument(uri: string | undefined): Promise<vscode.TextDocument | undefined> {
  const doc = uri
    ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri))
    : vscode.window.activeTextEditor?.document;
  return doc && !doc.getText().trim() ? doc : undefined;
}
