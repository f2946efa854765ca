import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../../server/src/import/readers/text';
import { recognise } from '../../server/src/import/recognise/recognise';
import { checkText } from '../../server/src/engine/engine';
import { differences } from './compare';
import { sharedPath } from '../sharedDir';

const SEEDS = sharedPath('seeds');
const seedPath = (name: string) => {
  for (const dir of [SEEDS]) {
    try {
      return readFileSync(join(dir, `${name}.txt`), 'utf8');
    } catch {
      /* next */
    }
  }
  throw new Error(`seed ${name} not found`);
};

/**
 * Every difference between the import and the hand transcription, each with why. A new
 * difference, or one of these disappearing, fails the test.
 */
const EXPLAINED: Record<string, Record<string, string>> = {
  'jinan-lixia-2026': {
    // The text breaks both 功能分类 tables after 21099: rows 2109999 and 2210201 are printed only in the
    // 收入总表 (合计 only). The transcriber derived the missing columns; the import never invents.
    '支出功能分类[2109999].项目支出: 导入 （无） ≠ 手录 100': '由上级 21099 推得，原表此行缺失',
    '支出功能分类[2210201].人员经费: 导入 （无） ≠ 手录 37': '由合计行推得，原表此行缺失',
    '支出功能分类[2210201].基本支出: 导入 （无） ≠ 手录 37': '由合计行推得，原表此行缺失',
  },
  'zaozhuang-shizhong-2026': Object.fromEntries(
    [
      '60岁以上城乡居民财政代缴#1',
      '业务经费#1',
      '医保智能监管及医保经办业务标准化示范窗口业务经费#1',
      '医疗救助资金#1',
      '医疗救助资金#2',
      '居民长护#1',
      '离休伤残医疗补助#1',
      '重度残疾人医疗参保代缴#1',
    ].map((p) => [
      `项目[${p}].预算单位: 导入 枣庄市市中区医疗保障局本级 ≠ 手录 （无）`,
      // 绩效目标表 prints 实施单位 “…本级”; the transcriber left it out for a one-unit department.
      '实施单位照印导入；手录稿因只有一个单位而省略',
    ]),
  ),
  'zhaoyuan-2024': {
    // Blank cells of the 三公经费 table: the transcriber wrote 0 from the prose (“因公出国（境）费0.00万元”).
    '三公经费.上年.公务用车购置费: 导入 （无） ≠ 手录 0': '表中空白，省略即为0',
    '三公经费.上年.因公出国境费: 导入 （无） ≠ 手录 0': '表中空白，省略即为0',
    '三公经费.本年.公务用车购置费: 导入 （无） ≠ 手录 0': '表中空白，省略即为0',
    '三公经费.本年.因公出国境费: 导入 （无） ≠ 手录 0': '表中空白，省略即为0',
    // The 功能分类 tables of this text stop before 221; 68.21 is printed only in the 收支总表 (by 类 name).
    '支出功能分类[221].人员经费: 导入 （无） ≠ 手录 68.21': '原表缺 221 各行，手录稿推得',
    '支出功能分类[221].合计: 导入 （无） ≠ 手录 68.21': '只见于收支总表（按类名），未写入支出功能分类',
    '支出功能分类[221].基本支出: 导入 （无） ≠ 手录 68.21': '原表缺 221 各行，手录稿推得',
  },
};

for (const seed of Object.keys(EXPLAINED)) {
  test(`${seed}.txt imports value for value like the hand transcription`, () => {
    const result = recognise(readText(seedPath(seed), `${seed}.txt`));
    const fixture = readFileSync(join(__dirname, '..', 'fixtures', `${seed}.budget.yaml`), 'utf8');
    assert.deepEqual(differences(result.draftText, fixture), Object.keys(EXPLAINED[seed]).sort());
  });

  test(`${seed}.txt: the draft parses, is deterministic and counts what did not land`, () => {
    const text = seedPath(seed);
    const a = recognise(readText(text, `${seed}.txt`));
    const b = recognise(readText(text, `${seed}.txt`));
    assert.equal(a.draftText, b.draftText);
    const findings = checkText(a.draftText, {}).findings;
    assert.deepEqual(
      findings
        .filter((f) => f.rule === 'yaml-syntax' || f.rule === 'schema')
        // 类型, 说明, 政府采购 and 机关运行经费 are FORMAT.md keys whose schema another change adds; until then they are "unknown".
        .filter((f) => !/未知的键“(类型|说明|政府采购|机关运行经费)”/.test(f.message))
        .map((f) => f.message),
      [],
    );
    const lost = a.issues.reduce((n, i) => n + (i.lostNumbers ?? 0), 0);
    assert.equal(a.printed - a.landed, lost, 'every number that did not land is in the report');
    assert.ok(a.landed / a.printed >= 0.97, `${a.landed}/${a.printed} numbers reached the draft`);
  });
}
