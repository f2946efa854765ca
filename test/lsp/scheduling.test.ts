import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CheckScheduler, FAST_CHECK_MS } from '../../server/src/lsp/scheduler';
import { draftWith, GOOD_PROJECT } from '../helpers';
import { TestClient } from './client';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

test('no fixed debounce: at once after fast checks, in proportion to the check time after slow ones', () => {
  let fixed: number | null | undefined;
  const s = new CheckScheduler(
    () => undefined,
    () => fixed,
    () => undefined,
  );
  assert.equal(s.delayFor('a'), 0, 'a document never checked: at once');
  s.record('a', FAST_CHECK_MS - 1);
  assert.equal(s.delayFor('a'), 0);
  s.record('a', 300);
  assert.equal(s.delayFor('a'), 150);
  s.record('a', 60_000);
  assert.equal(s.delayFor('a'), 500, 'never more than half a second');
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
