import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { generateDraft } from '../../bench/generate';
import { fastParse } from '../../server/src/engine/yaml/fastParse';
import { parseWithJsYaml } from '../../server/src/engine/yaml/parse';
import { split } from '../../server/src/engine/yaml/chunks';

const FIXTURES = join(__dirname, '..', 'fixtures');
const SEEDS = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.budget.yaml'))
    .map((f) => join(FIXTURES, f)),
  join(__dirname, '..', '..', 'examples', 'lixia-yibao-2026.budget.yaml'),
].map((p) => readFileSync(p, 'utf8'));
const GENERATED = [generateDraft(40, 1), generateDraft(40, 7)];

function pieces(text: string): string[] {
  return (split(text)?.pieces ?? [{ start: 0, end: text.length }]).map((p) => text.slice(p.start, p.end));
}

/**
 * The fast path either gives up or gives exactly js-yaml's tree: same shape, values, styles,
 * ranges and source text. It may never accept what js-yaml rejects.
 */
function agrees(src: string): boolean {
  const fast = fastParse(src);
  if (!fast) return false;
  const ref = parseWithJsYaml(src);
  assert.equal(ref.problem, undefined, `fast path accepted what js-yaml rejects: ${JSON.stringify(src)}`);
  assert.deepStrictEqual(fast, ref.root, `trees differ for ${JSON.stringify(src)}`);
  return true;
}

test('the fast parser reads every piece of a generated draft, exactly as js-yaml does', () => {
  for (const text of GENERATED) {
    const ps = pieces(text);
    assert.ok(ps.length > 40);
    for (const p of ps) assert.ok(agrees(p), `fast path gave up on ${JSON.stringify(p.slice(0, 80))}`);
    assert.ok(agrees(text), 'and the whole draft at once');
  }
});

test('the fast parser agrees with js-yaml on every piece of the real budgets, and reads most of them', () => {
  let read = 0;
  let total = 0;
  for (const text of SEEDS) {
    for (const p of pieces(text)) {
      total++;
      if (agrees(p)) read++;
    }
  }
  assert.ok(total > 60, `${total} pieces`);
  // Seeds carry comments, quoted codes and flow rows: all within the subset.
  assert.ok(read / total > 0.9, `fast path read ${read} of ${total} pieces`);
});

test('concrete tree for a small draft piece: ranges, values and styles', () => {
  const src = '项目:\n  - 名称: "甲"  # 注\n    金额: 036\n    明细: [1.50, ~, 是]\n';
  const root = fastParse(src);
  assert.ok(root && root.type === 'map');
  const list = root.pairs[0].value;
  assert.ok(list.type === 'seq' && list.items[0].type === 'map');
  const [name, amount, rows] = list.items[0].pairs.map((p) => p.value);
  assert.ok(name.type === 'scalar' && amount.type === 'scalar');
  assert.deepEqual([name.start, name.end, name.value, name.style], [12, 15, '甲', 'double']);
  assert.deepEqual([amount.source, amount.value], ['036', 36]);
  assert.ok(rows.type === 'seq' && rows.flow);
  assert.deepEqual(
    rows.items.map((i) => (i.type === 'scalar' ? i.value : undefined)),
    [1.5, null, '是'],
  );
  assert.equal(root.end, src.length - 1);
});

test('what the fast parser leaves to js-yaml', () => {
  for (const src of [
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    'a: |2\n  text\n',
    'a: >-\n  x\n\n  y\n',
    'a: >-\n    x\n   y\n',
    'a: b\n  c\n',
    'a: "x\\ny"\n',
    'a:\n- 1\n',
    'a:\n  -\n  - 1\n',
    'a:\tb\n',
    'a: b\r\n',
    '---\na: 1\n',
    'a: { b: 1, }\n',
    'a: [1,\n  2]\n',
    'a: b: c\n',
    '? a\n: b\n',
    'a:  ',
  ])
    assert.equal(fastParse(src), null, JSON.stringify(src));
});

const ALPHABET = [
  ' ',
  '  ',
  '\n',
  ':',
  ': ',
  '- ',
  '-',
  '#',
  ' #',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  '~',
  '1',
  '.5',
  'x',
  '中',
  '\t',
  '&',
  '*',
  '|',
  '?',
  '!',
  '\\',
  '\r',
  '>-',
  '|-',
  '\n    ',
  '0x1F',
  'null',
];

test('fuzz: edited pieces of real and generated drafts parse the same both ways, or the fast path gives up', () => {
  const all = [...SEEDS, ...GENERATED].flatMap(pieces).filter((p) => p.length < 4000);
  const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 3 }), ins: fc.constantFrom(...ALPHABET) });
  let compared = 0;
  fc.assert(
    fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
      let src = all[which % all.length];
      for (const e of edits) {
        const at = e.at % (src.length + 1);
        src = src.slice(0, at) + e.ins + src.slice(at + e.del);
      }
      if (agrees(src)) compared++;
    }),
    { numRuns: 3000, seed: 6 },
  );
  // Most edits keep the piece within the subset, so the comparison is not vacuous.
  assert.ok(compared > 600, `${compared} fuzzed pieces compared`);
});
