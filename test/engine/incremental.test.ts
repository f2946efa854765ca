import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkText } from '../../server/src/engine/engine';
import { ParseCache } from '../../server/src/engine/yaml/chunks';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { generateDraft } from '../../bench/generate';

const SOURCES = [
  ...[
    join(__dirname, '..', 'fixtures', 'jinan-lixia-2026.budget.yaml'),
    join(__dirname, '..', '..', 'examples', 'lixia-yibao-2026.budget.yaml'),
  ].map((p) => readFileSync(p, 'utf8')),
  // A generated draft: every piece goes through the fast parser, none through js-yaml.
  generateDraft(12, 5),
];

/** Findings with everything that can go stale: ranges, messages, fix edits. */
const snapshot = (text: string, cache?: ParseCache) => JSON.stringify(checkText(text, { cache }).findings);

test('checking through the edit cache gives exactly what a fresh check gives, edit after edit', () => {
  const edit = fc.record({
    at: fc.nat(),
    op: fc.constantFrom('insert', 'delete', 'digit'),
    // Besides plain typing: a repeated key line, placeholder text, a quoted amount, a tab, a code.
    text: fc.constantFrom(
      'x',
      '1',
      '0',
      ' ',
      '\n',
      '万元',
      '满意度指标:',
      '  - 名称: 新项目\n    金额: 1\n',
      '\n    金额: 12',
      'XX',
      '"1,751.54"',
      '\t',
      '2101599 其他',
    ),
  });
  fc.assert(
    fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
      let text = SOURCES[which % SOURCES.length];
      const cache = new ParseCache();
      snapshot(text, cache);
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        if (e.op === 'insert') text = text.slice(0, at) + e.text + text.slice(at);
        else if (e.op === 'delete') text = text.slice(0, at) + text.slice(at + 1);
        else
          text =
            text.slice(0, at) +
            (/\d/.test(text[at] ?? '') ? String((Number(text[at]) + 1) % 10) : (text[at] ?? '')) +
            text.slice(at + 1);
        assert.equal(snapshot(text, cache), snapshot(text));
      }
    }),
    { numRuns: 60, seed: 11 },
  );
});

test('a project checked apart keeps its findings right when lines are added above it', () => {
  // A duplicate key names the line of its first occurrence; a schema error and an unknown code sit inside.
  const project = [
    '  - 名称: 重复键项目',
    '    金额: 10',
    '    金额: 12',
    '    功能科目: 2109999 不存在的科目',
    '    未知键: 1',
    '',
  ].join('\n');
  const base = generateDraft(3, 5) + project;
  const cache = new ParseCache();
  const first = checkText(base, { cache }).findings.filter((f) => f.rule === 'duplicate-key');
  assert.equal(first.length, 1);
  assert.match(first[0].message, new RegExp(`第${first[0].range.start.line}行`));
  const moved = base.replace('项目:\n', '项目:\n  # 新增一行注释\n');
  assert.notEqual(moved, base);
  assert.equal(snapshot(moved, cache), snapshot(moved));
  const again = checkText(moved, { cache }).findings;
  const dup = again.find((f) => f.rule === 'duplicate-key')!;
  assert.match(dup.message, new RegExp(`第${dup.range.start.line}行`));
  assert.ok(again.some((f) => f.rule === 'schema' && f.message.includes('未知键')));
});

test('two identical projects (a pasted copy) each get their own syntax nodes from the cache', () => {
  const base = generateDraft(3, 7);
  const items = base.slice(base.indexOf('  - 名称:'));
  const first = items.slice(0, items.indexOf('  - 名称:', 1));
  const cache = new ParseCache();
  checkText(base, { cache });
  const pasted = base + first;
  const fresh = checkText(pasted);
  const cached = checkText(pasted, { cache });
  assert.equal(JSON.stringify(cached.findings), JSON.stringify(fresh.findings));
  const nodes = cached.draft.projects.map((p) => p.node);
  assert.equal(new Set(nodes).size, nodes.length);
  assert.notEqual(nodes[0].start, nodes[nodes.length - 1].start);
  assert.ok(
    cached.findings.some((f) => f.rule === 'project-duplicate-name' || f.rule === 'project-duplicate-code'),
  );
});

test('the line starts the split records are the LineIndex’s own', () => {
  for (const text of [
    '',
    '格式: 部门预算/1',
    '格式: 部门预算/1\n',
    '格式: 部门预算/1\r\n部门: 测试局\r\n',
    generateDraft(4, 3),
    '项目:\n  - 名称: a\n\n\n  - 名称: b',
  ]) {
    const parsed = checkText(text).draft.parsed;
    if (!parsed.lineStarts) continue;
    assert.deepEqual(new LineIndex(text, parsed.lineStarts), new LineIndex(text), JSON.stringify(text));
  }
});
