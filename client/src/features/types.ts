import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/**
 * One client-side feature (commands, views, comment threads…). Activated after the language
 * client has started, so it may send requests to the server.
 */
export type ClientFeature = (
  context: vscode.ExtensionContext,
  client: LanguageClient,
) => void | Promise<void>;
