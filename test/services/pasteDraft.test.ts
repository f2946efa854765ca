import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { check, fixture } from '../helpers';
import { parse } from 'yaml';
import { sharedPath } from '../sharedDir';
import { pasteAsDraft, type PastePosition } from '../../server/src/services/pasteDraft';

const SEED = readFileSync(sharedPath('seeds', 'jinan-lixia-2026.txt'), 'utf8').split('\n');
/** Lines `from`..`to` (1-based, inclusive) of the seed: what copying that table puts on the clipboard. */
const copied = (from: number, to: number): string => SEED.slice(from - 1, to).join('\n');

/** The fixture's lines with `[from, to)` (0-based) taken out, and the cursor put on a blank line there. */
function withBlank(
  text: string,
  from: number,
  to: number,
  indent: string,
): { doc: string; at: PastePosition } {
  const lines = text.split('\n');
  lines.splice(from, to - from, indent);
  return { doc: lines.join('\n'), at: { line: from, character: indent.length } };
}

function insert(doc: string, at: PastePosition, text: string, deleteBefore: number): string {
  const lines = doc.split('\n');
  const line = lines[at.line];
  lines[at.line] = line.slice(0, at.character - deleteBefore) + text + line.slice(at.character);
  return lines.join('\n');
}

/** The Jinan fixture's first project (医保窗口服务经费) without its 绩效目标; the cursor where it was. */
function withoutFirstGoals(): { jinan: string; doc: string; at: PastePosition } {
  const jinan = fixture('jinan-lixia-2026.budget.yaml');
  const lines = jinan.split('\n');
  const start = lines.indexOf('    绩效目标:');
  let end = start + 1;
  while (lines[end].startsWith('      ')) end++;
  return { jinan, ...withBlank(jinan, start, end, '    ') };
}

const structural = (text: string) =>
  check(text).findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax');

test('a copied 绩效目标表 pasted under a project becomes its 绩效目标, at the project’s indentation', () => {
  const { jinan, doc, at } = withoutFirstGoals();
  assert.equal(doc.split('\n')[at.line - 1], '      一般公共预算: 225.00');
  // The table as copied from the seed (title line left out, as when only the cells are selected).
  const clip = copied(503, 518);
  assert.match(clip.split('\n')[0], /^项目名称\t\t医保窗口服务经费/);
  const pasted = pasteAsDraft(clip, doc, at);
  assert.ok(pasted, 'a 绩效目标表 is offered as a draft');
  assert.equal(pasted.kind, 'performance');
  const snippet = pasted.text.split('\n');
  assert.equal(snippet[0], '    绩效目标:');
  assert.match(snippet[1], /^ {6}总体目标: \|-$/);
  assert.ok(snippet.includes('            总成本: ≤225.00'), pasted.text);
  assert.ok(snippet.includes('            每月接听有效咨询电话数量: 5000次/月'), pasted.text);
  assert.ok(snippet.includes('            人员满意度: ≥95%'), pasted.text);
  assert.ok(!pasted.text.includes('# 第'), 'clipboard line numbers are not provenance in the draft');
  const result = insert(doc, at, pasted.text, pasted.deleteBefore);
  assert.deepEqual(structural(result), []);
  // The same 绩效目标 as the hand transcription: the same indicators with the same values.
  const indicators = (text: string): unknown =>
    (parse(text) as { 项目: { 绩效目标: { 指标: unknown } }[] }).项目[0].绩效目标.指标;
  assert.deepEqual(indicators(result), indicators(jinan));
});

test('control characters copied along (an ESC sequence in a cell) are dropped: the pasted YAML parses', () => {
  const { doc, at } = withoutFirstGoals();
  const clip = copied(503, 518).replace('人员满意度', '人员\u001b]0;PWNED\u0007满意度');
  assert.notEqual(clip, copied(503, 518));
  const pasted = pasteAsDraft(clip, doc, at);
  assert.ok(pasted);
  const control = [...pasted.text].filter((c) => c !== '\n' && (c < ' ' || c === '\u007f'));
  assert.deepEqual(control, [], pasted.text);
  assert.ok(pasted.text.includes('聘任人员]0;PWNED满意度大于95%'), pasted.text);
  assert.deepEqual(structural(insert(doc, at, pasted.text, pasted.deleteBefore)), []);
});

