import { test } from 'node:test';
import assert from 'node:assert/strict';
import yaml from 'js-yaml';
import { readText } from '../../server/src/import/readers/text';
import { recognise } from '../../server/src/import/recognise/recognise';
import { importInput } from '../../server/src/import/index';
import { checkText } from '../../server/src/engine/engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { differences } from './compare';
import { asText, workbook } from './layouts';
import {
  JINAN_2021,
  JINAN_2021_PROJECT,
  SUMMARY,
  SUMMARY_PROJECTS,
  WUHAN,
  WUHAN_2,
  XIANGTAN,
  XIANGTAN_GOAL_TEXT,
  WUHAN_PROJECT,
  ZHAOYUAN,
  ZHAOYUAN_PROJECT,
} from './shenbao-layouts';

type Obj = Record<string, unknown>;

const projects = (draft: string) => (yaml.load(draft) as Obj)['项目'] as Obj[];

/** A 2 printed as a count reads back as the number 2; compare the values as printed. */
const normalise = (v: unknown): unknown =>
  typeof v === 'number'
    ? String(v)
    : Array.isArray(v)
      ? v.map(normalise)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalise(x)]))
        : v;

function assertProjects(draft: string, expected: Obj[]): void {
  assert.deepEqual(normalise(projects(draft)), normalise(expected));
  // The draft parses and its projects are valid FORMAT.md (a pasted table has no 部门 header).
  const findings = checkText(draft, {}).findings.filter(
    (f) => f.rule === 'yaml-syntax' || (f.rule === 'schema' && /项目/.test(f.path ?? f.message)),
  );
  assert.deepEqual(
    findings.map((f) => f.message),
    [],
  );
}

for (const merged of ['empty', 'repeated'] as const) {
  test(`申报表 as copied text (merged cells ${merged}): 年度 → 绩效目标, 中长期 → 长期目标, 明细测算 → 明细`, () => {
    const result = recognise(readText(asText([ZHAOYUAN], merged), '申报表.txt'));
    assertProjects(result.draftText, [ZHAOYUAN_PROJECT]);
    assert.match(
      result.draftText,
      /\n {4}总预算: 318\.00 {2}# 申报表中长期（跨年度）的“项目资金总额”，不与年度金额比较\n/,
    );
    // The 中长期 财政拨款 has no place (总预算 is one cross-year total); reported with why, counted.
    const lost = result.issues.filter((i) => (i.lostNumbers ?? 0) > 0);
    assert.deepEqual(
      lost.map((i) => [i.where.line, i.message]),
      [[9, '项目支出绩效目标表：中长期财政拨款 318.00 未导入：草稿的“总预算”只记跨年度总额，不分资金来源']],
    );
    assert.equal(result.printed - result.landed, 1);
  });

  test(`88号 template 申报表 as copied text (merged cells ${merged}): 中期 and 年度 indicator sets`, () => {
    const result = recognise(readText(asText([WUHAN], merged), '武汉.txt'));
    assertProjects(result.draftText, [WUHAN_PROJECT]);
    assert.equal((yaml.load(result.draftText) as Obj)['部门编码'], '015001');
    assert.deepEqual(
      result.issues.map((i) => i.message),
      [
        '项目支出绩效目标表：项目属性印为“基础建设、修缮类”，不是 FORMAT 的 持续性项目/新增项目/延续性项目/常年性项目/一次性项目，未导入',
        '项目支出绩效目标表：中长期财政拨款 10000 未导入：草稿的“总预算”只记跨年度总额，不分资金来源',
      ],
    );
  });
}

for (const perSheet of ['one', 'several'] as const) {
  test(`申报表 in a workbook, ${perSheet} per sheet, merged cells as Excel merges them`, async () => {
    const data = await workbook([ZHAOYUAN, WUHAN, JINAN_2021], perSheet);
    const result = await importInput('申报表.xlsx', data);
    assertProjects(result.draftText, [ZHAOYUAN_PROJECT, WUHAN_PROJECT, JINAN_2021_PROJECT]);
    // Each 中长期 财政拨款 (three) and the eleven 权重 of the 2021 form: reported, not imported.
    assert.equal(result.printed - result.landed, 14);
  });
}

