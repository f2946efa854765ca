import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../server/src/import/readers/text';
import { recognise } from '../../server/src/import/recognise/recognise';
import { categoryAndFunction } from '../../server/src/import/recognise/projects';

/**
 * A 项目支出表 with a 功能科目 column, as `jixiao report` prints it and a budget office copies it.
 * The second row is what a PDF gives for a project without 类别: `2101501 行政运行` is two text
 * pieces and the name falls under 项目类别 by position (found on the report of a draft whose first
 * project had a 功能科目 and no 类别: the import wrote `类别: 行政运行`).
 */
const TABLE = [
  '项目支出表',
  '单位：万元',
  '项目名称\t预算单位\t功能科目\t项目类别\t合计\t财政拨款\t其他资金',
  '合计\t\t\t\t305.00\t305.00\t',
  '医保工作服务经费\t济南市历下区医疗保障局\t2101501 行政运行\t其他运转类\t80.00\t80.00\t',
  '医保窗口服务经费\t济南市历下区医疗保障局\t2101501\t行政运行\t225.00\t225.00\t',
].join('\n');

test('项目支出表: 功能科目 imported; a code name that fell under 项目类别 is the 功能科目, not a 类别', () => {
  const { draftText } = recognise(readText(TABLE, 'p.txt'));
  const project = (name: string) => {
    const start = draftText.indexOf(`- 名称: ${name}`);
    assert.ok(start >= 0, `${name} imported:\n${draftText}`);
    const next = draftText.indexOf('\n  - ', start + 1);
    return draftText.slice(start, next < 0 ? undefined : next);
  };
  const work = project('医保工作服务经费');
  assert.match(work, /^ {4}功能科目: 2101501 行政运行$/m);
  assert.match(work, /^ {4}类别: 其他运转类$/m);
  const window = project('医保窗口服务经费');
  assert.match(window, /^ {4}功能科目: 2101501 行政运行$/m);
  assert.doesNotMatch(window, /类别/);
});

test('categoryAndFunction keeps a printed category word and a full 功能科目 as they are', () => {
  assert.deepEqual(categoryAndFunction('特定目标类', '2101501 行政运行'), {
    category: '特定目标类',
    functionCode: '2101501 行政运行',
  });
  assert.deepEqual(categoryAndFunction('一次性项目', '2101501'), {
    category: '一次性项目',
    functionCode: '2101501',
  });
  assert.deepEqual(categoryAndFunction('行政运行', '210 15 01'), { functionCode: '210 15 01 行政运行' });
  assert.deepEqual(categoryAndFunction(undefined, undefined), {});
  assert.deepEqual(categoryAndFunction('', ''), {});
});
