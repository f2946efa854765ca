import * as vscode from 'vscode';
import { initL10n } from '../l10n';
import type { ClientFeature } from './types';

/**
 * `jixiao.uiLanguage` (auto | zh-cn | en) applies at once: the client's strings are re-read and
 * the language server restarts with the bundle, so code action titles follow too. The manifest's
 * own titles (commands, settings) are VS Code's to translate and follow the workbench.
 */
export const uiLanguage: ClientFeature = (context, client) => {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('jixiao.uiLanguage')) return;
      initL10n(context.extensionPath);
      await client.restart();
    }),
  );
};
