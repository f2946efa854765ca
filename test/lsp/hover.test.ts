import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, lineOf } from '../helpers';
import { TestClient } from './client';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
const JINAN = fixture('jinan-lixia-2026.budget.yaml');
const PATH = '/tmp/jixiao-lsp-hover/jinan-lixia-2026.budget.yaml';
let client: TestClient;
let uri: string;

interface HoverReply {
  contents: { kind: string; value: string };
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

before(async () => {
  assert.ok(existsSync(SERVER), 'run `npm run build` first: the protocol tests speak to dist/server.js');
  client = new TestClient();
  const { capabilities } = await client.initialize();
  assert.ok(capabilities.hoverProvider, 'hoverProvider is declared');
  assert.deepEqual(capabilities.codeLensProvider, { resolveProvider: false });
  const wait = client.nextDiagnostics(new URL(`file://${PATH}`).toString());
  uri = await client.open(PATH, JINAN);
  await wait;
});
after(async () => client.close());

/** Position of the `at`-th character of the first occurrence of `needle`. */
function positionOf(needle: string, at: number) {
  const line = lineOf(JINAN, needle);
  return { line, character: JINAN.split('\n')[line].indexOf(needle) + at };
}

function hoverAt(needle: string, at: number): Promise<HoverReply | null> {
  return client.conn.sendRequest<HoverReply | null>('textDocument/hover', {
    textDocument: { uri },
    position: positionOf(needle, at),
  });
}

test('hover on a 功能科目 answers Markdown with the chain of parents and a range', async () => {
  const h = await hoverAt('2101599 其他医疗保障管理事务支出', 3);
  assert.ok(h);
  assert.equal(h.contents.kind, 'markdown');
  assert.ok(
    h.contents.value.includes('210 卫生健康支出 › 21015 医疗保障管理事务 › 2101599 其他医疗保障管理事务支出'),
    h.contents.value,
  );
  const start = positionOf('2101599 其他医疗保障管理事务支出', 0);
  assert.deepEqual(h.range, { start, end: { line: start.line, character: start.character + 20 } });
});

test('hover on the seeded wrong cost indicator shows both numbers and the excess', async () => {
  const h = await hoverAt('总成本: ≤270万元', 7);
  assert.ok(h);
  assert.ok(
    h.contents.value.includes('≤270万元，项目年度预算资金总额 116万元，超出 154万元'),
    h.contents.value,
  );
  assert.ok(h.contents.value.includes('`cost-total-mismatch`'), 'the finding there is listed too');
});

test('hover on a project name summarises it; on blank space there is none', async () => {
  const h = await hoverAt('名称: 城乡居民医保政府资助缴费', 6);
  assert.ok(h);
  assert.ok(
    h.contents.value.includes('- 指标：成本指标 3 · 产出指标 4 · 效益指标 2 · 满意度指标 1'),
    h.contents.value,
  );
  const blank = JINAN.slice(0, JINAN.indexOf('\n\n') + 1).split('\n').length - 1;
  const none = await client.conn.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: { line: blank, character: 0 },
  });
  assert.equal(none, null);
});

test('codeLens answers one inert lens per project, over its 名称', async () => {
  const lenses = await client.conn.sendRequest<
    { range: { start: { line: number } }; command: { title: string; command: string } }[]
  >('textDocument/codeLens', { textDocument: { uri } });
  assert.equal(lenses.length, 8);
  assert.deepEqual(
    lenses.map((l) => l.range.start.line),
    [
      '医保窗口服务经费',
      '医保工作服务经费',
      '离退休干部医疗保障资金',
      '城乡居民医保政府资助缴费',
      '居民医保政府资助二孩三孩资金',
      '城乡医疗救助资金',
      '四级医保工作站运行维护资金',
      '四级医保公共服务体系建设经费',
    ].map((n) => lineOf(JINAN, `名称: ${n}`)),
  );
  for (const l of lenses) {
    assert.equal(l.command.command, '', 'inert');
    assert.match(l.command.title, /^成本 (✓|✗ \d) 产出 (✓|✗ \d) 效益 (✓|✗ \d) 满意度 (✓|✗ \d)$/);
  }
  assert.equal(lenses[1].command.title, '成本 ✓ 产出 ✓ 效益 ✓ 满意度 ✓');
  assert.equal(lenses[3].command.title, '成本 ✗ 2 产出 ✓ 效益 ✓ 满意度 ✗ 1');
});

test('codeLens follows an edit: a 明细 that misses 金额 shows ✗ and the difference', async () => {
  const edited = JINAN.replace(
    '    金额: 116.00\n',
    '    金额: 116.00\n    明细:\n      - { 内容: 区级资助缴费, 金额: 100.00 }\n      - { 内容: 市级资助缴费, 金额: 54.00 }\n',
  ).replace('            参保对象满意度: 95%\n', '');
  const wait = client.nextDiagnostics(uri);
  await client.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: edited }],
  });
  await wait;
  const lenses = await client.conn.sendRequest<
    { range: { start: { line: number } }; command: { title: string } }[]
  >('textDocument/codeLens', { textDocument: { uri } });
  const line = lineOf(edited, '名称: 城乡居民医保政府资助缴费');
  assert.deepEqual(
    lenses.filter((l) => l.range.start.line === line).map((l) => l.command.title),
    ['Σ明细 154.00 ≠ 金额 116.00 ✗ 差 38.00', '成本 ✗ 2 产出 ✓ 效益 ✓ 满意度 ✗ 缺'],
  );
});
