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
        '项目[1].绩效目标.指标.成本指标.经济成本.总成本',
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
    threadId: '项目[1].绩效目标.指标.成本指标.经济成本.总成本',
    index: 0,
    status: '已确认',
  });
  assert.deepEqual(stale, { error: '文件已变化，请重试' });
  const missing = await client.conn.sendRequest<EditResponse>('jixiao/reviewEdit', {
    uri: 'file:///tmp/jixiao-lsp-reviews/absent.budget.yaml',
    action: 'delete',
    threadId: '文件',
    index: 0,
  });
  assert.deepEqual(missing, { error: '文件未在编辑器中打开' });
  const ok = await client.conn.sendRequest<EditResponse>('jixiao/reviewEdit', {
    uri,
    version: 2,
    action: 'status',
    threadId: '项目[1].绩效目标.指标.成本指标.经济成本.总成本',
    index: 0,
    status: '已确认',
  });
  assert.ok('edit' in ok, JSON.stringify(ok));
  assert.deepEqual(
    ok.edit.documentChanges[0].edits.map((e) => e.newText),
    ['已确认'],
  );
});
