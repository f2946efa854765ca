import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClientFeature } from './types';

/** 查看规则说明, the placeholder selection after 忽略此处, and 重启语言服务器. */
export const basicCommands: ClientFeature = (context, client) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('jixiao.showRuleDoc', async (rule: string) => {
      const doc = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules', `${rule}.md`)));
      await vscode.commands.executeCommand('markdown.showPreview', doc);
    }),
    vscode.commands.registerCommand(
      'jixiao.selectReason',
      (uri: string, range: { start: vscode.Position; end: vscode.Position }) => {
        // The suppression comment was inserted with a placeholder reason: select it to be typed over.
        const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
        if (!editor) return;
        const sel = new vscode.Selection(
          new vscode.Position(range.start.line, range.start.character),
          new vscode.Position(range.end.line, range.end.character),
        );
        editor.selection = sel;
        editor.revealRange(sel);
      },
    ),
    vscode.commands.registerCommand('jixiao.restartServer', async () => {
      await client.restart();
    }),
  );
};
