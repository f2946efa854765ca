import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export interface Published {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    code: string;
    source: string;
    message: string;
    severity: number;
    codeDescription?: { href: string };
    data?: unknown;
  }[];
}

// JIXIAO_SERVER runs the protocol tests against another build (e.g. an older one, to see a test fail).
const SERVER = process.env.JIXIAO_SERVER ?? join(__dirname, '..', '..', 'dist', 'server.js');

/** A real language client over stdio against the bundled `dist/server.js`. */
export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  private waiters: { uri: string; resolve: (p: Published) => void }[] = [];
  readonly published: Published[] = [];
  /** `window/showMessage` notifications and requests: [type, message]. */
  readonly messages: [number, string][] = [];

  constructor() {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.conn = createMessageConnection(
      new StreamMessageReader(this.proc.stdout!),
      new StreamMessageWriter(this.proc.stdin!),
    );
    this.conn.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.published.push(p);
      const i = this.waiters.findIndex((w) => w.uri === p.uri);
      if (i >= 0) this.waiters.splice(i, 1)[0].resolve(p);
    });
    this.conn.onRequest('workspace/configuration', () => [{}]);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification('window/logMessage', () => undefined);
    const shown = (m: { type: number; message: string }) => {
      this.messages.push([m.type, m.message]);
      return null;
    };
    this.conn.onNotification('window/showMessage', shown);
    this.conn.onRequest('window/showMessageRequest', shown);
    this.conn.listen();
  }

  async initialize(): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.conn.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      // As VS Code: versioned edits (`documentChanges`) are understood.
      capabilities: {
        textDocument: { publishDiagnostics: { relatedInformation: false } },
        workspace: { workspaceEdit: { documentChanges: true } },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  nextDiagnostics(uri: string, timeoutMs = 10000): Promise<Published> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        uri,
        resolve: (p) => {
          clearTimeout(t);
          resolve(p);
        },
      });
    });
  }

  async open(path: string, text: string, version = 1): Promise<string> {
    return this.openUri(pathToFileURL(path).toString(), text, version);
  }

  async openUri(uri: string, text: string, version = 1): Promise<string> {
    await this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'budget-yaml', version, text },
    });
    return uri;
  }

  async close(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      // The server may already be gone; the kill below makes sure.
    }
    this.conn.dispose();
    this.proc.kill();
  }
}

/**
 * One server for the tests of a file: started before them, closed after. `publish` opens a text
 * under a fresh name in `dir` and resolves with the diagnostics the server publishes for it.
 */
export function serverForTests(dir: string): {
  readonly client: TestClient;
  publish(text: string): Promise<{ uri: string; diagnostics: Published['diagnostics'] }>;
} {
  let client: TestClient | undefined;
  let n = 0;
  before(async () => {
    assert.ok(existsSync(SERVER), 'run `npm run build` first: the protocol tests speak to dist/server.js');
    client = new TestClient();
    await client.initialize();
  });
  after(async () => client?.close());
  const started = (): TestClient => {
    assert.ok(client, 'the server starts before the tests');
    return client;
  };
  return {
    get client() {
      return started();
    },
    async publish(text) {
      const path = `${dir}/d${++n}.budget.yaml`;
      const wait = started().nextDiagnostics(pathToFileURL(path).toString());
      const uri = await started().open(path, text);
      return { uri, diagnostics: (await wait).diagnostics };
    },
  };
}
