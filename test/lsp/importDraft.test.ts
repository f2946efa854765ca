import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture } from '../helpers';
import { sharedPath } from '../sharedDir';
import {
  IMPORT_BUDGET,
  PASTE_AS_DRAFT,
  type ImportBudgetResponse,
  type PasteAsDraftResponse,
} from '../../shared/protocol';
import { TestClient } from './client';

const PDF = sharedPath('published', 'putuo-wanli-2024.pdf');

test('the server imports a text, a PDF (readers loaded from their own bundle) and refuses a non-budget', async () => {
  const client = new TestClient();
  try {
    await client.initialize();
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-import-'));
    const seed = sharedPath('seeds', 'jinan-lixia-2026.txt');
    const text = await client.conn.sendRequest<ImportBudgetResponse>(IMPORT_BUDGET, { path: seed });
    assert.ok('draftText' in text, JSON.stringify(text));
    assert.match(text.draftText, /^格式: 部门预算\/1$/m);
    assert.match(text.draftText, /^ {2}- 名称: 医保窗口服务经费$/m);
    assert.match(text.report, /^表格中印有数字 \d+ 个，导入草稿 \d+ 个，未导入 12 个。$/m);
    // The counts the client's notification names are those of the report.
    assert.equal(text.notLanded, 12);
    assert.equal(text.issues, text.report.trimEnd().split('\n').length - 1);
    if (existsSync(PDF)) {
      const pdf = await client.conn.sendRequest<ImportBudgetResponse>(IMPORT_BUDGET, { path: PDF });
      assert.ok('draftText' in pdf, JSON.stringify(pdf));
      assert.match(pdf.draftText, /# 第\d+页/);
    }
    const other = join(dir, 'notes.txt');
    writeFileSync(other, '会议记录\n今天讨论了办公室搬迁。\n');
    const refused = await client.conn.sendRequest<ImportBudgetResponse>(IMPORT_BUDGET, { path: other });
    assert.deepEqual(refused, { refused: '没有找到部门预算的表格或标题：这不像一份部门预算或单位预算' });
    const missing = await client.conn.sendRequest<ImportBudgetResponse>(IMPORT_BUDGET, {
      path: join(dir, 'none.pdf'),
    });
    assert.ok('refused' in missing && /^无法读取 none\.pdf：/.test(missing.refused), JSON.stringify(missing));
  } finally {
    await client.close();
  }
});

test('the server answers 粘贴为预算草稿 from the open document’s text', async () => {
  const client = new TestClient();
  try {
    await client.initialize();
    const lines = fixture('jinan-lixia-2026.budget.yaml').split('\n');
    const start = lines.indexOf('    绩效目标:');
    let end = start + 1;
    while (lines[end].startsWith('      ')) end++;
    lines.splice(start, end - start, '');
    const uri = await client.open('/tmp/jixiao-paste/jinan.budget.yaml', lines.join('\n'));
    const clip = (await import('node:fs'))
      .readFileSync(sharedPath('seeds', 'jinan-lixia-2026.txt'), 'utf8')
      .split('\n')
      .slice(502, 518)
      .join('\n');
    const res = await client.conn.sendRequest<PasteAsDraftResponse>(PASTE_AS_DRAFT, {
      uri,
      text: clip,
      position: { line: start, character: 0 },
    });
    assert.ok(res);
    assert.equal(res.kind, 'performance');
    assert.equal(res.deleteBefore, 0);
    assert.equal(res.text.split('\n')[0], '    绩效目标:');
    const plain = await client.conn.sendRequest<PasteAsDraftResponse>(PASTE_AS_DRAFT, {
      uri,
      text: '不是表格',
      position: { line: start, character: 0 },
    });
    assert.equal(plain, null);
  } finally {
    await client.close();
  }
});
