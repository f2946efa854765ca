import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/findings';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { reviewEdit } from '../../server/src/services/reviews';
import { applyFix, check, draftWith, findings, fixture, GOOD_PROJECT } from '../helpers';
import { applyChanges, onePass } from '../../server/src/engine/fixAll';

/**
 * One line-break model: `\n`, `\r\n` and a lone `\r` each end a line, as in LSP and editors
 * (issue 15: a lone CR put every range below it one line off, and fix-all wrote into the wrong
 * line). A byte-order mark is no indentation.
 */
const FIXTURES = ['jinan-lixia-2026', 'zaozhuang-shizhong-2026', 'zhaoyuan-2024'].map((n) =>
  fixture(`${n}.budget.yaml`),
);

const STYLES: [string, (t: string) => string][] = [
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['CR', (t) => t.replace(/\n/g, '\r')],
  ['mixed', (t) => t.replace(/\n/g, (_, i: number) => ['\r', '\r\n', '\n'][i % 3])],
];

const shown = (f: Finding) =>
  `${f.rule} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.message}`;

test('LineIndex counts \\n, \\r\\n and a lone \\r as LSP does', () => {
  const text = 'a\rb\r\nc\nd\r\r\ne';
  const lines = new LineIndex(text);
  assert.equal(lines.lineCount, 6);
  assert.deepEqual(
    Array.from({ length: 6 }, (_, i) => lines.lineText(i)),
    ['a', 'b', 'c', 'd', '', 'e'],
  );
  assert.deepEqual(lines.position(text.indexOf('c')), { line: 2, character: 0 });
  assert.deepEqual(lines.position(text.indexOf('e')), { line: 5, character: 0 });
  // Between \r and \n is the end of the line; past the end clamps to it, before the break.
  assert.deepEqual(lines.position(4), { line: 1, character: 1 });
  assert.equal(lines.offset({ line: 1, character: 99 }), 3);
  assert.equal(lines.offset({ line: 0, character: 5 }), 1);
});

test('CRLF, CR-only and mixed line breaks give the same findings at the same places', () => {
  for (const lf of FIXTURES) {
    const expected = check(lf).findings.map(shown);
    assert.ok(expected.length > 0);
    for (const [name, convert] of STYLES) {
      const r = check(convert(lf));
      assert.deepEqual(r.draft.parsed.problems, [], `${name} parses`);
      assert.deepEqual(r.findings.map(shown), expected, name);
    }
  }
});

/** Fix-all as the editor applies it: the first fix of each finding, without overlaps. */
function fixAllOnce(text: string): string {
  return applyChanges(
    text,
    onePass(check(text).findings, (f) => f.fixes[0]),
  );
}

test('fix-all on a CR-only or CRLF file changes exactly what it changes on the LF file', () => {
  const lf = draftWith(
    GOOD_PROJECT.replace('金额: 44.36', '金额: "44.36"').replace(/ {8}满意度指标:\n(.*\n){2}/, ''),
    '收入:\n  财政拨款收入: 6.00\n  合计: "6.00"\n',
  );
  const once = fixAllOnce(lf);
  assert.notEqual(once, lf, 'the draft has fixes');
  for (const [name, convert] of STYLES.slice(0, 2)) {
    let text = convert(lf);
    text = fixAllOnce(text);
    assert.equal(text, convert(once), name);
    assert.deepEqual(checkText(text).draft.parsed.problems, [], `${name}: still parses`);
  }
});

test('suppressions on CR-only lines silence their own line', () => {
  const lf = draftWith(
    GOOD_PROJECT.replace('≤44.36万元', '≤270万元  # 绩效检查-忽略 cost-total-mismatch: 含跨年度资金'),
  );
  for (const [name, convert] of STYLES) {
    const r = check(convert(lf));
    assert.deepEqual(
      r.findings.filter((f) => f.rule.startsWith('cost-total') || f.rule.startsWith('suppression')),
      [],
      name,
    );
  }
});

test('a review is added on the right line of a CR-only file, and the file stays CR-only', () => {
  const lf = draftWith(GOOD_PROJECT);
  const line = lf.split('\n').findIndex((l) => l.includes('总成本'));
  const apply = (text: string) => {
    const r = reviewEdit(text, checkText(text), {
      action: 'add',
      line,
      text: '成本偏高',
      reviewer: '预算科',
      date: '2025-10-12',
    });
    assert.ok('edits' in r, JSON.stringify(r));
    return applyFix(text, { title: '', edits: r.edits });
  };
  const expected = apply(lf);
  for (const [name, convert] of STYLES.slice(0, 2)) {
    const after = apply(convert(lf));
    assert.equal(after, convert(expected), name);
  }
});

