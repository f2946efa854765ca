import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as l10n from '@vscode/l10n';
import { isEnglish, localize } from '../../client/src/l10nText';
import { codeActions } from '../../server/src/services/codeActions';
import { check, fixture } from '../helpers';
import { l10nCalls, readJson } from './l10n-keys';

const EN = readJson('l10n/bundle.l10n.en.json');
const SOURCE = readJson('l10n/bundle.l10n.json');

test('every UI string in the code is a literal key of both bundles', () => {
  const calls = l10nCalls();
  assert.deepEqual(
    calls.filter((c) => c.nonLiteral),
    [],
    'l10n keys are plain string literals',
  );
  const keys = new Set(calls.map((c) => c.key!));
  // The client's status bar and the server's code actions at least: the scan finds real calls.
  for (const k of ['绩效', '忽略此处（需填写理由）', '查看规则说明：{0}']) assert.ok(keys.has(k), k);
  for (const c of calls) {
    assert.ok(c.key! in EN, `${c.file}: “${c.key}” has an English translation`);
    assert.equal(SOURCE[c.key!], c.key, `${c.file}: “${c.key}” is in bundle.l10n.json`);
  }
});

test('client features translate through client/src/l10n.ts, which also serves an English UI', () => {
  // vscode.l10n.t alone stays Chinese for an English display language (see client/src/l10n.ts).
  const direct = l10nCalls().filter((c) => c.file.startsWith('client/') && c.direct);
  assert.deepEqual(
    direct.map((c) => `${c.file}: ${c.key}`),
    [],
  );
});

test('bundle.l10n.json lists the same keys as the English bundle, with the same placeholders', () => {
  assert.deepEqual(Object.keys(SOURCE).sort(), Object.keys(EN).sort());
  const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
  for (const [zh, en] of Object.entries(EN)) {
    assert.deepEqual(holes(en), holes(zh), `“${zh}” → “${en}” keeps its placeholders`);
    assert.notEqual(en, zh, `“${zh}” is translated`);
    assert.doesNotMatch(en, /[\u4e00-\u9fff]/, `“${en}” is English`);
  }
});

test('the client formats a translation, and falls back to the Chinese for an unknown key', () => {
  assert.equal(
    localize(EN, '绩效检查：本文件有 {0} 个错误、{1} 个警告。点击打开“问题”面板。', [7, 10]),
    'Jixiao: 7 error(s) and 10 warning(s) in this file. Click to open the Problems panel.',
  );
  assert.equal(
    localize(undefined, '绩效检查：本文件有 {0} 个错误、{1} 个警告。点击打开“问题”面板。', [7, 10]),
    '绩效检查：本文件有 7 个错误、10 个警告。点击打开“问题”面板。',
  );
  assert.equal(localize(EN, '没有这个键 {0}', ['x']), '没有这个键 x');
  assert.equal(localize(EN, '查看规则说明：{0}', []), 'Show rule documentation: {0}');
  assert.ok(isEnglish('en') && isEnglish('en-us') && isEnglish('en-GB'));
  assert.ok(!isEnglish('zh-cn') && !isEnglish('ja') && !isEnglish('eng'));
});

test('code action titles are Chinese by default and English with the English bundle', () => {
  // 5 fixable cost-total-mismatch findings in the seed, so “fix all of this kind” is offered.
  const result = check(fixture('jinan-lixia-2026.budget.yaml'));
  const finding = result.findings.find((f) => f.rule === 'cost-total-mismatch')!;
  const titles = () =>
    codeActions(result, [{ rule: finding.rule, finding }], { quickFix: true, fixAll: false }).map(
      (a) => a.title,
    );

  const zh = titles();
  assert.ok(zh.includes('修复此文件中所有同类问题（cost-total-mismatch，共5处）'), zh.join(' | '));
  assert.ok(zh.includes('忽略此处（需填写理由）'));
  assert.ok(zh.includes('查看规则说明：cost-total-mismatch'));

  l10n.config({ contents: EN });
  const en = titles();
  assert.ok(
    en.includes('Fix all problems of this kind in this file (cost-total-mismatch, 5 places)'),
    en.join(' | '),
  );
  assert.ok(en.includes('Ignore here (a reason is required)'));
  assert.ok(en.includes('Show rule documentation: cost-total-mismatch'));
  // The rule's own fix keeps its Chinese title: it names the draft's numbers, which are content.
  assert.ok(
    en.some((t) => /44\.36|116/.test(t) && /[\u4e00-\u9fff]/.test(t)),
    en.join(' | '),
  );
  l10n.config({ contents: {} });
  assert.deepEqual(titles(), zh);
});
