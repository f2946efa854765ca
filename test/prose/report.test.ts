import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderReport } from '../../server/src/report/render';
import { check } from '../helpers';

const DRAFT = `格式: 部门预算/1
部门: 测试局
预算年度: 2026
说明:
  机构设置情况: |
    纳入本局2025年部门预算编制范围的单位包括：<script>alert(1)</script>本局。
    主要原因是：部分人员退休。。
`;

test('the report shows 说明 as published text, findings marked on their words, never as markup', () => {
  const r = check(DRAFT);
  const html = renderReport(r.draft!, r.findings);
  assert.match(html, /<h2 id="t-prose">说明<\/h2>/);
  assert.match(
    html,
    /<mark class="finding finding-warning" title="\[text-year\] 写为2025年部门预算，但预算年度为2026年"[^>]*>2025年<\/mark>/,
  );
  assert.match(
    html,
    /<mark class="finding finding-info" title="\[text-punctuation\] 标点“。。”重复"[^>]*>。。<\/mark>/,
  );
  assert.ok(!html.includes('<script>alert(1)'), 'prose is escaped');
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /<p>主要原因是：部分人员退休<mark[^>]*>。。<\/mark><\/p>/);
});
