import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { createApi, type JixiaoApi } from './api';
import { CLIENT_FEATURES } from './features';
import { initL10n, serverBundle, t } from './l10n';

export type { JixiaoApi, StatusSnapshot } from './api';

let client: LanguageClient | undefined;

/**
 * Starts the language server for `budget-yaml` documents, then the client-side features.
 * Resolves to the extension's API (see api.ts), which other extensions and the tests can read.
 */
export async function activate(context: vscode.ExtensionContext): Promise<JixiaoApi> {
  initL10n(context.extensionPath);
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
    synchronize: {
      configurationSection: 'jixiao',
      // A changed `.jixiao.yaml` reaches the server, which checks the open drafts again.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.jixiao.{yaml,yml}'),
    },
    initializationOptions: {
      settings: vscode.workspace.getConfiguration('jixiao'),
      l10nBundle: serverBundle(),
    },
  };
  client = new LanguageClient('jixiao', t('Jixiao 绩效检查'), serverOptions, clientOptions);
  await client.start();
  for (const feature of CLIENT_FEATURES) await feature(context, client);
  return createApi();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
