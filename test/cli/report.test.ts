import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../helpers';
import { renderReport } from '../../server/src/report/render';

const JINAN = readFileSync(join(__dirname, '..', 'fixtures', 'jinan-lixia-2026.budget.yaml'), 'utf8');

test('the report renders the published tables and every project’s 绩效目标表', () => {
  const { draft, findings } = check(JINAN);
  const html = renderReport(draft, findings);
  for (const t of ['收支总表', '支出总表', '基本支出表', '三公经费表', '项目支出表'])
    assert.ok(html.includes(`<h2>${t}</h2>`), t);
  assert.equal((html.match(/项目支出绩效目标表：/g) ?? []).length, draft.projects.length);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  assert.ok(!/<script|https?:\/\//.test(html), 'no scripts, no remote resources');
});

test('a seeded defect is highlighted on its own cell, with its message', () => {
  const { draft, findings } = check(JINAN);
  const html = renderReport(draft, findings);
  const cell =
    /<td class="finding-error" title="([^"]*)" data-path="项目\[3\]\.绩效目标\.指标\.成本指标\.经济成本\.总成本">≤270万元<\/td>/.exec(
      html,
    );
  assert.ok(cell, 'the ≤270万元 cell carries the error');
  assert.match(cell[1], /cost-total-mismatch/);
  assert.ok(!/class="finding-[a-z]+"[^>]*>≤80万元</.test(html), 'a correct cell is not highlighted');
});
