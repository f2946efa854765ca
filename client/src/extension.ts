import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Starts the language server for `budget-yaml` documents; everything else lives in the server. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'budget-yaml' }],
    synchronize: { configurationSection: 'jixiao' },
    initializationOptions: { settings: vscode.workspace.getConfiguration('jixiao') },
  };
  client = new LanguageClient('jixiao', 'Jixiao 绩效检查', serverOptions, clientOptions);

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
      await client?.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
