import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings } from '../helpers';
import type { Finding } from '../../server/src/engine/findings';
import { LineIndex } from '../../server/src/engine/text/lineIndex';

// RULES.md's prose examples, each in its failing variant too (the spec lists the passing ones).

const HEAD = '格式: 部门预算/1\n部门: 上海市普陀区司法局\n预算年度: 2026\n';

function covered(text: string, f: Finding): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offset(f.range.start), lines.offset(f.range.end));
}

function prose(body: string): string {
  return `${HEAD}说明:\n  部门预算编制说明: |\n${body
    .split('\n')
    .map((l) => '    ' + l)
    .join('\n')}\n`;
}

test('text-sum-mismatch: 政府采购 parts named by their short words (货物, 工程, 服务) must add up', () => {
  const passes = prose('政府采购预算1486.42万元，其中：货物3.66万元、工程36.44万元、服务1446.32万元。');
  assert.deepEqual(findings(passes, 'text-sum-mismatch'), []);
  const text = prose('政府采购预算1486.42万元，其中：货物3.66万元、工程36.44万元、服务1440.32万元。');
  const [f, ...more] = findings(text, 'text-sum-mismatch');
  assert.deepEqual(more, []);
  assert.equal(
    f.message,
    '所列各项（3.66万元 + 36.44万元 + 1440.32万元）之和为1480.42万元，与政府采购预算1486.42万元不符',
  );
  assert.equal(f.path, '说明.部门预算编制说明');
  assert.equal(covered(text, f), '1486.42万元，其中：货物3.66万元、工程36.44万元、服务1440.32万元');
  // A part left out: silent (RULES.md: “Silent when a part is missing”).
  const partial = prose('政府采购预算1486.42万元，其中：货物3.66万元、工程36.44万元。');
  assert.deepEqual(findings(partial, 'text-sum-mismatch'), []);
});

test('text-sum-mismatch: a change without its subject is the whole its parts make up (基本支出 + 项目支出)', () => {
  const passes = prose('减少145.97万元，其中基本支出减少10.97万元，项目支出减少135万元。');
  assert.deepEqual(findings(passes, 'text-sum-mismatch'), []);
  const text = prose('2026年预算比上年减少145.97万元，其中基本支出减少10.97万元，项目支出减少100万元。');
  const [f, ...more] = findings(text, 'text-sum-mismatch');
  assert.deepEqual(more, []);
  assert.equal(f.message, '所列各项（10.97万元 + 100万元）之和为110.97万元，与前文145.97万元不符');
  // Parts that do not make up a whole say nothing about an unnamed total.
  const open = prose('2026年预算比上年减少145.97万元，其中基本支出减少10.97万元。');
  assert.deepEqual(findings(open, 'text-sum-mismatch'), []);
});

test('text-year: 上年 written beside a year other than 预算年度−1', () => {
  for (const [body, blamed, year] of [
    ['2024年（上年）预算执行数为100万元。', '2024年（上年）', 2024],
    ['2026年收入预算比上年（2024年）预算增加10万元。', '上年（2024年）', 2024],
  ] as const) {
    const text = prose(body);
    const [f, ...more] = findings(text, 'text-year');
    assert.deepEqual(more, [], body);
    assert.equal(f.message, `“${blamed}”：预算年度为2026年，上年应为2025年，文中写为${year}年`);
    assert.equal(covered(text, f), blamed);
  }
  assert.deepEqual(findings(prose('上年（2025年）预算执行数为100万元。'), 'text-year'), []);
  assert.deepEqual(findings(prose('2025年（上年）预算执行数为100万元。'), 'text-year'), []);
});

test('text-punctuation: a paragraph giving a reason without terminal punctuation, comma or not', () => {
  const text = prose(
    '2026年收入预算100万元。\n2026年支出预算比上年增加10万元的主要原因是工作量增加\n其他情况说明见下文。',
  );
  const [f, ...more] = findings(text, 'text-punctuation');
  assert.deepEqual(more, []);
  assert.equal(f.message, '本段“…元的主要原因是工作量增加”末尾缺少句号');
  assert.equal(covered(text, f), '加');
  // A heading between sentences is not a sentence.
  const heading = prose('2026年收入预算100万元。\n一、部门预算编制情况总体说明\n其他情况说明见下文。');
  assert.deepEqual(findings(heading, 'text-punctuation'), []);
});

test('text-sum-mismatch: a stated total that the table contradicts is text-figure-mismatch’s one finding', () => {
  const table = '政府采购:\n  合计: 1486.42\n  货物: 3.66\n  工程: 36.44\n  服务: 1446.32\n';
  const text =
    HEAD +
    table +
    prose('政府采购预算1400万元，其中：货物3.66万元、工程36.44万元、服务1446.32万元。').slice(HEAD.length);
  const all = findings(text, 'text-figure-mismatch').concat(findings(text, 'text-sum-mismatch'));
  assert.deepEqual(
    all.map((f) => `${f.rule}: ${f.message}`),
    ['text-figure-mismatch: 文中“政府采购预算”为1400万元，但草稿中（政府采购.合计）为1486.42万元'],
  );
  // Without the table the list is the only witness: text-sum-mismatch reports it.
  const bare = prose('政府采购预算1400万元，其中：货物3.66万元、工程36.44万元、服务1446.32万元。');
  assert.deepEqual(
    findings(bare, 'text-sum-mismatch').map((f) => f.rule),
    ['text-sum-mismatch'],
  );
});
