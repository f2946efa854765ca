import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_BUDGET, type ImportBudgetParams, type ImportBudgetResponse } from '../../../shared/protocol';
import { t } from '../l10n';
import type { ClientFeature } from './types';

/** `报告.pdf` → `报告.budget.yaml` beside it. */
export function draftUriFor(input: vscode.Uri): vscode.Uri {
  const name = input.path.slice(input.path.lastIndexOf('/') + 1).replace(/\.(pdf|xlsx|txt)$/i, '');
  return vscode.Uri.joinPath(input, '..', `${name}.budget.yaml`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

let channel: vscode.OutputChannel | undefined;

/**
 * Imports one file through the language server, writes the draft beside it (asking before an
 * existing one is overwritten), opens it and shows what the import did not understand.
 * Returns the draft's URI, or undefined when nothing was written.
 */
async function importBudget(client: LanguageClient, input: vscode.Uri): Promise<vscode.Uri | undefined> {
  const target = draftUriFor(input);
  if (await exists(target)) {
    const overwrite = t('覆盖');
    const answer = await vscode.window.showWarningMessage(
      t('{0} 已存在。要用导入结果覆盖它吗？', vscode.workspace.asRelativePath(target)),
      { modal: true },
      overwrite,
    );
    if (answer !== overwrite) return undefined;
  }
  const params: ImportBudgetParams = { path: input.fsPath };
  const res = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('正在导入预算…') },
    () => client.sendRequest<ImportBudgetResponse>(IMPORT_BUDGET, params),
  );
  if ('refused' in res) {
    void vscode.window.showErrorMessage(t('无法导入：{0}', res.refused));
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(res.draftText));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  channel ??= vscode.window.createOutputChannel(t('Jixiao 导入报告'));
  channel.clear();
  channel.appendLine(t('导入 {0} → {1}', input.fsPath, target.fsPath));
  channel.append(res.report);
  if (res.issues > 0 || res.notLanded > 0) {
    const show = t('查看导入报告');
    void vscode.window
      .showWarningMessage(
        t('已导入为预算草稿。有 {0} 处未能识别，{1} 个数字未导入。', res.issues, res.notLanded),
        show,
      )
      .then((choice) => choice === show && channel?.show(true));
  } else void vscode.window.showInformationMessage(t('已导入为预算草稿，表中的数字全部导入。'));
  return target;
}

/** "Jixiao: 导入预算（PDF/Excel/文本）…": from the palette (a file dialog) or a file's context menu. */
export const importCommand: ClientFeature = (context, client) => {
  context.subscriptions.push(
    { dispose: () => channel?.dispose() },
    vscode.commands.registerCommand('jixiao.importBudget', async (clicked?: vscode.Uri) => {
      let input = clicked instanceof vscode.Uri ? clicked : undefined;
      if (!input) {
        const picked = await vscode.window.showOpenDialog({
          canSelectMany: false,
          openLabel: t('导入'),
          title: t('选择要导入的预算文件'),
          filters: { [t('预算文件（PDF、Excel、文本）')]: ['pdf', 'xlsx', 'txt'] },
        });
        input = picked?.[0];
      }
      if (!input) return undefined;
      return importBudget(client, input);
    }),
  );
};
