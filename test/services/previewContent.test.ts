import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../helpers';
import { previewOf } from '../../server/src/report/preview';
import { proseText } from '../../server/src/report/prose';
import { deriveTables } from '../../server/src/engine/tables/derive';

const JINAN = readFileSync(join(__dirname, '..', 'fixtures', 'jinan-lixia-2026.budget.yaml'), 'utf8');

test('总体目标 pasted with <p> markup shows as text, not as tags', () => {
  const body = previewOf(check(JINAN)).body;
  assert.ok(JINAN.includes('<p>根据济医保发'), 'the seed keeps the markup of its source');
  assert.doesNotMatch(body, /&lt;\/?p&gt;/);
  assert.match(body, />根据济医保发〔2022〕14号/);
  assert.equal(proseText('<p>甲</p><p>乙&nbsp;丙<br/>丁</p>'), '甲\n乙 丙\n丁');
  assert.equal(proseText('A<B 且 5>3'), 'A<B 且 5>3', 'a < that opens no tag stays');
  assert.equal(proseText('&lt;p&gt; 是标签'), '<p> 是标签');
  assert.equal(proseText(undefined), undefined);
});

test('三公 本年合计 left blank shows what `jixiao tables` derives (0.30 on the Jinan seed)', () => {
  const result = check(JINAN);
  const derived = deriveTables(result.draft).find((t) => t.name === '三公经费表')!;
  const current = derived.rows.find((r) => r[0] === '本年')!;
  assert.equal(current[derived.columns.indexOf('合计')], '0.30');
  const body = previewOf(result).body;
  const table = /<table class="sangong">.*?<\/table>/s.exec(body)![0];
  const row = /<tr>[^]*?本年预算数[^]*?<\/tr>/.exec(table)![0];
  assert.match(row, /<td class="num derived" title="未填写，由各项相加">0\.30<\/td>/);
  // The 上年 合计 is written: shown as written, not as derived.
  assert.doesNotMatch(/<tr>[^]*?上年预算数[^]*?<\/tr>/.exec(table)![0], /derived/);
});
