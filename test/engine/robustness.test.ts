import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkText } from '../../server/src/engine/engine';
import { draftWith, GOOD_PROJECT } from '../helpers';

/** The checker's promise: any input gives findings, never an exception or a rule crash. */
function mustNotCrash(text: string): void {
  const r = checkText(text);
  assert.deepEqual(r.internalErrors, [], `a rule crashed on:\n${text.slice(0, 500)}`);
  for (const f of r.findings) {
    assert.ok(f.range.start.line >= 0 && f.range.end.line >= f.range.start.line, `range of ${f.rule}`);
    assert.equal(typeof f.message, 'string');
  }
}

function seeds(): string[] {
  const out = [draftWith(GOOD_PROJECT)];
  for (const dir of [join(__dirname, '..', 'fixtures'), join(__dirname, '..', '..', 'examples')]) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) if (/\.budget\.ya?ml$/.test(n)) out.push(readFileSync(join(dir, n), 'utf8'));
  }
  return out;
}

test('edge inputs: empty, blank, binary, NUL, BOM, scalars, lists, deep nesting', () => {
  const deep =
    'a:\n' + Array.from({ length: 300 }, (_, i) => ' '.repeat(2 * (i + 1)) + `k${i}:`).join('\n') + ' 1\n';
  const inputs = [
    '',
    '\n\n\n',
    '# 只有注释\n',
    '\u0000\u0001\u0002',
    Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x9c]).toString('latin1'),
    '\ufeff格式: 部门预算/1\n',
    '42',
    '- 1\n- 2\n',
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
    '{'.repeat(5000),
    deep,
    '项目:\n  - 1\n  - [a, b]\n  - 名称: {x: 1}\n    金额: [1]\n    绩效目标: 3\n',
    '项目:\n  - 名称: x\n    绩效目标:\n      指标:\n        成本指标: 1\n        产出指标: [1]\n        效益指标:\n          社会效益指标: 2\n',
    '支出功能分类: 1\n基本支出经济分类: {a: 1}\n三公经费: [1]\n收入: x\n',
    'a: &x 1\nb: *x\nc: !!str 3\n',
    '? [a, b]\n: c\n',
    '---\na: 1\n---\nb: 2\n',
  ];
  for (const t of inputs) mustNotCrash(t);
});

test('a 10 MB draft is checked without a crash', () => {
  const one = GOOD_PROJECT;
  const n = Math.ceil((11 * 1024 * 1024) / Buffer.byteLength(one));
  const text = draftWith(
    Array.from({ length: n }, (_, i) => one.replace('医疗保障工作经费', `项目${i}`)).join(''),
  );
  assert.ok(Buffer.byteLength(text) >= 10 * 1024 * 1024);
  mustNotCrash(text);
});

test('fuzz: arbitrary strings and YAML-like text never crash the checker', () => {
  const yamlish = fc
    .array(
      fc.tuple(
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(
          '名称',
          '金额',
          '项目',
          '指标',
          '成本指标',
          '总成本',
          '- ',
          '满意度指标',
          '科目',
          'x',
        ),
        fc.constantFrom(':', ': ', ': ≤1万元', ': "a', ': [1,', ': {a: 1}', ': >5', ': 1,000.5', ''),
      ),
      { maxLength: 40 },
    )
    .map((lines) => lines.map(([i, k, v]) => ' '.repeat(i) + k + v).join('\n'));
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (s) => mustNotCrash(s)),
    { numRuns: 300, seed: 42 },
  );
  fc.assert(
    fc.property(yamlish, (s) => mustNotCrash(s)),
    { numRuns: 300, seed: 7 },
  );
});

test('fuzz: mutated real drafts (deleted lines, shifted indentation, truncation) never crash', () => {
  const drafts = seeds();
  const mutation = fc.record({
    which: fc.nat(),
    op: fc.constantFrom('delete', 'indent', 'dedent', 'truncate', 'swap', 'duplicate'),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 5 }),
  });
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (muts) => {
      let text = drafts[muts[0].which % drafts.length];
      for (const m of muts) {
        const lines = text.split('\n');
        const i = m.at % Math.max(1, lines.length);
        if (m.op === 'delete') lines.splice(i, m.count);
        else if (m.op === 'indent') lines[i] = ' '.repeat(m.count) + lines[i];
        else if (m.op === 'dedent') lines[i] = lines[i]?.slice(m.count) ?? '';
        else if (m.op === 'swap' && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
        else if (m.op === 'duplicate') lines.splice(i, 0, ...lines.slice(i, i + m.count));
        text =
          m.op === 'truncate' ? text.slice(0, (m.at * 7919) % Math.max(1, text.length)) : lines.join('\n');
      }
      mustNotCrash(text);
    }),
    { numRuns: 150, seed: 2026 },
  );
});
