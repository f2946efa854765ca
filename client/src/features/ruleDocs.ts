import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClientFeature } from './types';

/**
 * A rule's page opens rendered from every entry point. The light bulb runs `jixiao.showRuleDoc`
 * (Markdown preview); the Problems panel's rule link and the hover's link are the page's file URI,
 * which VS Code opens as editable source — so when one of the extension's own rule pages comes up
 * in a text editor, it is swapped for its preview. Pages elsewhere (a workspace's docs/) are left
 * alone: only files under this extension's docs/rules/ are ours to show.
 */
export const ruleDocs: ClientFeature = (context) => {
  const folder = path.join(context.extensionPath, 'docs', 'rules') + path.sep;
  const isRulePage = (uri: vscode.Uri) =>
    uri.scheme === 'file' && uri.fsPath.startsWith(folder) && uri.fsPath.endsWith('.md');
  const swapping = new Set<string>();
  const swap = async (editor: vscode.TextEditor | undefined) => {
    const uri = editor?.document.uri;
    if (!uri || !isRulePage(uri) || swapping.has(uri.toString())) return;
    swapping.add(uri.toString());
    try {
      const tabs = vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
      await vscode.commands.executeCommand('markdown.showPreview', uri);
      if (tabs.length) await vscode.window.tabGroups.close(tabs);
    } finally {
      swapping.delete(uri.toString());
    }
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(swap));
  void swap(vscode.window.activeTextEditor);
};
