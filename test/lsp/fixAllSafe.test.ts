import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../helpers';
import { costIndicators } from '../../server/src/engine/model/derived/cost';
import { valueOf } from '../../server/src/engine/model/derived/values';
import type { Draft } from '../../server/src/engine/model/types';
import { serverForTests } from './client';
import { applyWorkspaceEdit, type WorkspaceEdit } from './edits';

/**
 * Fix on save (`source.fixAll.jixiao`) applies only fixes of kind `safe`: whatever the rules
 * offer, a save never decides a review 状态, an amount or a cost target. Run on every draft in
 * the repo, three saves in a row, comparing what those fields mean before and after.
 */
const ROOT = join(__dirname, '..', '..');
const DRAFTS = [
  ...readdirSync(join(ROOT, 'test/fixtures'))
    .filter((f) => f.endsWith('.budget.yaml'))
    .map((f) => join(ROOT, 'test/fixtures', f)),
  ...readdirSync(join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.budget.yaml'))
    .map((f) => join(ROOT, 'examples', f)),
];

const server = serverForTests('/tmp/jixiao-fixall');
const { publish } = server;

/** Every 状态, every amount (by value: `"1,751.54"` → 1751.54 is format, not substance), every cost. */
function substance(draft: Draft): string[] {
  const out = draft.allReviews.map((r) => `${r.path} 状态=${r.status?.text ?? ''}`);
  const amount = (path: string, a?: { value: { toFixed(): string } }) =>
    out.push(`${path} 金额=${a ? a.value.toFixed() : '-'}`);
  for (const p of draft.projects) {
    amount(`${p.path}.金额`, p.amount);
    p.funding.forEach((f) => amount(`${p.path}.资金来源.${f.key}`, f.amount));
    p.details.forEach((d) => amount(d.path, d.amount));
    p.procurement.forEach((l) => amount(l.path, l.amount));
    if (p.totalBudget) amount(`${p.path}.总预算`, p.totalBudget);
    for (const ind of costIndicators(p, 2021).concat(costIndicators(p, 2015))) {
      const v = valueOf(ind, 2021);
      // The number and its unit; an operator the rule proves wrong (≥ on a cost) is not substance.
      const value = v?.kind === 'number' && v.moneyWan ? `${v.moneyWan.toFixed()}万元` : (ind.text ?? '');
      out.push(`${ind.valuePath} 成本=${value.replace(/^[≤≥<>=＜＞]+/, '')}`);
    }
  }
  for (const r of draft.funcRows) for (const [c, a] of Object.entries(r.cols)) amount(`${r.path}.${c}`, a);
  for (const r of draft.econRows) for (const [c, a] of Object.entries(r.cols)) amount(`${r.path}.${c}`, a);
  return out;
}

test('fix-all (source.fixAll.jixiao) on every draft changes no 状态, 金额 or cost value', async () => {
  let saves = 0;
  for (const file of DRAFTS) {
    const original = readFileSync(file, 'utf8');
    const meaning = substance(check(original).draft);
    assert.ok(meaning.length > 2, `${file}: the comparison covers the draft`);
    let text = original;
    for (let pass = 0; pass < 3; pass++) {
      const { uri, diagnostics } = await publish(text);
      const actions = await server.client.conn.sendRequest<{ kind?: string; edit?: WorkspaceEdit }[]>(
        'textDocument/codeAction',
        {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics, only: ['source.fixAll.jixiao'] },
        },
      );
      if (!actions.length) break;
      text = applyWorkspaceEdit(text, actions[0].edit, uri);
      saves++;
    }
    assert.deepEqual(substance(check(text).draft), meaning, `${file}: a save changed substance`);
  }
  // Rules that mark fixes safe (quoting, number format, ≥ on a cost) give the saves work to do.
  console.log(`fix-all: ${saves} saves with edits over ${DRAFTS.length} drafts`);
});

test('fix-all offers nothing where every fix is a judgment: 济南’s cost totals and 待修改 stay', async () => {
  const text = readFileSync(join(ROOT, 'test/fixtures/jinan-lixia-2026.budget.yaml'), 'utf8');
  const { uri, diagnostics } = await publish(text);
  const cost = diagnostics.filter((d) => d.code === 'cost-total-mismatch');
  assert.equal(cost.length, 5, 'the five Jinan cost totals are reported');
  const actions = await server.client.conn.sendRequest<{ edit?: WorkspaceEdit }[]>(
    'textDocument/codeAction',
    {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, only: ['source.fixAll.jixiao'] },
    },
  );
  const fixed = actions.length ? applyWorkspaceEdit(text, actions[0].edit, uri) : text;
  for (const v of ['≤270万元', '≤125万元', '≤350万元', '≤23万元', '≤160万元'])
    assert.ok(fixed.includes(v), v);
  assert.equal((fixed.match(/状态: 待修改/g) ?? []).length, (text.match(/状态: 待修改/g) ?? []).length);
});