test('the imported 申报表 checks: its 明细 add up to 金额, 总预算 ≥ 金额, 测算依据 match', () => {
  const result = recognise(readText(asText([ZHAOYUAN], 'empty'), '申报表.txt'));
  const rules = checkText(result.draftText, {}).findings.map((f) => f.rule);
  for (const rule of ['formula-mismatch', 'total-budget-less', 'detail-sum-mismatch'])
    assert.ok(!rules.includes(rule), `${rule} on ${result.draftText}`);
});

for (const merged of ['empty', 'repeated'] as const)
  test(`汇总表 as copied text (merged cells ${merged}): every project, amount and indicator`, () => {
    const result = recognise(readText(asText([SUMMARY], merged), '汇总表.txt'));
    assertProjects(result.draftText, SUMMARY_PROJECTS);
    assert.equal(result.printed, result.landed);
    assert.deepEqual(result.issues, []);
  });

for (const perSheet of ['one', 'several'] as const)
  test(`汇总表 in a workbook (${perSheet} per sheet), beside a 申报表`, async () => {
    const result = await importInput('汇总表.xlsx', await workbook([SUMMARY, ZHAOYUAN], perSheet));
    // Tables are read by kind (recognise.ts ORDER): the per-project 绩效目标表 before the 汇总表.
    assertProjects(result.draftText, [ZHAOYUAN_PROJECT, ...SUMMARY_PROJECTS]);
  });

test('a 收支总表 that prints a 类’s 基本支出 and 项目支出 keeps them once, compared with the 支出总表', () => {
  const text = [
    '收支总表',
    '单位：万元',
    '收入\t\t支出\t\t\t',
    '项目\t预算数\t项目\t合计\t基本支出\t项目支出',
    '一、财政拨款收入\t88.08\t一、社会保障和就业支出\t88.08\t85.08\t3.00',
    '收入总计\t88.08\t支出总计\t88.08\t85.08\t3.00',
    '',
    '支出总表',
    '单位：万元',
    '科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出',
    '类\t款\t项\t\t\t\t',
    '208\t\t\t社会保障和就业支出\t88.08\t88.08\t',
    '\t05\t\t行政事业单位养老支出\t88.08\t88.08\t',
    '\t\t01\t行政单位离退休\t88.08\t88.08\t',
  ].join('\n');
  const result = recognise(readText(text, '收支.txt'));
  assert.equal(result.printed, result.landed);
  assert.deepEqual(
    result.issues.filter((i) => i.code === 'table-repeat-mismatch').map((i) => [i.where.line, i.message]),
    [
      [
        12,
        '社会保障和就业支出（208类）基本支出：收支总表（第5行）印为85.08，支出总表（第12行）印为88.08；草稿的支出功能分类保留后者',
      ],
    ],
  );
});

test('a 申报表 copied without its title is still a 绩效目标表 (named by its head and its 一级指标 row)', () => {
  const result = recognise(readText(asText([{ ...ZHAOYUAN, title: [] }], 'empty'), '粘贴.txt'));
  assertProjects(result.draftText, [ZHAOYUAN_PROJECT]);
});

