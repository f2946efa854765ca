import { performance } from 'node:perf_hooks';
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Configs } from './configs';
import type { ServerContext } from './context';
import { toDiagnostics } from './convert';
import { storedDocuments } from './documentStore';
import { FEATURES } from './features';
import { configureL10n } from './l10n';
import { CheckScheduler } from './scheduler';
import type { EditorSettings } from './settings';
import { Checks } from './state';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(storedDocuments);
const checks = new Checks();
let settings: EditorSettings | undefined;
let clientCapabilities: ClientCapabilities | undefined;
let canPullConfig = false;
const reportedConfigErrors = new Set<string>();

const configs = new Configs(
  () => settings,
  (message, level) => {
    if (reportedConfigErrors.has(message)) return;
    reportedConfigErrors.add(message);
    if (level === 'error') void connection.window.showErrorMessage(message);
    else void connection.window.showWarningMessage(message);
  },
);
const configOf = (uri: string) => configs.of(uri);

const ctx: ServerContext = {
  connection,
  documents,
  checks,
  settings: () => settings,
  clientCapabilities: () => clientCapabilities,
  configOf,
  resultFor(uri) {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    return { doc, result: checks.check(doc, configOf(uri)) };
  },
};

const scheduler = new CheckScheduler(
  (uri) => {
    const doc = documents.get(uri);
    if (doc) validate(doc);
  },
  () => settings?.debounceMs,
  (e) => connection.console.error(`jixiao 内部错误：${(e as Error)?.stack ?? String(e)}`),
);

connection.onInitialize((params): InitializeResult => {
  clientCapabilities = params.capabilities;
  canPullConfig = !!params.capabilities.workspace?.configuration;
  configureL10n(params.initializationOptions, (m) => connection.console.error(m));
  settings = (params.initializationOptions as { settings?: EditorSettings } | undefined)?.settings;
  const capabilities: ServerCapabilities = { textDocumentSync: TextDocumentSyncKind.Incremental };
  for (const f of FEATURES) Object.assign(capabilities, f.capabilities);
  return { capabilities, serverInfo: { name: 'jixiao' } };
});

connection.onInitialized(() => {
  if (canPullConfig)
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'jixiao' });
});

async function refreshSettings(): Promise<void> {
  if (!canPullConfig) return;
  try {
    settings = (await connection.workspace.getConfiguration('jixiao')) as EditorSettings;
  } catch {
    // A client that advertises configuration but fails to answer keeps the last settings.
  }
}

function validate(doc: TextDocument): void {
  const version = doc.version;
  const config = configOf(doc.uri);
  // Only a check that ran tells what checks of this document cost (a hover may have run it already).
  const fresh = !checks.has(doc, config);
  const started = performance.now();
  const result = checks.check(doc, config);
  if (fresh) scheduler.record(doc.uri, performance.now() - started);
  // An edit that arrived while we checked makes this result stale: the next run publishes.
  const current = documents.get(doc.uri);
  if (!current || current.version !== version) return;
  for (const e of result.internalErrors) connection.console.error(`jixiao 内部错误：${e}`);
  void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: toDiagnostics(result) });
}

/** Configuration changed (settings, or a `.jixiao.yaml` on disk): every open draft is checked again. */
function recheckAll(): void {
  reportedConfigErrors.clear();
  configs.invalidate();
  for (const doc of documents.all()) scheduler.schedule(doc.uri, true);
}

documents.onDidOpen((e) => scheduler.schedule(e.document.uri, true));
documents.onDidChangeContent((e) => scheduler.schedule(e.document.uri));
documents.onDidClose((e) => {
  scheduler.forget(e.document.uri);
  checks.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(async (change) => {
  const pushed = (change.settings as { jixiao?: EditorSettings } | undefined)?.jixiao;
  if (pushed) settings = pushed;
  else await refreshSettings();
  recheckAll();
});

// The client watches `**/.jixiao.{yaml,yml}` (and only those), so any event means a configuration.
connection.onDidChangeWatchedFiles(() => recheckAll());

for (const f of FEATURES) f.register(ctx);

documents.listen(connection);
connection.listen();
