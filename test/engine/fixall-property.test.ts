import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkText } from '../../server/src/engine/engine';
import { codeActions } from '../../server/src/services/codeActions';
import { applyChanges, fixAllUntilStable } from '../../server/src/engine/fixAll';
import { check, draftWith, fixture, GOOD_PROJECT } from '../helpers';

/**
 * Fix-all as the editor applies it must be idempotent: a second fix-all changes nothing, on drafts
 * mutated the way people break them (issue 15: chained sum fixes and skeletons inserted one at a
 * time once left work for the next save). Nor may it break a draft that parsed.
 */
const SEEDS = [
  draftWith(GOOD_PROJECT),
  fixture('jinan-lixia-2026.budget.yaml'),
  fixture('zaozhuang-shizhong-2026.budget.yaml'),
  fixture('zhaoyuan-2024.budget.yaml'),
];

/** The editor's fix-all: the `source.fixAll.jixiao` action's edits, applied. */
function fixAll(text: string): string {
  const result = checkText(text);
  const [action] = codeActions(result, [], { quickFix: false, fixAll: true });
  if (!action) return text;
  assert.equal(action.kind, 'fixAll');
  const after = applyChanges(text, action.edits!);
  if (result.draft.parsed.problems.length === 0)
    assert.deepEqual(checkText(after).draft.parsed.problems, [], `fix-all broke the YAML:\n${after}`);
  return after;
}

type Mutation = (lines: string[], at: number, n: number) => string[];

const MUTATIONS: Mutation[] = [
  // a number changed
  (l, at, n) => l.map((s, i) => (i === at ? s.replace(/\d+(\.\d+)?/, String(n)) : s)),
  // a line deleted
  (l, at) => l.filter((_, i) => i !== at),
  // a line duplicated
  (l, at) => l.flatMap((s, i) => (i === at ? [s, s] : [s])),
  // an amount quoted with a thousands separator
  (l, at) => l.map((s, i) => (i === at ? s.replace(/: (\d+\.\d+)$/, (_, v: string) => `: "${v}"`) : s)),
  // a block of lines dropped (a 一级 or a table row)
  (l, at, n) => l.filter((_, i) => i < at || i >= at + (n % 6) + 1),
  // a key's 指标 suffix dropped or an alias written
  (l, at) => l.map((s, i) => (i === at ? s.replace('指标:', ':') : s)),
  // a value emptied
  (l, at) => l.map((s, i) => (i === at ? s.replace(/: .*$/, ':') : s)),
];

const mutated = fc
  .tuple(
    fc.integer({ min: 0, max: SEEDS.length - 1 }),
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: MUTATIONS.length - 1 }),
        fc.nat(),
        fc.integer({ min: 0, max: 9999 }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([seed, steps]) => {
    let lines = SEEDS[seed].split('\n');
    for (const [m, at, n] of steps) lines = MUTATIONS[m](lines, at % lines.length, n);
    return lines.join('\n');
  });

test('fix-all is idempotent on mutated drafts: a second fix-all changes nothing (property, bounded)', () => {
  const deadline = Date.now() + 8_000;
  fc.assert(
    fc.property(mutated, (text) => {
      if (Date.now() > deadline) return;
      const once = fixAll(text);
      assert.equal(fixAll(once), once, `a second fix-all changed the text; the first gave:\n${once}`);
      assert.equal(fixAllUntilStable(checkText(text)).settled, true, 'it settles');
    }),
    { numRuns: 40, seed: 15 },
  );
});

test('several misplaced 二级 under one 一级: one fix-all moves them all', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(
      '            总成本: ≤44.36万元\n',
      '            总成本: ≤44.36万元\n          时效指标:\n            完成时间: 2026年底前\n          质量指标:\n            合格率: 100%\n          可持续影响指标:\n            长效机制: 逐步建立\n',
    ),
  );
  assert.equal(check(text).findings.filter((f) => f.rule === 'level2-invalid').length, 3);
  const once = fixAll(text);
  assert.deepEqual(
    check(once).findings.filter((f) => f.rule === 'level2-invalid'),
    [],
  );
  assert.equal(fixAll(once), once);
});

test('fix-all on the seeds is idempotent', () => {
  for (const s of SEEDS) {
    const once = fixAll(s);
    assert.equal(fixAll(once), once);
  }
});
