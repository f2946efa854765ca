import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from '../../server/src/services/hover';
import { check } from '../helpers';

const DRAFT = `格式: 部门预算/1
部门: 测试局
预算年度: 2026
支出功能分类:
  - { 科目: 2040601 行政运行, 人员经费: 1400, 公用经费: 34.89 }
说明:
  部门预算编制说明: |
    1、公共安全支出（204类）司法（06款）行政运行（01项）1434.9万元。
`;

function hoverText(needle: string, delta = 1): string {
  const errors: string[] = [];
  const h = hover(check(DRAFT), DRAFT.indexOf(needle) + delta, errors);
  assert.deepEqual(errors, []);
  return h ? (h.contents as { value: string }).value : '';
}

test('hover over a figure in 说明: what was read, its interval, and what the draft holds', () => {
  const v = hoverText('1434.9万元');
  assert.match(v, /\*\*说明中的数字\*\* 1434\.9万元/);
  assert.match(v, /读作：公共安全支出（204类）司法（06款）行政运行（01项），本年数/);
  assert.match(v, /按所写位数代表 1434\.85–1434\.95万元/);
  assert.match(v, /草稿中（支出功能分类\\\[0\\\]）：1434\.89万元/);
});

test('hover over a 科目 in 说明: its code and the catalog chain', () => {
  const v = hoverText('司法（06款）');
  assert.match(
    v,
    /\*\*说明中的科目\*\* 1、公共安全支出 › 司法 › 行政运行|\*\*说明中的科目\*\* 公共安全支出 › 司法 › 行政运行/,
  );
  assert.match(v, /科目 2040601/);
});