test('a 绩效目标表 is not offered where it does not belong: on a line with text, or a project that has one', () => {
  const jinan = fixture('jinan-lixia-2026.budget.yaml');
  const clip = copied(503, 518);
  const lines = jinan.split('\n');
  const nameLine = lines.indexOf('  - 名称: 医保窗口服务经费');
  assert.equal(pasteAsDraft(clip, jinan, { line: nameLine, character: lines[nameLine].length }), undefined);
  // A blank line inside the first project, which already has its 绩效目标.
  const { doc, at } = withBlank(jinan, nameLine + 2, nameLine + 2, '    ');
  assert.equal(pasteAsDraft(clip, doc, at), undefined);
  // Text without tab-separated cells is an ordinary paste.
  assert.equal(pasteAsDraft('医保窗口服务经费 225.00', doc, at), undefined);
});

test('a copied 项目支出表 becomes 项目 entries: a new 项目 section at the top level, or items inside one', () => {
  const jinan = fixture('jinan-lixia-2026.budget.yaml');
  const lines = jinan.split('\n');
  const start = lines.indexOf('项目:');
  let end = start + 1;
  while (end < lines.length && !/^[^\s#]/.test(lines[end])) end++;
  const clip = copied(408, 425);
  assert.match(clip, /项目支出预算情况表/);
  // No 项目 section: pasted at the top level, the section comes with the entries.
  const top = withBlank(jinan, start, end, '');
  const whole = pasteAsDraft(clip, top.doc, top.at);
  assert.ok(whole);
  assert.equal(whole.kind, 'projects');
  const snippet = whole.text.split('\n');
  assert.deepEqual(snippet.slice(0, 4), [
    '项目:',
    '  - 名称: 医保窗口服务经费',
    '    类别: 其他运转类',
    '    金额: 225.00',
  ]);
  assert.equal(snippet.filter((l) => l.startsWith('  - 名称: ')).length, 8);
  assert.ok(snippet.includes('  - 名称: 四级医保公共服务体系建设经费'));
  assert.deepEqual(structural(insert(top.doc, top.at, whole.text, whole.deleteBefore)), []);
  // Inside an empty 项目 section, on an indented line: the entries only, at the list's indentation.
  const inside = withBlank(jinan, start + 1, end, '    ');
  const items = pasteAsDraft(clip, inside.doc, inside.at);
  assert.ok(items);
  assert.equal(items.text.split('\n')[0], '  - 名称: 医保窗口服务经费');
  assert.equal(items.deleteBefore, 4, 'the typed indentation is replaced');
  assert.deepEqual(structural(insert(inside.doc, inside.at, items.text, items.deleteBefore)), []);
  // Where a 项目 section exists and the cursor is elsewhere at the top level: not offered.
  assert.equal(pasteAsDraft(clip, jinan, { line: 0, character: 0 }), undefined);
});

test('a copied 支出总体情况表 becomes 支出功能分类 rows, digit for digit', () => {
  const jinan = fixture('jinan-lixia-2026.budget.yaml');
  const lines = jinan.split('\n');
  const start = lines.indexOf('支出功能分类:');
  let end = start + 1;
  while (lines[end].startsWith('  ')) end++;
  const clip = copied(160, 190);
  const { doc, at } = withBlank(jinan, start + 1, end, '  ');
  const pasted = pasteAsDraft(clip, doc, at);
  assert.ok(pasted);
  assert.equal(pasted.kind, 'functions');
  const rows = pasted.text.split('\n');
  assert.equal(rows[0], '  - { 科目: 208 社会保障和就业支出, 基本支出: 88.08, 合计: 88.08 }');
  assert.ok(
    rows.includes('  - { 科目: 210 卫生健康支出, 基本支出: 399.46, 项目支出: 1227.00, 合计: 1626.46 }'),
  );
  assert.equal(rows.length, 19);
  assert.deepEqual(structural(insert(doc, at, pasted.text, pasted.deleteBefore)), []);
});
