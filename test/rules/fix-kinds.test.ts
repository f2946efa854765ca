// Which fixes fix-all may apply: an operator proven wrong, a number format, an empty key are safe;
// an amount, a target or an inserted skeleton with made-up values is a suggestion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULE_META } from '../../server/src/engine/rules';
import { check, draftWith, fixture, GOOD_PROJECT, testRule } from '../helpers';

const GOOD = draftWith(GOOD_PROJECT);
const withProject = (from: string, to: string) => {
  assert.ok(GOOD_PROJECT.includes(from), from);
  return draftWith(GOOD_PROJECT.replace(from, to));
};
const COST = '项目[0].绩效目标.指标.成本指标.经济成本指标.总成本';

testRule({
  rule: 'cost-operator',
  reject: [
    {
      description: '≥ on a money cost, fixed to ≤ (safe)',
      code: withProject('总成本: ≤44.36万元', '总成本: ≥44.36万元'),
      message:
        '项目“医疗保障工作经费”的成本指标“总成本”≥44.36万元 使用了“≥”；成本指标是控制上限，应写为 ≤44.36万元',
      line: 13,
      column: 18,
      endColumn: 26,
      path: COST,
      fixed: GOOD,
      fixKind: 'safe',
    },
  ],
});

testRule({
  rule: 'rate-direction',
  reject: [
    {
      description: 'a rate bounded from above, fixed to ≥ (safe)',
      code: withProject('医保政策宣传场次: ≥2场次', '医保政策宣传场次: ≥2场次\n            政策知晓率: ≤95%'),
      message: '“政策知晓率”越高越好，却写成了上限 ≤95%；应写为 ≥95%',
      line: 17,
      column: 20,
      path: '项目[0].绩效目标.指标.产出指标.数量指标.政策知晓率',
      fixed: withProject(
        '医保政策宣传场次: ≥2场次',
        '医保政策宣传场次: ≥2场次\n            政策知晓率: ≥95%',
      ),
      fixKind: 'safe',
    },
  ],
});

testRule({
  rule: 'satisfaction-value',
  reject: [
    {
      description: 'a 满意度 without ≥ (safe)',
      code: withProject('满意度: ≥90%', '满意度: 90%'),
      message: '满意度指标“人民群众对医疗救助工作满意度” 90% 缺少“≥”；满意度是下限目标，应写为 ≥90%',
      line: 22,
      column: 29,
      fixed: GOOD,
      fixKind: 'safe',
    },
  ],
});

testRule({
  rule: 'amount-format',
  reject: [
    {
      description: 'a quoted amount rewritten as a number (safe)',
      code: withProject('金额: 44.36', '金额: "44.36"'),
      message: '金额 "44.36" 写成了文本，应写为数字 44.36（不带千分位分隔符和引号）',
      line: 7,
      column: 9,
      endColumn: 16,
      path: '项目[0].金额',
      fixed: GOOD,
      fixKind: 'safe',
    },
  ],
});

testRule({
  rule: 'level2-empty',
  reject: [
    {
      description: 'an empty 二级 next to a filled one is deleted (safe: it holds nothing)',
      code: withProject('          数量指标:\n', '          质量指标:\n          数量指标:\n'),
      message: '二级指标“质量指标”下没有填写三级指标；不适用时应删除，适用时应补充具体指标',
      line: 15,
      path: '项目[0].绩效目标.指标.产出指标.质量指标',
      fixed: GOOD,
      fixKind: 'safe',
    },
  ],
});

testRule({
  rule: 'cost-total-mismatch',
  reject: [
    {
      description: 'the total cost set to 金额 (a suggestion: which of the two is wrong is a judgment)',
      code: withProject('总成本: ≤44.36万元', '总成本: ≤50万元'),
      message: '总成本 ≤50万元，但项目“医疗保障工作经费”年度预算资金总额为44.36万元（多5.64万元）',
      line: 13,
      path: COST,
      fixed: GOOD,
      fixKind: 'suggestion',
    },
  ],
});

testRule({
  rule: 'satisfaction-missing',
  reject: [
    {
      description: 'an inserted 满意度指标 with a made-up ≥90% (suggestion)',
      code: withProject(
        '        满意度指标:\n          服务对象满意度指标:\n            人民群众对医疗救助工作满意度: ≥90%\n',
        '',
      ),
      message: '项目“医疗保障工作经费”的绩效目标没有满意度指标；每个项目都应设置服务对象满意度指标',
      line: 10,
      path: '项目[0].绩效目标.指标',
      fixed: withProject('人民群众对医疗救助工作满意度: ≥90%', '服务对象满意度: ≥90%'),
      fixKind: 'suggestion',
    },
  ],
});

test('every fix a rule offers is of a kind its metadata declares', () => {
  const meta = new Map(RULE_META.map((m) => [m.id, m]));
  const seen = new Set<string>();
  const texts = ['jinan-lixia-2026', 'zaozhuang-shizhong-2026', 'zhaoyuan-2024'].map((n) =>
    fixture(`${n}.budget.yaml`),
  );
  for (const text of texts)
    for (const f of check(text).findings)
      for (const fix of f.fixes) {
        const m = meta.get(f.rule)!;
        const kind = fix.kind ?? 'suggestion';
        seen.add(`${f.rule}:${kind}`);
        assert.notEqual(m.fixable, 'none', `${f.rule} declares no fix but offers “${fix.title}”`);
        if (m.fixable !== 'both') assert.equal(kind, m.fixable, `${f.rule}: “${fix.title}” is ${kind}`);
      }
  assert.ok(seen.size >= 4, [...seen].join(', '));
});
