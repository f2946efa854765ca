import type {
  ClientCapabilities,
  Connection,
  ServerCapabilities,
  TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../engine/engine';
import type { Config } from '../engine/config';
import type { Checks } from './state';
import type { EditorSettings } from './settings';

/** What every feature module of the server gets: the connection and the shared, cached checks. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  checks: Checks;
  settings(): EditorSettings | undefined;
  /** What the client said it supports, once initialized. */
  clientCapabilities(): ClientCapabilities | undefined;
  configOf(uri: string): Config;
  /** The latest check of an open document, run now if an edit has not been checked yet. */
  resultFor(uri: string): { doc: TextDocument; result: CheckResult } | undefined;
}

/**
 * One editor feature: the capabilities it announces and the handlers it wires. Handlers only
 * wire; the work is done by pure services under `services/` that know nothing of LSP.
 */
export interface Feature {
  capabilities: ServerCapabilities;
  register(ctx: ServerContext): void;
}
