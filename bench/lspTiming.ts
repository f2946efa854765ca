import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
): Promise<EditTimes> {
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
  const openedAt = performance.now();
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: target.languageId, version: 1, text },
  });
  await opened;
  const openMs = performance.now() - openedAt;
  lastVersion = 1;
  const times: number[] = [];
  let current = text;
  for (const edited of edits) {
    const version = ++lastVersion;
    const done = wait(version);
    // What an editor sends for a keystroke: the changed range, not the whole 7 MB document.
    const change = incrementalChange(current, edited);
    current = edited;
    const t = performance.now();
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [change],
    });
    await done;
    times.push(performance.now() - t);
  }
  const peakRssMB = peakRss(proc.pid);
  conn.dispose();
  proc.kill();
  return { times, peakRssMB, openMs };
}

export interface EditTimes {
  times: number[];
  /** `didOpen` → first diagnostics, in a server that has just been initialised. */
  openMs: number;
  /** The server process's peak resident memory (Linux VmHWM), when it can be read. */
  peakRssMB?: number;
}

function peakRss(pid: number | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

interface Position {
  line: number;
  character: number;
}

/** The smallest range edit turning `before` into `after` (positions in UTF-16 units, as LSP counts). */
export function incrementalChange(
  before: string,
  after: string,
): { range: { start: Position; end: Position }; text: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return {
    range: { start: positionAt(before, start), end: positionAt(before, endB) },
    text: after.slice(start, endA),
  };
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
