import { spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export interface LspTarget {
  name: string;
  command: string[];
  languageId: string;
  initializationOptions?: unknown;
  /** Answers workspace/configuration and is pushed by didChangeConfiguration. */
  settings: unknown;
}

/**
 * Times `didChange` → `publishDiagnostics` for the same one-character edits on the same
 * document, for any language server over stdio (ours and the peer alike).
 */
export async function timeEdits(
  target: LspTarget,
  uri: string,
  text: string,
  edits: string[],
): Promise<number[]> {
  const proc = spawn(target.command[0], target.command.slice(1), { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createMessageConnection(
    new StreamMessageReader(proc.stdout!),
    new StreamMessageWriter(proc.stdin!),
  );
  let waiting: { version: number; resolve: () => void } | undefined;
  let lastVersion = 0;
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    if (p.uri !== uri || !waiting) return;
    // The peer does not always echo the version: then the first publication after the edit counts.
    if (p.version === undefined || p.version >= waiting.version) waiting.resolve();
  });
  conn.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((i) =>
      i.section ? ((target.settings as Record<string, unknown>)[i.section] ?? null) : target.settings,
    ),
  );
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => undefined);
  conn.listen();
  const wait = (version: number) =>
    new Promise<void>((resolve, reject) => {
      const t = setTimeout(
        () => reject(new Error(`${target.name}: no diagnostics for version ${version}`)),
        60000,
      );
      waiting = {
        version,
        resolve: () => {
          clearTimeout(t);
          waiting = undefined;
          resolve();
        },
      };
    });
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
    initializationOptions: target.initializationOptions,
  });
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('workspace/didChangeConfiguration', { settings: target.settings });
  const opened = wait(1);
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: target.languageId, version: 1, text },
  });
  await opened;
  lastVersion = 1;
  const times: number[] = [];
  for (const edited of edits) {
    const version = ++lastVersion;
    const done = wait(version);
    const t = performance.now();
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text: edited }],
    });
    await done;
    times.push(performance.now() - t);
  }
  conn.dispose();
  proc.kill();
  return times;
}