test('a BOM: a file-level review and a root-level fix keep column 0', () => {
  const text = '\ufeff' + draftWith(GOOD_PROJECT);
  const r = reviewEdit(text, checkText(text), {
    action: 'add',
    line: 0,
    text: '请补充整体绩效目标',
    reviewer: '预算科',
    date: '2025-10-12',
  });
  assert.ok('edits' in r, JSON.stringify(r));
  const after = applyFix(text, { title: '', edits: r.edits });
  assert.match(after, /\n审核意见:\n {2}- 意见: 请补充整体绩效目标\n/);
  assert.deepEqual(checkText(after).draft.parsed.problems, []);
  assert.ok(after.startsWith('\ufeff格式: 部门预算/1\n'));
});

test('the level2-invalid move merges into an existing 二级 of the same name', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(
      '            医保政策宣传场次: ≥2场次\n',
      '            医保政策宣传场次: ≥2场次\n          时效指标:\n            完成时间: 2026年12月底前\n',
    ).replace(
      '            减轻参保患者看病就医负担: 有所减轻\n',
      '            减轻参保患者看病就医负担: 有所减轻\n          时效指标:\n            资金拨付及时率: 100%\n',
    ),
  );
  const [f] = findings(text, 'level2-invalid');
  assert.ok(f, 'the 时效指标 under 效益指标 is misplaced');
  assert.match(f.message, /“时效指标”不能放在“效益指标”下，它属于“产出指标”/);
  const fixed = applyFix(text, f.fixes[0]);
  assert.equal(fixed.split('时效指标:').length - 1, 1, `one 时效指标 key:\n${fixed}`);
  assert.match(
    fixed,
    / {10}时效指标:\n {12}完成时间: 2026年12月底前\n {12}资金拨付及时率: 100%\n {8}效益指标:/,
  );
  const after = check(fixed).findings;
  assert.deepEqual(
    after.filter(
      (x) => x.rule === 'level2-invalid' || x.rule === 'duplicate-key' || x.rule === 'yaml-syntax',
    ),
    [],
  );
  // The same indicator in both: merging would duplicate a key, so there is no fix.
  const clash = text.replace('资金拨付及时率: 100%', '完成时间: 2026年11月底前');
  const [g] = findings(clash, 'level2-invalid');
  assert.deepEqual(g.fixes, []);
  // CR-only: the merged block keeps CR breaks.
  const cr = text.replace(/\n/g, '\r');
  const [h] = findings(cr, 'level2-invalid');
  assert.equal(applyFix(cr, h.fixes[0]), fixed.replace(/\n/g, '\r'));
});

test('every fix applied alone changes CRLF and CR-only files exactly as it changes the LF file', () => {
  // Moves of whole blocks (the 2021 relocation of a 服务对象满意度指标, a 二级 moved under its 一级)
  // read the source line by line: a CR-only file is one "line" to a split at `\n`.
  const relocation = draftWith(
    GOOD_PROJECT.replace(
      '            医保政策宣传场次: ≥2场次\n',
      '            医保政策宣传场次: ≥2场次\n          服务对象满意度指标:\n            参保群众满意度: ≥92%\n',
    ),
  );
  const texts = [...FIXTURES, relocation];
  let compared = 0;
  for (const lf of texts) {
    const base = check(lf).findings;
    for (const [name, convert] of STYLES.slice(0, 2)) {
      const other = check(convert(lf)).findings;
      assert.equal(other.length, base.length, name);
      base.forEach((f, i) =>
        f.fixes.forEach((fix, j) => {
          compared++;
          assert.equal(
            applyFix(convert(lf), other[i].fixes[j]),
            convert(applyFix(lf, fix)),
            `${name}: ${f.rule} “${fix.title}”`,
          );
        }),
      );
    }
  }
  assert.ok(compared > 100, `fixes compared: ${compared}`);
  assert.ok(
    check(relocation.replace(/\n/g, '\r')).findings.some((f) =>
      f.fixes.some((x) => x.title.includes('移到“满意度指标 › 服务对象满意度指标”下')),
    ),
    'the relocation is among them',
  );
});
