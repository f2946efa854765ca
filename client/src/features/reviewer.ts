import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { t } from '../l10n';

/** Asked once per session when neither the setting nor git names the reviewer. */
let asked: string | undefined;

/**
 * Who signs a new 审核意见: the `jixiao.reviewer` setting, else git's `user.name` in the
 * draft's folder, else the user is asked. Undefined when the user cancels.
 */
export async function reviewerFor(doc: vscode.TextDocument): Promise<string | undefined> {
  const set = vscode.workspace.getConfiguration('jixiao', doc.uri).get<string>('reviewer')?.trim();
  if (set) return set;
  if (asked) return asked;
  const fromGit = await gitUserName(doc);
  if (fromGit) return fromGit;
  const typed = await vscode.window.showInputBox({
    title: t('审核人'),
    prompt: t('写入“审核人”的名称（可在设置 jixiao.reviewer 中预设）'),
    placeHolder: t('例如：财政局预算科'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : t('审核人不能为空')),
  });
  asked = typed?.trim() || undefined;
  return asked;
}

function gitUserName(doc: vscode.TextDocument): Promise<string | undefined> {
  const cwd =
    doc.uri.scheme === 'file'
      ? path.dirname(doc.uri.fsPath)
      : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return new Promise((resolve) => {
    // git may be missing or the folder outside a repository: then there is simply no name.
    execFile('git', ['config', 'user.name'], { cwd, timeout: 3000 }, (err, stdout) => {
      resolve(err ? undefined : stdout.trim() || undefined);
    });
  });
}

/** Today as YYYY-MM-DD in the reviewer's own time zone. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
