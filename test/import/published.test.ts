import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../server/src/import/readers/text';
import { recognise } from '../../server/src/import/recognise/recognise';
import { publishedFindings } from '../../server/src/import/rules/published';

const table = (title: string, rows: string[], note?: string) =>
  [`## ${title}`, '', '单位：万元', '', ...rows, ...(note ? ['', note] : []), ''].join('\n');
const HEAD = ['科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出', '类\t款\t项'];

test('table-repeat-mismatch names both tables and where they were printed', () => {
  const text =
    table('支出总体情况表', [...HEAD, '208\t\t\t社会保障和就业支出\t88.08\t88.08\t']) +
    table('一般公共预算支出情况表', [...HEAD, '208\t\t\t社会保障和就业支出\t88.80\t88.80\t']);
  const findings = publishedFindings(recognise(readText(text, 'x.txt')));
  const repeat = findings.filter((f) => f.rule === 'table-repeat-mismatch');
  assert.deepEqual(
    repeat.map((f) => [f.severity, f.where.line, f.message]),
    [
      [
        'error',
        14,
        '208 社会保障和就业支出 合计：支出总表（第7行）印为88.08，一般公共预算支出表（第14行）印为88.80；草稿保留前者',
      ],
      [
        'error',
        14,
        '208 社会保障和就业支出 基本支出：支出总表（第7行）印为88.08，一般公共预算支出表（第14行）印为88.80；草稿保留前者',
      ],
    ],
  );
});

test('table-repeat-mismatch stays silent when the copies agree', () => {
  const text =
    table('支出总体情况表', [...HEAD, '208\t\t\t社会保障和就业支出\t88.08\t88.08\t']) +
    table('一般公共预算支出情况表', [...HEAD, '208\t\t\t社会保障和就业支出\t88.08\t88.08\t']);
  assert.deepEqual(
    publishedFindings(recognise(readText(text, 'x.txt'))).filter((f) => f.rule === 'table-repeat-mismatch'),
    [],
  );
});

test('empty-table-note: an empty table without its note, and a note over figures', () => {
  const noNote = table('政府性基金预算支出情况表', [...HEAD]);
  const f1 = publishedFindings(recognise(readText(noNote, 'x.txt'))).filter(
    (f) => f.rule === 'empty-table-note',
  );
  assert.equal(f1.length, 1);
  assert.match(
    f1[0].message,
    /政府性基金预算支出表（政府性基金预算支出情况表）印为空表，但没有说明为什么为空/,
  );
  const withNote = table(
    '政府性基金预算支出情况表',
    [...HEAD],
    '注：本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。',
  );
  assert.deepEqual(
    publishedFindings(recognise(readText(withNote, 'x.txt'))).filter((f) => f.rule === 'empty-table-note'),
    [],
  );
  const noteOverFigures = table(
    '政府性基金预算支出情况表',
    [...HEAD, '229\t\t\t其他支出\t5.00\t\t5.00'],
    '注：本表为空表。',
  );
  const f3 = publishedFindings(recognise(readText(noteOverFigures, 'x.txt'))).filter(
    (f) => f.rule === 'empty-table-note',
  );
  assert.match(f3[0].message, /印有数字，却注明“注：本表为空表。”/);
});

test('publication-incomplete: a 目录 entry that is not there', () => {
  const text =
    ['目录', '', '- 一、收支总体情况表', '- 二、支出总体情况表', '', '第一部分', ''].join('\n') +
    table('支出总体情况表', [...HEAD, '208\t\t\t社会保障和就业支出\t88.08\t88.08\t']);
  const f = publishedFindings(recognise(readText(text, 'x.txt'))).filter(
    (x) => x.rule === 'publication-incomplete',
  );
  assert.ok(f.some((x) => /目录列出的“收支总体情况表”在文中没有找到/.test(x.message) && x.where.line === 3));
  assert.ok(!f.some((x) => /“支出总体情况表”/.test(x.message)));
});

test('a broken text layer is imported as printed and reported (text-garbled)', () => {
  const text = [
    '## 收支总体情况表',
    '',
    '单位：万元',
    '',
    '收 入\t\t支 出\t',
    '项目\t预算数\t项目\t预算数',
    '一、一般公共预算收入\t1,751.54\t七、社会保障和就业�出\t88.08',
    '',
  ].join('\n');
  const result = recognise(readText(text, 'x.txt'));
  const garbled = result.issues.filter((i) => i.code === 'text-garbled');
  assert.deepEqual(
    garbled.map((i) => [i.where.line, i.message]),
    [[7, '文字层有无法识别的字符（U+FFFD），照印导入：“ 七、社会保障和就业�出 88.08”']],
  );
});

test('整体绩效目标表: 年度履职目标, 年度主要任务 and the indicators with 一级/二级 carried down', () => {
  const text = [
    '## 部门整体支出绩效目标表',
    '',
    '部门名称\t济南市历下区医疗保障局',
    '年度履职目标\t参保群众负担更小、经办服务更好、医疗保障更强',
    '年度主要任务\t任务名称\t主要内容\t预算金额（万元）',
    '\t推动实现医疗卫生事业健康发展\t抓好待遇保障、优化经办服务\t1,227.00',
    '\t一级指标\t二级指标\t三级指标\t指标值',
    '年度绩效指标\t投入管理指标\t预算和财务管理\t预算执行率\t≥95%',
    '\t\t\t“三公经费”控制率\t≤100%',
    '\t产出指标\t重点工作任务完成\t政策宣传覆盖面\t全覆盖',
    '\t满意度指标\t满意度\t参保群众满意度\t≥85%',
    '',
  ].join('\n');
  const draft = recognise(readText(text, 'x.txt')).draftText;
  assert.match(
    draft,
    /整体绩效目标:\n {2}年度履职目标: 参保群众负担更小、经办服务更好、医疗保障更强\n {2}年度主要任务:\n {4}- \{ 任务: 推动实现医疗卫生事业健康发展, 内容: 抓好待遇保障、优化经办服务, 金额: 1227\.00 \}\n {2}指标:\n {4}投入管理指标:\n {6}预算和财务管理:\n {8}预算执行率: ≥95%\n {8}“三公经费”控制率: ≤100%\n {4}产出指标:\n {6}重点工作任务完成:\n {8}政策宣传覆盖面: 全覆盖\n {4}满意度指标:\n {6}满意度:\n {8}参保群众满意度: ≥85%\n/,
  );
});
