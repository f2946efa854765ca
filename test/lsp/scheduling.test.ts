import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CheckScheduler, FAST_CHECK_MS } from '../../server/src/lsp/scheduler';
import { draftWith, GOOD_PROJECT } from '../helpers';
import { TestClient } from './client';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

test('no fixed debounce: at once after fast checks or a pause; while edits keep coming, in proportion', () => {
  let fixed: number | null | undefined;
  let clock = 1000;
  const s = new CheckScheduler(
    () => undefined,
    () => fixed,
    () => undefined,
    () => clock,
  );
  assert.equal(s.delayFor('a'), 0, 'a document never checked: at once');
  s.schedule('a', true);
  s.record('a', 2000);
  assert.equal(s.delayFor('a'), 0, 'the first check after opening parses everything: not an estimate');
  s.cancel('a');
  const edit = (ms: number) => {
    s.schedule('a');
    s.cancel('a');
    s.record('a', ms);
  };
  edit(FAST_CHECK_MS - 1);
  assert.equal(s.delayFor('a'), 0);
  edit(300);
  edit(300);
  // Median of [49, 300, 300]: 300; just after that check ended, wait half of it.
  assert.equal(s.delayFor('a'), 150);
  clock += 100;
  assert.equal(s.delayFor('a'), 50, 'the idle time since the last check counts');
  clock += 1000;
  assert.equal(s.delayFor('a'), 0, 'after a pause: at once');
  edit(60_000);
  edit(60_000);
  edit(60_000);
  assert.equal(s.delayFor('a'), 500, 'never more than half a second');
  edit(10);
  edit(10);
  edit(10);
  assert.equal(s.delayFor('a'), 0, 'one slow check among fast ones does not count (median)');
  assert.equal(s.delayFor('b'), 0, 'per document');
  fixed = 150;
  assert.equal(s.delayFor('b'), 150, 'a jixiao.debounceMs that is set wins');
  fixed = null;
  assert.equal(s.delayFor('b'), 0);
});

test('a newer edit cancels the pending check; an exception in a check does not escape the timer', async () => {
  const runs: string[] = [];
  const errors: unknown[] = [];
  const s = new CheckScheduler(
    (uri) => {
      runs.push(uri);
      if (uri === 'boom') throw new Error('boom');
    },
    () => 20,
    (e) => errors.push(e),
  );
  s.schedule('a');
  s.schedule('a');
  s.schedule('boom');
  s.schedule('gone');
  s.forget('gone');
  await new Promise((r) => setTimeout(r, 60));
  assert.deepEqual(runs.sort(), ['a', 'boom']);
  assert.equal(errors.length, 1);
});

test('over the protocol, an edit of a small draft is published without waiting for a debounce', async () => {
  assert.ok(existsSync(SERVER), 'run `npm run build` first: this test speaks to dist/server.js');
  const client = new TestClient();
  try {
    await client.initialize();
    const text = draftWith(GOOD_PROJECT);
    const path = '/tmp/jixiao-scheduling/a.budget.yaml';
    const uri = 'file://' + path;
    const opened = client.nextDiagnostics(uri);
    await client.open(path, text);
    await opened;
    const times: number[] = [];
    for (let v = 2; v <= 8; v++) {
      const wait = client.nextDiagnostics(uri);
      const started = performance.now();
      await client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ text: v % 2 ? text : text.replace('总成本: ≤44.36万元', '总成本: ≤270万元') }],
      });
      const pub = await wait;
      times.push(performance.now() - started);
      assert.equal(pub.version, v);
    }
    times.sort((a, b) => a - b);
    // The former fixed debounce alone was 150 ms; a check of this draft takes a few.
    assert.ok(times[3] < 100, `median edit → diagnostics ${times[3].toFixed(1)} ms`);
  } finally {
    await client.close();
  }
});
