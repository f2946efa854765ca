import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InsertTextMode, type CompletionItem, type TextEdit } from 'vscode-languageserver';
import { completion } from '../../server/src/services/completion';
import { check, draftWith, fixture, GOOD_PROJECT } from '../helpers';

/**
 * Every snippet at every position a budget officer would insert it, the way VS Code inserts it:
 * a multi-line item must say `insertTextMode: asIs` (its lines carry their own indentation),
 * since otherwise the editor adds the cursor line's indentation to every following line — which
 * is how 新项目 came out indented twice in real VS Code while a test that pasted the text passed.
 */
function at(marked: string) {
  // The cursor is the last `|`: a fixture's 说明 uses `|` block scalars before it.
  const offset = marked.lastIndexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { items: completion(check(text), offset).items, text };
}

/** The snippet with every placeholder at its default, as the editor leaves it on Escape. */
function expand(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, d: string) => d.replace(/\\(.)/g, '$1'))
    .replace(/\$\{?\d+\}?/g, '');
}

/** VS Code's insertion: as is, or with the cursor line's indentation added to each later line. */
function insert(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  const lines = text.split('\n');
  const offsetOf = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let body = expand(edit.newText);
  if (item.insertTextMode !== InsertTextMode.asIs) {
    const indent = /^\s*/.exec(lines[edit.range.start.line])![0];
    body = body.replace(/\n/g, '\n' + indent);
  }
  return text.slice(0, offsetOf(edit.range.start)) + body + text.slice(offsetOf(edit.range.end));
}

const NEW_FILE_HEADER = '格式: 部门预算/1\n部门: 测试局\n预算年度: 2026\n';
const DETAIL = '  - 名称: 甲\n    金额: 1\n    明细:\n';
const REVIEWS = '  - 名称: 甲\n    金额: 1\n    审核意见:\n';

/** [snippet, where, marked text] — `|` is the cursor. */
const CASES: [string, string, string][] = [
  ['新项目', 'after `  - `', draftWith(GOOD_PROJECT + '  - |\n')],
  ['新项目', 'on an empty indented line', draftWith(GOOD_PROJECT + '  |\n')],
  ['新项目', 'under 项目: in a new file', NEW_FILE_HEADER + '项目:\n  |'],
  ['新项目', 'after `  - ` in a new file', NEW_FILE_HEADER + '项目:\n  - |'],
  [
    '新项目',
    'after the last project of 济南',
    fixture('jinan-lixia-2026.budget.yaml').trimEnd() + '\n  - |\n',
  ],
  ['明细', 'after `      - `', draftWith(DETAIL + '      - |\n')],
  ['明细', 'on an empty indented line', draftWith(DETAIL + '      |\n')],
  ['审核意见', 'after `      - `', draftWith(REVIEWS + '      - |\n')],
  ['审核意见', 'on an empty indented line', draftWith(REVIEWS + '      |\n')],
  ['审核意见条目', 'in a project', draftWith('  - 名称: 甲\n    金额: 1\n    |\n')],
  ['审核意见条目', 'at the top level', NEW_FILE_HEADER + '|\n'],
  ['新建部门预算草稿', 'in an empty file', '|'],
  ['新建部门预算草稿', 'in a file of blank lines', '\n\n|\n'],
];

test('every snippet, inserted as VS Code does at each natural position, is clean YAML of the format', () => {
  for (const [label, where, marked] of CASES) {
    const { items, text } = at(marked);
    const item = items.find((i) => i.label === label);
    assert.ok(item, `${label} ${where}: offered (got ${items.map((i) => i.label).join()})`);
    assert.equal(item.insertTextMode, InsertTextMode.asIs, `${label} ${where}: asIs`);
    const out = insert(text, item);
    const bad = check(out).findings.filter((f) => f.rule === 'yaml-syntax' || f.rule === 'schema');
    assert.deepEqual(
      bad.map((f) => `${f.rule} ${f.range.start.line + 1}: ${f.message}`),
      [],
      `${label} ${where}:\n${out}`,
    );
  }
});

test('without asIs the same insertion breaks: the check above can fail', () => {
  const { items, text } = at(draftWith(GOOD_PROJECT + '  - |\n'));
  const item = {
    ...items.find((i) => i.label === '新项目')!,
    insertTextMode: InsertTextMode.adjustIndentation,
  };
  const out = insert(text, item);
  assert.ok(
    check(out).findings.some((f) => f.rule === 'yaml-syntax' || f.rule === 'schema'),
    out,
  );
});

test('every multi-line completion item, anywhere in the seeds, is inserted as is', () => {
  const text = fixture('zaozhuang-shizhong-2026.budget.yaml');
  const result = check(text);
  let multi = 0;
  for (let o = 0; o <= text.length; o += 3) {
    for (const i of completion(result, o).items) {
      if (!(i.textEdit as TextEdit | undefined)?.newText.includes('\n')) continue;
      multi++;
      assert.equal(i.insertTextMode, InsertTextMode.asIs, `${i.label} at ${o}`);
    }
  }
  assert.ok(multi > 100, `${multi} multi-line items seen`);
});

test('the file snippet in an empty file: the whole draft, checking clean, with its answers as placeholders', () => {
  const { items, text } = at('|');
  assert.deepEqual(
    items.map((i) => i.label),
    ['新建部门预算草稿'],
  );
  const snippet = (items[0].textEdit as TextEdit).newText;
  assert.match(snippet, /^格式: 部门预算\/1\n/);
  assert.match(snippet, /部门: \$\{1:部门名称\}\n预算年度: \$\{2:\d{4}\}/);
  assert.ok(items[0].filterText?.startsWith('file'));
  assert.deepEqual(check(insert(text, items[0])).findings, []);
});
