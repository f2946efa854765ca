import * as vscode from 'vscode';
import { t } from '../l10n';
import { countJixiao, statusText } from './statusCounts';
import type { ClientFeature } from './types';

const LANGUAGE = 'budget-yaml';

/**
 * The active draft's errors and warnings in the status bar; a click opens the Problems panel.
 * Hidden for every other language, so it never competes with other extensions' items.
 */
export const statusBar: ClientFeature = (context) => {
  const item = vscode.window.createStatusBarItem('jixiao.status', vscode.StatusBarAlignment.Left, 10);
  item.name = t('绩效检查：错误和警告');
  item.command = 'workbench.actions.view.problems';

  const update = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE) {
      item.hide();
      return;
    }
    const counts = countJixiao(vscode.languages.getDiagnostics(doc.uri));
    item.text = statusText(counts, t('绩效'));
    item.tooltip =
      counts.errors || counts.warnings
        ? t('绩效检查：本文件有 {0} 个错误、{1} 个警告。点击打开“问题”面板。', counts.errors, counts.warnings)
        : t('绩效检查：本文件没有错误或警告。点击打开“问题”面板。');
    item.accessibilityInformation = { label: item.tooltip };
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) update();
    }),
    vscode.window.onDidChangeActiveTextEditor(update),
    // Changing a document's language (or reopening it as budget-yaml) fires open, not an editor change.
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (doc === vscode.window.activeTextEditor?.document) update();
    }),
  );
  update();
};
