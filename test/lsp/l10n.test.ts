import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { draftWith, GOOD_PROJECT } from '../helpers';
import { TestClient } from './client';

const ROOT = join(__dirname, '..', '..');
const BAD = draftWith(GOOD_PROJECT.replace('总成本: ≤44.36万元', '总成本: ≥44.36万元'));
const clients: TestClient[] = [];
after(async () => Promise.all(clients.map((c) => c.close())));

/** A server started as the extension starts it, with the given initializationOptions. */
async function actionTitles(initializationOptions: unknown): Promise<string[]> {
  assert.ok(existsSync(join(ROOT, 'dist', 'server.js')), 'run `npm run build` first');
  const client = new TestClient();
  clients.push(client);
  await client.conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions,
  });
  await client.conn.sendNotification('initialized', {});
  const path = '/tmp/jixiao-l10n/a.budget.yaml';
  const wait = client.nextDiagnostics(`file://${path}`);
  const uri = await client.open(path, BAD);
  const d = (await wait).diagnostics.find((x) => x.code === 'cost-operator');
  assert.ok(d);
  const actions = await client.conn.sendRequest<{ title: string }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d] },
  });
  return actions.map((a) => a.title);
}

test('without a bundle the server titles its code actions in Chinese', async () => {
  const titles = await actionTitles({ settings: {} });
  assert.ok(titles.includes('忽略此处（需填写理由）'), titles.join(' | '));
  assert.ok(titles.includes('查看规则说明：cost-operator'));
});

test('the bundle the client passes (contents or path) makes them English', async () => {
  const bundle = join(ROOT, 'l10n', 'bundle.l10n.en.json');
  for (const options of [
    { l10nPath: bundle },
    { l10nBundle: JSON.parse(readFileSync(bundle, 'utf8')) as Record<string, string> },
  ]) {
    const titles = await actionTitles({ settings: {}, ...options });
    assert.ok(titles.includes('Ignore here (a reason is required)'), titles.join(' | '));
    assert.ok(titles.includes('Show rule documentation: cost-operator'));
  }
});

test('an unreadable bundle path leaves the Chinese and the server running', async () => {
  const titles = await actionTitles({ l10nPath: join(ROOT, 'l10n', 'missing.json') });
  assert.ok(titles.includes('忽略此处（需填写理由）'), titles.join(' | '));
});
