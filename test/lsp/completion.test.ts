import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, lineOf } from '../helpers';
import { TestClient } from './client';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
const JINAN = fixture('jinan-lixia-2026.budget.yaml');
let client: TestClient;

interface Item {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: string;
  filterText?: string;
  insertTextFormat?: number;
  textEdit?: { range: { start: { line: number; character: number } }; newText: string };
}
interface List {
  isIncomplete: boolean;
  items: Item[];
}

before(async () => {
  assert.ok(existsSync(SERVER), 'run `npm run build` first: the protocol tests speak to dist/server.js');
  client = new TestClient();
  const { capabilities } = await client.initialize();
  assert.deepEqual(capabilities.completionProvider, { triggerCharacters: [':', ' '] });
});
after(async () => client.close());

/** Opens `text` (a fresh uri per call) and asks for completion at line/character. */
async function complete(name: string, text: string, line: number, character: number, trigger?: string) {
  const path = `/tmp/jixiao-lsp-completion/${name}.budget.yaml`;
  const wait = client.nextDiagnostics(`file://${path}`);
  const uri = await client.open(path, text);
  await wait;
  return client.conn.sendRequest<List>('textDocument/completion', {
    textDocument: { uri },
    position: { line, character },
    context: trigger ? { triggerKind: 2, triggerCharacter: trigger } : { triggerKind: 1 },
  });
}

test('`功能科目: 2101` in a Jinan project: 7-digit 项 with their parents, replacing what was typed', async () => {
  const anchor = '    类别: 其他运转类\n';
  const text = JINAN.replace(anchor, anchor + '    功能科目: 2101\n');
  const line = lineOf(text, '功能科目: 2101');
  const list = await complete('func', text, line, 14);
  assert.ok(list.isIncomplete);
  const item = list.items.find((i) => i.label === '2101599 其他医疗保障管理事务支出');
  assert.ok(item, JSON.stringify(list.items.map((i) => i.label)));
  assert.equal(item.detail, '210 卫生健康支出 › 21015 医疗保障管理事务');
  assert.deepEqual(item.textEdit?.range.start, { line, character: 10 });
  assert.ok(list.items.every((i) => /^2101\d{3} /.test(i.label)));
});

test('the blank trigger after `功能科目:` and pinyin initials', async () => {
  const text = '格式: 部门预算/1\n部门: 测试局\n预算年度: 2026\n项目:\n  - 名称: 甲\n    功能科目: \n';
  const spaced = await complete('blank', text, 5, 10, ' ');
  assert.equal(spaced.items[0].label, '2010101 行政运行');
  assert.equal(spaced.items[0].textEdit?.newText, '2010101 行政运行');
  const colon = await complete('colon', text.replace('功能科目: ', '功能科目:'), 5, 9, ':');
  assert.equal(colon.items[0].textEdit?.newText, ' 2010101 行政运行');
  const py = await complete('pinyin', text.replace('功能科目: ', '功能科目: ylbz'), 5, 14);
  const labels = py.items.map((i) => i.label);
  assert.ok(labels.includes('2101599 其他医疗保障管理事务支出'), labels.join());
  assert.ok(!labels.includes('2101501 行政运行'));
  assert.ok(
    py.items.every((i) => i.filterText === 'ylbz'),
    'the client keeps what the server matched',
  );
});

test('keys under a Jinan project and 二级 names under its 成本指标, with Chinese docs', async () => {
  const anchor = '    类别: 其他运转类\n';
  const text = JINAN.replace(anchor, anchor + '    \n');
  const keys = await complete('keys', text, lineOf(text, anchor.trimEnd()) + 1, 4, ' ');
  const func = keys.items.find((i) => i.label === '功能科目');
  assert.equal(func?.documentation, '支出功能分类科目（7位项级），写作“编码 名称”');
  assert.ok(!keys.items.some((i) => i.label === '金额'), 'a key already present is not offered');
  const cost = '            职工医保窗口服务经费成本: ≤225.00\n';
  const tree = JINAN.replace(cost, cost + '          \n');
  const two = await complete('level2', tree, lineOf(tree, cost.trim()) + 1, 10);
  assert.deepEqual(
    two.items.map((i) => i.label),
    ['社会成本指标', '生态环境成本指标'],
  );
});

test('snippets: 新项目 after the last Jinan project, 明细 under 明细', async () => {
  const text = JINAN.trimEnd() + '\n  - \n';
  const line = text.split('\n').length - 2;
  const list = await complete('snippet', text, line, 4, ' ');
  const project = list.items.find((i) => i.label === '新项目');
  assert.equal(project?.kind, 15);
  assert.equal(project?.insertTextFormat, 2);
  assert.match(project?.textEdit?.newText ?? '', /^名称: \$\{1:新建项目\}\n {4}预算单位: /);
  assert.match(project?.textEdit?.newText ?? '', /\n {8}满意度指标:\n {10}服务对象满意度指标:\n/);
  const details = '格式: 部门预算/1\n项目:\n  - 名称: 甲\n    明细:\n      \n';
  const d = await complete('detail', details, 4, 6);
  assert.deepEqual(
    d.items.map((i) => i.label),
    ['明细'],
  );
  assert.match(d.items[0].textEdit?.newText ?? '', /^- 内容: \$\{1:活动内容\}\n {8}经济科目: /);
});
