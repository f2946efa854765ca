import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { applyFix, draftWith, GOOD_PROJECT, lineOf } from '../helpers';
import { TestClient } from './client';
import { editsFor, type WorkspaceEdit } from './edits';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
let client: TestClient;

before(async () => {
  assert.ok(existsSync(SERVER), 'run `npm run build` first: the protocol tests speak to dist/server.js');
  client = new TestClient();
});
after(async () => client.close());

const BAD = draftWith(GOOD_PROJECT.replace('总成本: ≤44.36万元', '总成本: ≤270万元'));

test('initialize declares the features the server answers', async () => {
  const { capabilities } = await client.initialize();
  for (const c of ['hoverProvider', 'codeActionProvider', 'completionProvider', 'documentSymbolProvider']) {
    assert.ok(capabilities[c], `${c} is declared`);
  }
});

test('an opened draft gets diagnostics with rule ids, doc links and fix data', async () => {
  const wait = client.nextDiagnostics('file:///tmp/jixiao-lsp/a.budget.yaml');
  const uri = await client.open('/tmp/jixiao-lsp/a.budget.yaml', BAD);
  const pub = await wait;
  assert.equal(pub.uri, uri);
  const d = pub.diagnostics.find((x) => x.code === 'cost-total-mismatch');
  assert.ok(d, JSON.stringify(pub.diagnostics));
  assert.equal(d.source, 'jixiao');
  assert.equal(d.severity, 1);
  assert.match(d.message, /≤270万元.*44\.36万元/);
  assert.equal(d.range.start.line, lineOf(BAD, '≤270万元'));
  assert.match(d.codeDescription!.href, /^file:.*docs\/rules\/cost-total-mismatch\.md$/);
  assert.ok(existsSync(new URL(d.codeDescription!.href)), 'the linked doc exists');
});

test('the quick fix for cost-total-mismatch, applied, clears it', async () => {
  const uri = 'file:///tmp/jixiao-lsp/a.budget.yaml';
  const pub = client.published.filter((p) => p.uri === uri).pop()!;
  const d = pub.diagnostics.find((x) => x.code === 'cost-total-mismatch')!;
  const actions = await client.conn.sendRequest<{ title: string; kind: string; edit?: WorkspaceEdit }[]>(
    'textDocument/codeAction',
    { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } },
  );
  const fix = actions.find((a) => a.kind === 'quickfix' && a.edit && /44\.36/.test(a.title));
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.ok(actions.some((a) => a.title === '忽略此处（需填写理由）'));
  assert.ok(actions.some((a) => a.title.startsWith('查看规则说明')));
  const fixed = applyFix(BAD, { title: fix.title, edits: editsFor(fix.edit, uri, 1) });
  assert.match(fixed, /总成本: ≤44\.36万元/);
  const wait = client.nextDiagnostics(uri);
  await client.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: fixed }],
  });
  const after = await wait;
  assert.equal(after.version, 2);
  assert.ok(!after.diagnostics.some((x) => x.code === 'cost-total-mismatch'));
});

test('hover, symbols and completion answer', async () => {
  const uri = 'file:///tmp/jixiao-lsp/a.budget.yaml';
  const line = lineOf(BAD, '医疗保障工作经费');
  const hover = await client.conn.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line, character: 14 },
  });
  assert.ok(hover);
  assert.match(hover.contents.value, /项目：医疗保障工作经费/);
  const symbols = await client.conn.sendRequest<{ name: string; children?: { name: string }[] }[]>(
    'textDocument/documentSymbol',
    { textDocument: { uri } },
  );
  const projects = symbols.find((s) => s.name === '项目');
  assert.deepEqual(
    projects?.children?.map((c) => c.name),
    ['医疗保障工作经费'],
  );
  // At the start of the 经济成本指标 line, whose key the choice replaces: the 二级 names of 成本指标
  // (test/lsp/completion.test.ts has more).
  const { items } = await client.conn.sendRequest<{ items: { label: string }[] }>('textDocument/completion', {
    textDocument: { uri },
    position: { line: lineOf(BAD, '经济成本指标:'), character: 10 },
  });
  assert.deepEqual(
    items.map((i) => i.label),
    ['经济成本指标', '社会成本指标', '生态环境成本指标'],
  );
});
