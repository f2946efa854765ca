import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, lineOf } from '../helpers';
import { TestClient } from './client';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
const JINAN = fixture('jinan-lixia-2026.budget.yaml');
const ZAOZHUANG = fixture('zaozhuang-shizhong-2026.budget.yaml');
let client: TestClient;
let jinan: string;
let zaozhuang: string;
let capabilities: Record<string, unknown>;

interface Sym {
  name: string;
  detail?: string;
  children?: Sym[];
}
interface Loc {
  uri: string;
  range: { start: { line: number; character: number } };
}

before(async () => {
  assert.ok(existsSync(SERVER), 'run `npm run build` first: the protocol tests speak to dist/server.js');
  client = new TestClient();
  ({ capabilities } = await client.initialize());
  const waits = [
    client.nextDiagnostics('file:///tmp/jixiao-nav/jinan.budget.yaml'),
    client.nextDiagnostics('file:///tmp/jixiao-nav/zaozhuang.budget.yaml'),
  ];
  jinan = await client.open('/tmp/jixiao-nav/jinan.budget.yaml', JINAN);
  zaozhuang = await client.open('/tmp/jixiao-nav/zaozhuang.budget.yaml', ZAOZHUANG);
  await Promise.all(waits);
});
after(async () => client.close());

const at = (text: string, needle: string, plus = 0) => ({
  line: lineOf(text, needle),
  character: text.split('\n')[lineOf(text, needle)].indexOf(needle) + plus,
});

test('the navigation capabilities are declared', () => {
  for (const c of [
    'documentSymbolProvider',
    'foldingRangeProvider',
    'definitionProvider',
    'referencesProvider',
    'workspaceSymbolProvider',
  ])
    assert.ok(capabilities[c], c);
});

test('document symbols: projects with 金额 as written, 一级 → 二级 → indicators', async () => {
  const symbols = await client.conn.sendRequest<Sym[]>('textDocument/documentSymbol', {
    textDocument: { uri: jinan },
  });
  const projects = symbols.find((s) => s.name === '项目')!;
  assert.equal(projects.detail, '8 个项目');
  const p = projects.children!.find((c) => c.name === '城乡居民医保政府资助缴费')!;
  assert.equal(p.detail, '116.00万元');
  assert.deepEqual(
    p.children!.map((g) => `${g.name}:${g.children!.map((x) => x.name).join('/')}`),
    [
      '成本指标:经济成本',
      '产出指标:数量指标/质量指标/时效指标',
      '效益指标:社会效益指标/可持续影响指标',
      '满意度指标:服务对象满意度指标',
    ],
  );
  assert.deepEqual(
    symbols.find((s) => s.name === '预算单位')!.children!.map((u) => u.name),
    ['济南市历下区医疗保障局', '济南市历下区医疗保险事业中心'],
  );
});

test('folding ranges: the header comment and each project', async () => {
  const ranges = await client.conn.sendRequest<{ startLine: number; endLine: number; kind?: string }[]>(
    'textDocument/foldingRange',
    { textDocument: { uri: jinan } },
  );
  assert.deepEqual(ranges[0], { startLine: 0, endLine: 1, kind: 'comment' });
  const start = lineOf(JINAN, '  - 名称: 城乡医疗救助资金');
  const project = ranges.find((r) => r.startLine === start);
  assert.ok(project);
  assert.ok(
    project.endLine > start + 20 && project.endLine < lineOf(JINAN, '  - 名称: 四级医保工作站运行维护资金'),
  );
});

test('definition: a project’s 预算单位 goes to the unit in the 预算单位 list; references list its uses', async () => {
  const position = at(JINAN, '    预算单位: 济南市历下区医疗保障局', 12);
  const def = await client.conn.sendRequest<Loc | null>('textDocument/definition', {
    textDocument: { uri: jinan },
    position,
  });
  assert.deepEqual(def?.range.start, {
    line: lineOf(JINAN, '  - 名称: 济南市历下区医疗保障局'),
    character: 8,
  });
  assert.equal(def?.uri, jinan);
  const row = await client.conn.sendRequest<Loc | null>('textDocument/definition', {
    textDocument: { uri: jinan },
    position: at(JINAN, '预算单位: 济南市历下区医疗保险事业中心', 9),
  });
  assert.equal(row?.range.start.line, lineOf(JINAN, '  - 名称: 济南市历下区医疗保险事业中心'));
  const none = await client.conn.sendRequest<Loc | null>('textDocument/definition', {
    textDocument: { uri: jinan },
    position: { line: 0, character: 2 },
  });
  assert.equal(none, null);
  const refs = await client.conn.sendRequest<Loc[]>('textDocument/references', {
    textDocument: { uri: jinan },
    position: at(JINAN, '  - 名称: 济南市历下区医疗保险事业中心', 10),
    context: { includeDeclaration: false },
  });
  assert.equal(refs.length, 15);
});

test('workspace symbols: projects of both open drafts by a part of their name', async () => {
  const found = await client.conn.sendRequest<{ name: string; containerName?: string; location: Loc }[]>(
    'workspace/symbol',
    { query: '医疗救助' },
  );
  assert.deepEqual(
    found.map((s) => [s.name, s.containerName, s.location.uri]),
    [
      ['城乡医疗救助资金', '济南市历下区医疗保障局', jinan],
      ['医疗救助资金', '枣庄市市中区医疗保障局', zaozhuang],
      ['医疗救助资金', '枣庄市市中区医疗保障局', zaozhuang],
    ],
  );
  const all = await client.conn.sendRequest<unknown[]>('workspace/symbol', { query: '' });
  assert.equal(all.length, 16);
  // A closed draft leaves the workspace symbols.
  await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: zaozhuang } });
  const after = await client.conn.sendRequest<{ name: string }[]>('workspace/symbol', { query: '医疗救助' });
  assert.deepEqual(
    after.map((s) => s.name),
    ['城乡医疗救助资金'],
  );
});
