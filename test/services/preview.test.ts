import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, lineOf } from '../helpers';
import { previewOf } from '../../server/src/report/preview';
import { previewPage } from '../../server/src/report/page';
import { PREVIEW, type PreviewResponse } from '../../shared/protocol';
import { TestClient } from '../lsp/client';

const JINAN = readFileSync(join(__dirname, '..', 'fixtures', 'jinan-lixia-2026.budget.yaml'), 'utf8');
const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

test('the preview of the Jinan seed: counts, title, the defect cell with its line', () => {
  const p = previewOf(check(JINAN));
  assert.equal(p.title, '济南市历下区医疗保障局 2026年部门预算');
  assert.deepEqual(p.findings, { error: 7, warning: 10, info: 0, hint: 0 });
  assert.equal(p.openReviews, 0);
  const cell =
    /<td class="finding finding-error"[^>]*data-path="项目\[3\]\.绩效目标\.指标\.成本指标\.经济成本\.总成本"[^>]*>/.exec(
      p.body,
    );
  assert.ok(cell);
  assert.match(cell[0], new RegExp(`data-line="${lineOf(JINAN, '总成本: ≤270万元')}"`));
  // The body goes into a webview whose CSP allows nonce'd scripts and styles only.
  assert.ok(
    !/<script|<style|\sstyle=|\son[a-z]+=/i.test(p.body),
    'no script, style element, style or event attribute',
  );
  // The preview links rule ids to the editor's rule doc command rather than embedding docs.
  assert.match(p.body, /<a href="#" data-rule-doc="cost-total-mismatch">cost-total-mismatch<\/a>/);
  assert.ok(!p.body.includes('规则说明</h2>'));
});

test('the preview of half-typed text is a page, not an exception', () => {
  for (const text of [
    '',
    '格式: 部门预算/1\n项目:\n  - 名称: 测',
    '项目: [',
    '项目:\n  - 绩效目标:\n      指标:\n        成本指标:\n',
  ]) {
    const p = previewOf(check(text));
    assert.ok(p.body.includes('<h1>'), JSON.stringify(text));
    assert.ok(!p.body.includes('\uE000'));
  }
});

test('the webview page: locked-down CSP, nonce on every script and style, no remote resource', () => {
  const html = previewPage({
    body: '<p>x</p>',
    nonce: 'abc123',
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  assert.equal(
    csp,
    'default-src &#39;none&#39;; style-src https://file+.vscode-resource.vscode-cdn.net &#39;nonce-abc123&#39;; ' +
      'script-src &#39;nonce-abc123&#39;; img-src https://file+.vscode-resource.vscode-cdn.net data:; ' +
      'font-src https://file+.vscode-resource.vscode-cdn.net',
  );
  assert.deepEqual(html.match(/<script[^>]*>/g), ['<script nonce="abc123">']);
  assert.deepEqual(html.match(/<style[^>]*>/g), ['<style nonce="abc123">']);
  assert.ok(html.includes('<main id="jixiao-root"><p>x</p></main>'));
  assert.ok(!/url\(|@import|<link|\ssrc=/.test(html));
});

test('jixiao/preview over the protocol follows the document as it is edited', async () => {
  assert.ok(existsSync(SERVER), 'run `npm run build` first: this test speaks to dist/server.js');
  const client = new TestClient();
  try {
    await client.initialize();
    const path = '/tmp/jixiao-preview/jinan.budget.yaml';
    const uri = await client.open(path, JINAN);
    const first = await client.conn.sendRequest<PreviewResponse | null>('jixiao/preview', { uri });
    assert.ok(first);
    assert.equal(first.version, 1);
    assert.equal(first.findings.error, 7);
    assert.match(
      first.body,
      /class="finding finding-error"[^>]*data-path="项目\[3\]\.绩效目标\.指标\.成本指标\.经济成本\.总成本"/,
    );
    await client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: JINAN.replace('总成本: ≤270万元', '总成本: ≤116万元') }],
    });
    const second = await client.conn.sendRequest<PreviewResponse | null>('jixiao/preview', { uri });
    assert.equal(second?.version, 2);
    assert.equal(second?.findings.error, 6);
    // The error is gone from the cell; what remains is the warning that 216 + 54 ≠ 116.
    const cell =
      /<td[^>]*data-path="项目\[3\]\.绩效目标\.指标\.成本指标\.经济成本\.总成本"[^>]*>([^<]*)</.exec(
        second!.body,
      );
    assert.ok(cell, 'the 总成本 cell is rendered');
    assert.equal(cell[1], '≤116万元');
    assert.match(cell[0], /class="finding finding-warning"/);
    assert.match(cell[0], /data-rules="cost-components-mismatch"/);
    assert.equal(second?.page, undefined, 'the page only when asked for');
    // The client holds no renderer: the whole page, with the client's nonce, comes from the server.
    const page = { nonce: 'n0nce', cspSource: 'vscode-webview://x' };
    const full = await client.conn.sendRequest<PreviewResponse | null>(PREVIEW, { uri, page });
    assert.equal(full?.page, previewPage({ ...page, body: full!.body, title: full!.title }));
    assert.match(full!.page!, /<script nonce="n0nce">/);
    const none = await client.conn.sendRequest('jixiao/preview', { uri: 'file:///tmp/not-open.budget.yaml' });
    assert.equal(none, null);
  } finally {
    await client.close();
  }
});