for (const merged of ['empty', 'repeated'] as const)
  test(`2021-form 申报表 (merged cells ${merged}): 指标性质 + 指标值 + 度量单位 are one value; 权重 reported`, () => {
    const result = recognise(readText(asText([JINAN_2021], merged), '申报表2021.txt'));
    assertProjects(result.draftText, [JINAN_2021_PROJECT]);
    assert.equal((yaml.load(result.draftText) as Obj)['部门编码'], '362');
    const lost = result.issues.filter((i) => (i.lostNumbers ?? 0) > 0);
    assert.deepEqual(
      lost.map((i) => [i.where.line, i.message]),
      [
        [5, '项目支出绩效目标表：中长期财政拨款 240.00 未导入：草稿的“总预算”只记跨年度总额，不分资金来源'],
        ...[
          [9, '总成本', '10'],
          [10, '', '5'],
          [11, '', '5'],
          [12, '', '5'],
          [13, '', '10'],
          [14, '', '10'],
          [15, '', '10'],
          [16, '', '10'],
          [17, '', '10'],
          [18, '', '10'],
          [19, '', '10'],
        ].map(([line, , weight]) => [line, `项目支出绩效目标表：未导入的数字 权重（%） ${weight}`]),
      ],
    );
    assert.equal(result.printed - result.landed, 12);
  });

test('a 申报表 that prints its 明细测算 below the indicators reads it all the same', () => {
  const detail = ZHAOYUAN.rows.slice(7, 11);
  const rows = [...ZHAOYUAN.rows.slice(0, 7), ...ZHAOYUAN.rows.slice(11), ...detail];
  const result = recognise(readText(asText([{ ...ZHAOYUAN, rows, merges: [] }], 'empty'), '申报表.txt'));
  assertProjects(result.draftText, [ZHAOYUAN_PROJECT]);
  assert.equal(result.printed - result.landed, 1);
});

/** Real 申报表 layouts whose values test/fixtures transcribes by hand: every difference explained. */
const TRANSCRIBED = [
  {
    name: '湘潭 申报表',
    layouts: [XIANGTAN],
    fixture: 'xiangtan-huanwei-2023',
    explained: [
      // The department above the unit is named on the website, not in the table.
      '部门: 导入 （无） ≠ 手录 湘潭市城市管理和综合执法局',
      // The table's 预算部门, kept on the project; the transcriber named it once, as the only 预算单位.
      '项目[雾炮车降尘抑尘服务#1].预算单位: 导入 湘潭市环境卫生管理处 ≠ 手录 （无）',
    ],
  },
  {
    name: '武汉 tables',
    layouts: [WUHAN, WUHAN_2],
    fixture: 'wuhan-qingshan-jiaoyu-2020',
    explained: [
      // The department is the publisher of the web page; the tables name it only as 主管部门.
      '部门: 导入 （无） ≠ 手录 武汉市青山区教育局',
      // 实施单位 / 项目执行单位 kept on the project; the transcriber left them in comments.
      '项目[农村义务教育薄弱学校改造补助资金#1].预算单位: 导入 化工区学校 ≠ 手录 （无）',
      '项目[教育系统基础设施建设和设备购置#1].预算单位: 导入 武汉市青山区教育局 ≠ 手录 （无）',
    ],
  },
];

for (const { name, layouts, fixture, explained } of TRANSCRIBED)
  for (const merged of ['empty', 'repeated'] as const)
    test(`${name} (merged cells ${merged}) come out value for value like the hand transcription`, () => {
      const result = recognise(readText(asText(layouts, merged), `${fixture}.txt`));
      const text = readFileSync(join(__dirname, '..', 'fixtures', `${fixture}.budget.yaml`), 'utf8');
      assert.deepEqual(differences(result.draftText, text), explained);
    });

test('湘潭 申报表: 项目支出实施期 → 期限, 实施期绩效目标 → 长期目标 (the same text as the year’s), 250万 → 250', () => {
  const result = recognise(readText(asText([XIANGTAN], 'repeated'), '湘潭.txt'));
  const project = projects(result.draftText)[0];
  assert.equal(project['金额'], 250);
  assert.deepEqual(project['期限'], { 起始年度: 2023, 终止年度: 2024 });
  assert.deepEqual((project['绩效目标'] as Obj)['长期目标'], { 说明: XIANGTAN_GOAL_TEXT });
  assert.equal(result.printed, result.landed);
});
