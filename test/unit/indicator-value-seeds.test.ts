import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jsyaml from 'js-yaml';
import { parseIndicatorValue } from '../../server/src/engine/values/indicatorValue';
import { describeValue } from './value-describe';

/**
 * Every 指标值 of the seed budgets and the other departments' fixtures (shared/seeds/*.txt, transcribed in test/fixtures), with
 * the reading worked out by hand: operator (`?` = none written), value × 万/亿, unit, category,
 * the amount in 万元 for money and money rates, a rate's denominator. `cost` marks values of
 * 成本指标, where a bare 万 is 万元.
 */
const SEEDS: [text: string, expected: string, cost?: 'cost'][] = [
  // 济南市历下区医疗保障局 2026
  ['≤225.00', '<= 225 - plain', 'cost'],
  ['5000次/月', '=? 5000 次/月 rate per=月'],
  ['≥5场', '>= 5 场 count'],
  ['≥95%', '>= 95 % percent'],
  ['优', 'qualitative'],
  ['≤80万元', '<= 80 万元 money wan=80', 'cost'],
  ['≤24.9万元', '<= 24.9 万元 money wan=24.9', 'cost'],
  ['≤7万元', '<= 7 万元 money wan=7', 'cost'],
  ['≤48.1万元', '<= 48.1 万元 money wan=48.1', 'cost'],
  ['≥10万份', '>= 100000 份 count'],
  ['≥50家', '>= 50 家 count'],
  ['及时', 'qualitative'],
  ['≤350万元', '<= 350 万元 money wan=350', 'cost'],
  ['≤350万元/人', '<= 350 万元/人 rate wan=350 per=人', 'cost'],
  ['≤49人', '<= 49 人 count'],
  ['≥480次', '>= 480 次 count'],
  ['=100%', '= 100 % percent'],
  ['>98%', '> 98 % percent'],
  ['≤270万元', '<= 270 万元 money wan=270', 'cost'],
  ['≤216万元', '<= 216 万元 money wan=216', 'cost'],
  ['≤54万元', '<= 54 万元 money wan=54', 'cost'],
  ['≤6600人', '<= 6600 人 count'],
  ['≥98%', '>= 98 % percent'],
  ['100%', '=? 100 % percent'],
  ['健全', 'qualitative'],
  ['95%', '=? 95 % percent'],
  ['≤125万元', '<= 125 万元 money wan=125', 'cost'],
  ['≤100万元', '<= 100 万元 money wan=100', 'cost'],
  ['≤25万元', '<= 25 万元 money wan=25', 'cost'],
  ['≤3200人', '<= 3200 人 count'],
  ['≤200万元', '<= 200 万元 money wan=200', 'cost'],
  ['≤150万元', '<= 150 万元 money wan=150', 'cost'],
  ['≤3000人', '<= 3000 人 count'],
  ['≤23万元', '<= 23 万元 money wan=23', 'cost'],
  ['≤18万元', '<= 18 万元 money wan=18', 'cost'],
  ['≤5万元', '<= 5 万元 money wan=5', 'cost'],
  ['≥24个', '>= 24 个 count'],
  ['≥1次', '>= 1 次 count'],
  ['合理', 'qualitative'],
  ['≤160万元', '<= 160 万元 money wan=160', 'cost'],
  // 枣庄市市中区医疗保障局 2026
  ['1594.25万元', '=? 1594.25 万元 money wan=1594.25', 'cost'],
  ['29042人', '=? 29042 人 count'],
  ['31377人', '=? 31377 人 count'],
  ['12月31日前', 'qualitative'],
  ['1年', '=? 1 年 count'],
  ['327.04万元', '=? 327.04 万元 money wan=327.04', 'cost'],
  ['10元', '=? 10 元 money wan=0.001'],
  ['>200万', '> 200 万元 money wan=200', 'cost'],
  ['29人', '=? 29 人 count'],
  ['≥1218万元', '>= 1218 万元 money wan=1218', 'cost'],
  ['≥8000人', '>= 8000 人 count'],
  ['≥18200人次', '>= 18200 人次 count'],
  ['≥8100人', '>= 8100 人 count'],
  ['70%', '=? 70 % percent'],
  ['50%/70%', 'list =? 50 % percent | =? 70 % percent'],
  ['0/5000元', 'list =? 0 元 money wan=0 | =? 5000 元 money wan=0.5'],
  ['3000/10000元', 'list =? 3000 元 money wan=0.3 | =? 10000 元 money wan=1'],
  ['50000元', '=? 50000 元 money wan=5'],
  ['长期', 'qualitative'],
  ['≥20万元', '>= 20 万元 money wan=20', 'cost'],
  ['>40万', '> 400000 - plain'],
  ['明显提高', 'qualitative'],
  ['有效促进', 'qualitative'],
  ['116.76万元', '=? 116.76 万元 money wan=116.76', 'cost'],
  ['4488人', '=? 4488 人 count'],
  ['≥342万元', '>= 342 万元 money wan=342', 'cost'],
  ['≥18万', '>= 18 万元 money wan=18', 'cost'],
  ['5次', '=? 5 次 count'],
  // 招远市医疗保障局 2024 (the 专项资金 table writes a space before the unit)
  ['≤5 元/年/人', '<= 5 元/年/人 rate wan=0.0005 per=人/年', 'cost'],
  ['≤30 元/年/人', '<= 30 元/年/人 rate wan=0.003 per=人/年', 'cost'],
  ['≤106 万元', '<= 106 万元 money wan=106', 'cost'],
  ['≥200000 人', '>= 200000 人 count'],
  ['≤5元/年/人', '<= 5 元/年/人 rate wan=0.0005 per=人/年', 'cost'],
  ['≤30元/年/人', '<= 30 元/年/人 rate wan=0.003 per=人/年', 'cost'],
  ['≤106万元', '<= 106 万元 money wan=106', 'cost'],
  ['≥200000人', '>= 200000 人 count'],
  ['≥2000人', '>= 2000 人 count'],
  ['=100%', '= 100 % percent'],
  ['显著', 'qualitative'],
  ['≥90%', '>= 90 % percent'],
  ['≤520元/年/人', '<= 520 元/年/人 rate wan=0.052 per=人/年', 'cost'],
  ['≤587.2万元', '<= 587.2 万元 money wan=587.2', 'cost'],
  ['≥11100人', '>= 11100 人 count'],
  ['≤62000元/年/人', '<= 62000 元/年/人 rate wan=6.2 per=人/年', 'cost'],
  ['≤26000元/年/人', '<= 26000 元/年/人 rate wan=2.6 per=人/年', 'cost'],
  ['≤27000元/年/人', '<= 27000 元/年/人 rate wan=2.7 per=人/年', 'cost'],
  ['≤1999.7万元', '<= 1999.7 万元 money wan=1999.7', 'cost'],
  ['≥95人', '>= 95 人 count'],
  ['≥6人', '>= 6 人 count'],
  ['≥363人', '>= 363 人 count'],
  ['=0.00%', '= 0 % percent'],
  ['≤950万元', '<= 950 万元 money wan=950', 'cost'],
  ['≥3400人', '>= 3400 人 count'],
  ['≤30000元/年/人', '<= 30000 元/年/人 rate wan=3 per=人/年', 'cost'],
  ['≥50人', '>= 50 人 count'],
  ['≤10万元', '<= 10 万元 money wan=10', 'cost'],
  ['≥10次', '>= 10 次 count'],
  ['≤9.37万元', '<= 9.37 万元 money wan=9.37', 'cost'],
  ['≥5次', '>= 5 次 count'],
  // Other departments, older layout (issue 18): 武汉青山区教育局 2020, 湘潭环卫处 2023, 淮北文旅体局 2025
  ['2', '=? 2 - plain'],
  ['参照政府采购成本控制', 'qualitative', 'cost'],
  ['巩固提高', 'qualitative'],
  ['持续改善', 'qualitative'],
  ['稳步提高', 'qualitative'],
  ['10辆', '=? 10 辆 count'],
  ['≥80M', '>= 80 M count'],
  ['优良', 'qualitative'],
  ['2023.07-2024.01', 'qualitative'],
  ['250万', '=? 250 万元 money wan=250', 'cost'],
  ['≥85%', '>= 85 % percent'],
  ['≥70村', '>= 70 村 count'],
  ['2025年12月', 'qualitative'],
  ['5万元', '=? 5 万元 money wan=5', 'cost'],
  ['否', 'qualitative'],
  ['影响程度明显', 'qualitative'],
  // 六安市金安区体育局 2025
  ['1种', '=? 1 种 count'],
  ['2025年年底前', 'qualitative'],
  ['≤1000万元', '<= 1000 万元 money wan=1000', 'cost'],
  ['经济效益良好', 'qualitative'],
  ['效果良好', 'qualitative'],
  ['无', 'qualitative'],
  ['影响可持续', 'qualitative'],
];

