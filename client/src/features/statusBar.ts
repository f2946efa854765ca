import * as vscode from 'vscode';
import { t } from '../l10n';
import { countJixiao, statusText } from './statusCounts';
import type { ClientFeature } from './types';

const LANGUAGE = 'budget-yaml';

/** The status item's text, tooltip and visibility, as the extension's API reports them. */
export interface StatusSnapshot {
  text: string;
  tooltip: string;
  visible: boolean;
}

const NONE: StatusSnapshot = { text: '', tooltip: '', visible: false };
// Set while the feature is active. A StatusBarItem cannot tell whether it is shown, so the
// feature keeps that itself and publishes a reader here for api.ts.
let read: () => StatusSnapshot = () => NONE;

/** The status item as it is now; empty and hidden before activation and after disposal. */
export function statusSnapshot(): StatusSnapshot {
  return read();
}

/**
 * The active draft's errors and warnings in the status bar; a click opens the Problems panel.
 * Hidden for every other language, so it never competes with other extensions' items.
 */
export const statusBar: ClientFeature = (context) => {
  const item = vscode.window.createStatusBarItem('jixiao.status', vscode.StatusBarAlignment.Left, 10);
  item.name = t('绩效检查：错误和警告');
  item.command = 'workbench.actions.view.problems';
  let visible = false;
  read = () => ({
    text: item.text,
    tooltip: typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? ''),
    visible,
  });

  const update = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE) {
      item.hide();
      visible = false;
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
    visible = true;
  };

  context.subscriptions.push(
    item,
    {
      dispose: () => {
        read = () => NONE;
      },
    },
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
