import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectRelations, sumOf, tableRelations } from '../../server/src/engine/tables/relations';
import { check, fixture } from '../helpers';

const SUM_RULES = new Set(['sum-mismatch', 'detail-sum-mismatch', 'funding-sum-mismatch']);
const FIXTURES = ['jinan-lixia-2026', 'zaozhuang-shizhong-2026', 'zhaoyuan-2024'];

test('the sum rules report exactly the relations of the model that do not add up', () => {
  let relations = 0;
  let failing = 0;
  for (const name of FIXTURES) {
    // Without its suppression comments, which silence some of the fixtures' real defects.
    const text = fixture(`${name}.budget.yaml`).replace(/\s*# 绩效检查-忽略.*$/gm, '');
    const { draft, config, findings } = check(text);
    const model = [...tableRelations(draft), ...draft.projects.flatMap(projectRelations)];
    relations += model.length;
    const expected = model
      .filter((r) => sumOf(r, config.tolerance)?.passes === false)
      .map(
        (r) =>
          `${r.kind === 'details' ? 'detail' : r.kind === 'funding' ? 'funding' : 'table'}@${r.total.path}`,
      );
    const reported = findings
      .filter((f) => SUM_RULES.has(f.rule))
      .map(
        (f) =>
          `${f.rule === 'detail-sum-mismatch' ? 'detail' : f.rule === 'funding-sum-mismatch' ? 'funding' : 'table'}@${f.rule === 'funding-sum-mismatch' ? f.path.replace(/\.资金来源$/, '.金额') : f.path}`,
      );
    assert.deepEqual(reported.sort(), expected.sort(), name);
    failing += expected.length;
  }
  assert.ok(relations > 50, `${relations} relations in the fixtures`);
  assert.ok(failing > 0, 'the fixtures carry sum defects');
});