test('every indicator value of the seed budgets reads as worked out by hand', () => {
  for (const [text, expected, cost] of SEEDS)
    assert.equal(describeValue(parseIndicatorValue(text, { cost: cost === 'cost' })), expected, text);
});

test('the table covers every indicator value in the seed fixtures', () => {
  const dir = join(__dirname, '..', 'fixtures');
  const known = new Set(SEEDS.map(([t]) => t));
  const missing = new Set<string>();
  let seen = 0;
  for (const file of readdirSync(dir).filter((n) => n.endsWith('.budget.yaml'))) {
    const doc = jsyaml.load(readFileSync(join(dir, file), 'utf8')) as { 项目?: Record<string, unknown>[] };
    for (const p of doc.项目 ?? []) {
      const tree = (p.绩效目标 as { 指标?: Record<string, Record<string, Record<string, unknown>>> })?.指标;
      for (const l2s of Object.values(tree ?? {}))
        for (const l3s of Object.values(l2s ?? {}))
          for (const v of Object.values(l3s ?? {})) {
            const value = v && typeof v === 'object' ? (v as { 指标值?: unknown }).指标值 : v;
            if (value === null || value === undefined) continue;
            seen++;
            if (!known.has(String(value))) missing.add(String(value));
          }
    }
  }
  assert.ok(seen > 200, `only ${seen} values found: the fixtures' layout changed`);
  assert.deepEqual([...missing], []);
});
