import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { draftWith, GOOD_PROJECT } from '../helpers';
import { TestClient } from './client';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
const BAD = draftWith(GOOD_PROJECT.replace('总成本: ≤44.36万元', '总成本: ≤270万元'));
const GOOD = draftWith(GOOD_PROJECT);
let client: TestClient;
let dir: string;

before(async () => {
  assert.ok(existsSync(SERVER), 'run `npm run build` first: the protocol tests speak to dist/server.js');
  dir = mkdtempSync(join(tmpdir(), 'jixiao-config-'));
  client = new TestClient();
  await client.initialize();
});
after(async () => {
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

const codes = (p: { diagnostics: { code: string }[] }) => p.diagnostics.map((d) => d.code);

test('a .jixiao.yaml written after the draft was opened reaches it within a second', async () => {
  const path = join(dir, 'a.budget.yaml');
  const uri = pathToFileURL(path).toString();
  const first = client.nextDiagnostics(uri);
  await client.open(path, BAD);
  assert.ok(codes(await first).includes('cost-total-mismatch'));
  const config = join(dir, '.jixiao.yaml');
  writeFileSync(config, 'rules:\n  cost-total-mismatch: off\n');
  const started = Date.now();
  const again = client.nextDiagnostics(uri, 1000);
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: pathToFileURL(config).toString(), type: 1 }],
  });
  const pub = await again;
  assert.ok(Date.now() - started < 1000);
  assert.equal(pub.version, 1, 'the same version, checked again under the new configuration');
  assert.ok(!codes(pub).includes('cost-total-mismatch'), JSON.stringify(codes(pub)));
  // Back on: the rule returns, and its code action with it.
  writeFileSync(config, 'rules:\n  cost-total-mismatch: warning\n');
  const third = client.nextDiagnostics(uri, 1000);
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: pathToFileURL(config).toString(), type: 2 }],
  });
  const back = (await third).diagnostics.find((d) => d.code === 'cost-total-mismatch');
  assert.equal(back?.severity, 2);
  rmSync(config);
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: pathToFileURL(config).toString(), type: 3 }],
  });
  await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('a document opened again with version 1 and other text is checked anew', async () => {
  const path = join(dir, 'reopen.budget.yaml');
  const uri = pathToFileURL(path).toString();
  let wait = client.nextDiagnostics(uri);
  await client.open(path, BAD);
  assert.ok(codes(await wait).includes('cost-total-mismatch'));
  // Opened again without a close in between (a client that lost track), same version, other text.
  wait = client.nextDiagnostics(uri);
  await client.open(path, GOOD);
  assert.deepEqual(codes(await wait), []);
  // Closing clears the document's diagnostics.
  wait = client.nextDiagnostics(uri);
  await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  assert.deepEqual(codes(await wait), []);
  wait = client.nextDiagnostics(uri);
  await client.open(path, BAD);
  assert.ok(codes(await wait).includes('cost-total-mismatch'));
});

test('URIs that name no local file get the default configuration; the server survives', async () => {
  for (const uri of [
    'file://evil/x.budget.yaml',
    'file:///tmp/a%2Fb.budget.yaml',
    'untitled:Untitled-1',
    'file:///tmp/%E0%A4%A.budget.yaml',
  ]) {
    const wait = client.nextDiagnostics(uri, 3000);
    await client.openUri(uri, BAD);
    const pub = await wait;
    assert.ok(codes(pub).includes('cost-total-mismatch'), `${uri}: ${JSON.stringify(codes(pub))}`);
    const hover = await client.conn.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 0 },
    });
    assert.ok(hover === null || typeof hover === 'object', `${uri}: the server still answers`);
  }
  assert.equal(client.proc.exitCode, null, 'the server is running');
});

test('settings are validated like .jixiao.yaml: a bogus value is left out with a warning', async () => {
  const path = join(dir, 'settings.budget.yaml');
  const uri = pathToFileURL(path).toString();
  let wait = client.nextDiagnostics(uri);
  await client.open(path, BAD.replace('格式: 部门预算/1\n', '格式: 部门预算/1\n未知键: 1\n'));
  const plain = await wait;
  assert.ok(codes(plain).includes('schema'), JSON.stringify(codes(plain)));
  wait = client.nextDiagnostics(uri, 3000);
  await client.conn.sendNotification('workspace/didChangeConfiguration', {
    settings: { jixiao: { rules: { schema: 'bogus', 'cost-total-mismatch': 'hint', nosuch: 'off' } } },
  });
  const pub = await wait;
  for (const d of pub.diagnostics) assert.ok([1, 2, 3, 4].includes(d.severity), JSON.stringify(d));
  const sev = (code: string) => pub.diagnostics.find((d) => d.code === code)?.severity;
  assert.equal(sev('schema'), plain.diagnostics.find((d) => d.code === 'schema')?.severity);
  assert.equal(sev('cost-total-mismatch'), 4, 'the valid setting beside the bogus one applies');
  const warnings = client.messages.filter(([type]) => type === 2).map(([, m]) => m);
  assert.ok(
    warnings.some((m) => m.includes('jixiao.rules.schema') && m.includes('bogus')),
    JSON.stringify(client.messages),
  );
  assert.ok(warnings.some((m) => m.includes('jixiao.rules.nosuch')));
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { jixiao: {} } });
});
