import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { storedDocuments } from './documentStore';
import { toDiagnostic } from './convert';
import { FEATURES } from './features';
import { configureL10n } from './l10n';
import { configForUri, type EditorSettings } from './settings';
import { Checks } from './state';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(storedDocuments);
const checks = new Checks();
const timers = new Map<string, NodeJS.Timeout>();
let settings: EditorSettings | undefined;
let canPullConfig = false;
const DEFAULT_DEBOUNCE = 150;
const reportedConfigErrors = new Set<string>();

function configOf(uri: string) {
  return configForUri(uri, settings, (message) => {
    if (reportedConfigErrors.has(message)) return;
    reportedConfigErrors.add(message);
    void connection.window.showErrorMessage(message);
  });
}

const ctx: ServerContext = {
  connection,
  documents,
  checks,
  settings: () => settings,
  configOf,
  resultFor(uri) {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    return { doc, result: checks.check(doc, configOf(uri)) };
  },
};

connection.onInitialize((params): InitializeResult => {
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
  const result = checks.check(doc, configOf(doc.uri));
  // An edit that arrived while we checked makes this result stale: the next run publishes.
  const current = documents.get(doc.uri);
  if (!current || current.version !== version) return;
  for (const e of result.internalErrors) connection.console.error(`jixiao 内部错误：${e}`);
  void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: result.findings.map(toDiagnostic) });
}

function schedule(doc: TextDocument, delay: number): void {
  const prev = timers.get(doc.uri);
  if (prev) clearTimeout(prev);
  timers.set(
    doc.uri,
    setTimeout(() => {
      timers.delete(doc.uri);
      const latest = documents.get(doc.uri);
      if (latest) validate(latest);
    }, delay),
  );
}

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document, settings?.debounceMs ?? DEFAULT_DEBOUNCE));
documents.onDidClose((e) => {
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  checks.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(async (change) => {
  const pushed = (change.settings as { jixiao?: EditorSettings } | undefined)?.jixiao;
  if (pushed) settings = pushed;
  else await refreshSettings();
  reportedConfigErrors.clear();
  checks.clear();
  for (const doc of documents.all()) schedule(doc, 0);
});

for (const f of FEATURES) f.register(ctx);

documents.listen(connection);
connection.listen();
