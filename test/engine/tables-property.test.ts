import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { check } from '../helpers';
import type { Amount } from '../../server/src/engine/model/types';

const TABLE_RULES = new Set([
  'sum-mismatch',
  'project-function-total',
  'basic-total-mismatch',
  'income-expense-balance',
]);
const DIR = join(__dirname, '..', '..', 'examples');

/** Every amount of the department tables: function rows, economic rows, 三公 and 收入. */
function tableAmounts(text: string): Amount[] {
  const d = check(text).draft;
  const out: Amount[] = [];
  for (const r of d.funcRows) out.push(...Object.values(r.cols).filter((a): a is Amount => !!a));
  for (const r of d.econRows) out.push(...Object.values(r.cols).filter((a): a is Amount => !!a));
  for (const y of [d.sangong?.current, d.sangong?.previous]) if (y) out.push(...Object.values(y.cols));
  for (const e of d.income?.entries ?? []) if (e.amount) out.push(e.amount);
  if (d.income?.total) out.push(d.income.total);
  return out.filter((a) => !a.value.isZero());
}

for (const name of readdirSync(DIR).filter((n) => n.endsWith('.budget.yaml'))) {
  test(`${name}: changing any single table amount by 0.01 makes a table rule fire`, () => {
    const text = readFileSync(join(DIR, name), 'utf8');
    const base = check(text).findings.filter((f) => TABLE_RULES.has(f.rule));
    assert.deepEqual(base, [], 'the example tables are consistent to start with');
    const amounts = tableAmounts(text);
    assert.ok(amounts.length > 20, 'the example has tables to mutate');
    const silent: string[] = [];
    for (const a of amounts) {
      const mutated =
        text.slice(0, a.node.start) + a.value.plus(new Decimal('0.01')).toFixed(2) + text.slice(a.node.end);
      const found = check(mutated).findings.filter((f) => TABLE_RULES.has(f.rule));
      if (!found.length) silent.push(`${a.path} = ${a.text}`);
      // The finding points at the mutated amount or at a total that contains it, never elsewhere.
      const section = (p: string) => p.split(/[.[]/)[0];
      for (const f of found.filter((x) => x.rule === 'sum-mismatch')) {
        assert.equal(section(f.path), section(a.path), `${f.path} for ${a.path}`);
      }
    }
    assert.deepEqual(silent, [], 'amounts whose change no rule noticed');
  });
}
