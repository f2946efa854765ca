import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TextEdit } from 'vscode-languageserver';
import { applyFix, fixture, lineOf } from '../helpers';
import { TestClient } from './client';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
const PATH = '/tmp/jixiao-lsp-reviews/jinan.budget.yaml';
const TEXT = fixture('jinan-lixia-2026.budget.yaml');
let client: TestClient;
let uri: string;

interface Thread {
  id: string;
  kind: string;
  label: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  entries: { index: number; opinion: string; reviewer?: string; date?: string; status?: string }[];
  state: string;
}
type EditResponse =
  | {
      version: number;
      edit: { documentChanges: { textDocument: { uri: string; version: number }; edits: TextEdit[] }[] };
    }
  | { error: string };

before(async () => {
  assert.ok(existsSync(SERVER), 'run `npm run build` first: the protocol tests speak to dist/server.js');
  client = new TestClient();
  await client.initialize();
  const wait = client.nextDiagnostics('file://' + PATH);
  uri = await client.open(PATH, TEXT);
  await wait;
});
after(async () => client.close());

const threads = (u = uri) =>
  client.conn.sendRequest<{ version: number; threads: Thread[] } | null>('jixiao/reviewThreads', { uri: u });

test('jixiao/reviewThreads: none in a seed, null for a document that is not open', async () => {
  assert.deepEqual(await threads(), { version: 1, threads: [] });
  assert.equal(await threads('file:///tmp/jixiao-lsp-reviews/absent.budget.yaml'), null);
});

test('jixiao/reviewEdit: a versioned WorkspaceEdit; applied, the thread and review-open appear', async () => {
  const line = lineOf(TEXT, '总成本: ≤80万元');
  const res = await client.conn.sendRequest<EditResponse>('jixiao/reviewEdit', {
    uri,
    version: 1,
    action: 'add',
    line,
    text: '办公经费测算依据不足',
    reviewer: '财政局预算科',
    date: '2025-10-12',
  });
  assert.ok('edit' in res, JSON.stringify(res));
  assert.equal(res.version, 1);
  const [change] = res.edit.documentChanges;
  assert.deepEqual(change.textDocument, { uri, version: 1 });
  assert.deepEqual(
    change.edits.map((e) => e.range),
    [{ start: { line, character: 16 }, end: { line, character: 22 } }],
  );
  const text = applyFix(TEXT, { title: '', edits: change.edits });
  const wait = client.nextDiagnostics(uri);
  await client.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text }],
  });
  const pub = await wait;
  const open = pub.diagnostics.filter((d) => d.code === 'review-open');
  assert.deepEqual(
    open.map((d) => [d.message, d.range.start.line]),
    [['待修改的审核意见（财政局预算科，2025-10-12）：办公经费测算依据不足', line + 3]],
  );
  const got = await threads();
  assert.equal(got?.version, 2);
  assert.deepEqual(
    got?.threads.map((t) => [t.id, t.kind, t.label, t.range.start.line, t.state]),
    [
      [
        '项目「医保工作服务经费」.绩效目标.指标.成本指标.经济成本.总成本',
        'indicator',
        '指标：总成本（医保工作服务经费）',
        line,
        'open',
      ],
    ],
  );
  assert.deepEqual(got?.threads[0].entries, [
    {
      index: 0,
      path: '项目[1].绩效目标.指标.成本指标.经济成本.总成本.审核意见[0]',
      opinion: '办公经费测算依据不足',
      reviewer: '财政局预算科',
      date: '2025-10-12',
      status: '待修改',
      range: { start: { line: line + 3, character: 18 }, end: { line: line + 6, character: 25 } },
    },
  ]);
});

test('jixiao/reviewEdit refuses a stale version and reports bad requests in Chinese', async () => {
  const stale = await client.conn.sendRequest<EditResponse>('jixiao/reviewEdit', {
    uri,
    version: 1,
    action: 'status',
    threadId: '项目「医保工作服务经费」.绩效目标.指标.成本指标.经济成本.总成本',
    index: 0,
    status: '已确认',
  });
  assert.deepEqual(stale, { error: '文件已变化，审核意见列表已过期，请刷新后重试', stale: true });
  const missing = await client.conn.sendRequest<EditResponse>('jixiao/reviewEdit', {
    uri: 'file:///tmp/jixiao-lsp-reviews/absent.budget.yaml',
    version: 1,
    action: 'delete',
    threadId: '文件',
    index: 0,
  });
  assert.deepEqual(missing, { error: '文件未在编辑器中打开' });
  const ok = await client.conn.sendRequest<EditResponse>('jixiao/reviewEdit', {
    uri,
    version: 2,
    action: 'status',
    threadId: '项目「医保工作服务经费」.绩效目标.指标.成本指标.经济成本.总成本',
    index: 0,
    status: '已确认',
  });
  assert.ok('edit' in ok, JSON.stringify(ok));
  assert.deepEqual(
    ok.edit.documentChanges[0].edits.map((e) => e.newText),
    ['已确认'],
  );
});

test('jixiao/reviewEdit: the version of the thread list is required; malformed fields are refused', async () => {
  const thread = '项目「医保工作服务经费」.绩效目标.指标.成本指标.经济成本.总成本';
  const send = (p: object) =>
    client.conn.sendRequest<EditResponse>('jixiao/reviewEdit', { uri, version: 2, ...p });
  const noVersion = await client.conn.sendRequest<EditResponse>('jixiao/reviewEdit', {
    uri,
    action: 'delete',
    threadId: thread,
    index: 0,
  });
  assert.deepEqual(noVersion, { error: '审核意见请求无效：version' });
  // `index: "length"` once deleted the whole 审核意见 block; `text: {}` wrote `[object Object]`.
  assert.deepEqual(await send({ action: 'delete', threadId: thread, index: 'length' }), {
    error: '审核意见请求无效：index',
  });
  assert.deepEqual(await send({ action: 'delete', threadId: thread, index: -1 }), {
    error: '审核意见请求无效：index',
  });
  assert.deepEqual(await send({ action: 'status', threadId: thread, index: '0', status: '已确认' }), {
    error: '审核意见请求无效：index',
  });
  assert.deepEqual(await send({ action: 'reply', threadId: thread, text: {} }), {
    error: '审核意见请求无效：text',
  });
  assert.deepEqual(await send({ action: 'add', line: 3, text: ['x'] }), { error: '审核意见请求无效：text' });
  assert.deepEqual(await send({ action: 'add', line: '3', text: 'x' }), { error: '审核意见请求无效：line' });
  assert.deepEqual(await send({ action: 'reply', threadId: 7, text: 'x' }), {
    error: '审核意见请求无效：threadId',
  });
  assert.deepEqual(await send({ action: 'reply', threadId: thread, text: 'x', reviewer: 5 }), {
    error: '审核意见请求无效：reviewer',
  });
  assert.deepEqual(await send({ action: 'drop', threadId: thread }), { error: '未知的审核意见操作' });
  // The document is untouched by all of that: its one thread still has its one entry.
  const got = await threads();
  assert.equal(got?.version, 2);
  assert.equal(got?.threads[0].entries.length, 1);
});
