import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import * as jsyaml from 'js-yaml';
import budgetSchema from '../../schemas/budget.schema.json';
import configSchema from '../../schemas/jixiao-config.schema.json';
import { allRuleIds } from '../../server/src/engine/rules/index';
import {
  didYouMean,
  validateConfig,
  validateDraft,
  type SchemaIssue,
} from '../../server/src/engine/schema/validate';
import { GOOD_PROJECT } from '../helpers';

const ROOT = join(__dirname, '..', '..');
const load = (text: string): unknown => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });

/** FORMAT.md's examples, put together into one draft (its sums need not agree: shape only). */
const FORMAT_EXAMPLE = `格式: 部门预算/1
部门: 济南市历下区医疗保障局
部门编码: "362"
预算年度: 2026
金额单位: 万元
预算单位:
  - 编码: "362001"
    名称: 济南市历下区医疗保障局
    性质: 行政单位
  - 编码: "362002"
    名称: 济南市历下区医疗保险事业中心
    性质: 事业单位
收入:
  一般公共预算: 1751.54
  政府性基金预算: 0
  国有资本经营预算: 0
  财政专户管理资金: 0
  事业收入: 0
  事业单位经营收入: 0
  上级补助收入: 0
  附属单位上缴收入: 0
  其他收入: 0
  使用非财政拨款结余: 0
  上年结转: 0
  合计: 1751.54
支出功能分类:
  - 科目: 208 社会保障和就业支出
    合计: 88.08
  - { 科目: 2080501 行政单位离退休, 人员经费: 12.00, 公用经费: 0.02 }
  - { 科目: 2080505 机关事业单位基本养老保险缴费支出, 人员经费: 43.00 }
  - { 科目: 2101301 城乡医疗救助, 项目支出: 316.00 }
  - { 科目: 2101501 行政运行, 人员经费: 178.00, 公用经费: 20.38, 基本支出: 198.38 }
基本支出经济分类:
  - { 科目: 30101 基本工资, 政府科目: 50101 工资奖金津补贴, 人员经费: 54.00 }
  - { 科目: 30101 基本工资, 政府科目: 50501 工资福利支出, 人员经费: 48.00 }
  - { 科目: 30201 办公费, 政府科目: 50201 办公经费, 公用经费: 5.93 }
  - { 科目: 30299 其他商品和服务支出, 政府科目: 50299 其他商品和服务支出, 人员经费: 6.00, 公用经费: 0.15 }
三公经费:
  本年: { 因公出国境费: 0, 公务用车购置费: 0, 公务用车运行维护费: 0, 公务接待费: 0.30, 合计: 0.30 }
  上年: { 公务接待费: 0.30 }
项目:
  - 名称: 医疗保障工作经费
    编码: 42010726202T000000102
    预算单位: "202001"
    类别: 其他运转类
    功能科目: 2101502 一般行政管理事务
    金额: 44.36
    资金来源:
      一般公共预算: 44.36
    总预算: 44.36
    期限: { 起始年度: 2026, 终止年度: 2026 }
    项目属性: 持续性项目
    项目类型: 常年性项目
    上年预算: 60
    明细:
      - 活动: 医疗保障工作经费
        内容: 聘请代账财务人员工资
        经济科目: 30199 其他工资福利支出
        金额: 3.60
        测算依据: (2000+1000)*12
        功能科目: 2101502
      - 内容: 办公新址锦绣龙潭小区物业费
        经济科目: 30209-物业管理费
        金额: 2.00
    采购:
      - { 品目: A05040101 复印纸, 数量: 1, 计量单位: 批, 单价: 0.5, 金额: 0.5 }
    绩效目标:
      总体目标: >-
        组织实施城乡居民医保参保缴费，参保率稳定在95%以上……
      指标:
        成本指标:
          经济成本指标:
            总成本: ≤44.36万元
        产出指标:
          数量指标:
            医保政策宣传场次: ≥2场次
            定点医药机构门诊统筹异常数据核查家次: ≥50家次
            资助参保人数:
              指标值: ≥2000人
              依据: 历年资助人数
              前年: ≥2000人次
              上年: ≥2000人
              审核意见:
                - 意见: 请说明资助人数的测算口径
                  审核人: 财政局预算科
                  日期: 2025-10-12
                  状态: 已确认
          质量指标:
            举报投诉核查处置率: 100%
          时效指标:
            举报投诉处置及时率: ≥95%
        效益指标:
          社会效益指标:
            减轻参保患者看病就医负担: 有所减轻
        满意度指标:
          服务对象满意度指标:
            人民群众对医疗救助工作满意度: ≥90%
      长期目标:
        说明: 医疗保障待遇持续落实
        指标: { 满意度指标: { 服务对象满意度指标: { 参保群众满意度: ≥90% } } }
    审核意见:
      - 意见: 成本指标应与年度预算资金总额一致
        审核人: 财政局预算科
        日期: 2025-10-12
        状态: 待修改
整体绩效目标:
  年度履职目标: 参保群众负担更小、经办服务更好、医疗保障更强
  年度主要任务:
    - { 任务: 推动实现医疗卫生事业健康发展, 内容: 抓好待遇保障、优化经办服务…… }
  指标:
    投入管理指标:
      预算和财务管理:
        预算执行率: ≥95%
    产出指标:
      重点工作任务完成:
        政策宣传覆盖面: 全覆盖
    效益指标:
      履职效益:
        医疗保障服务: 更加便民
    满意度指标:
      满意度:
        参保群众满意度: ≥85%
审核意见:
  - 意见: 请补充三公经费说明
    审核人: 财政局预算科
    日期: 2025-10-12
    状态: 已修改
`;

/** GOOD_PROJECT with a 功能科目, which several checks below edit. */
const PROJECT =
  '项目:\n' +
  GOOD_PROJECT.replace('    金额: 44.36', '    功能科目: 2101502 一般行政管理事务\n    金额: 44.36');
const HEADER = '格式: 部门预算/1\n部门: 测试局\n预算年度: 2026\n';
const draft = (body = PROJECT, header = HEADER) => validateDraft(load(header + body));
/** The draft with one line of the project replaced. */
const edited = (from: string, to: string) => {
  assert.ok(PROJECT.includes(from), from);
  return draft(PROJECT.replace(from, to));
};

test('both schemas are valid draft-07 JSON Schemas that ajv compiles in strict mode', () => {
  for (const schema of [budgetSchema, configSchema]) {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    assert.equal(typeof ajv.compile(schema), 'function');
  }
});

test('schemas/budget.schema.json is what scripts/schema-source.mjs writes', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'jixiao-schema-')), 's.json');
  assert.equal(spawnSync(process.execPath, [join(ROOT, 'scripts', 'schema-source.mjs'), out]).status, 0);
  assert.equal(readFileSync(out, 'utf8'), readFileSync(join(ROOT, 'schemas', 'budget.schema.json'), 'utf8'));
});

test('FORMAT.md’s example, the shipped example and the seed fixtures validate with no issues', () => {
  assert.deepEqual(validateDraft(load(FORMAT_EXAMPLE)), []);
  assert.deepEqual(draft(), []);
  const files = [
    join(ROOT, 'examples', 'lixia-yibao-2026.budget.yaml'),
    ...['jinan-lixia-2026', 'zaozhuang-shizhong-2026', 'zhaoyuan-2024'].map((n) =>
      join(ROOT, 'test', 'fixtures', `${n}.budget.yaml`),
    ),
  ];
  for (const f of files) assert.deepEqual(validateDraft(load(readFileSync(f, 'utf8'))), [], f);
});

test('an unknown key names the near spelling, and the missing key it stands for is not reported again', () => {
  assert.deepEqual(edited('金额: 44.36', '金顿: 44.36'), [
    {
      path: ['项目', 0, '金顿'],
      target: 'key',
      message: '未知的键“金顿”，是否应为“金额”？',
      renames: ['金额'],
      renameUnique: true,
    },
  ]);
  assert.deepEqual(draft(PROJECT, HEADER + '金额单元: 万元\n'), [
    {
      path: ['金额单元'],
      target: 'key',
      message: '未知的键“金额单元”，是否应为“金额单位”？',
      renames: ['金额单位'],
      renameUnique: true,
    },
  ]);
  const [far] = edited('    金额: 44.36', '    金额: 44.36\n    备注: 无');
  assert.equal(far.target, 'key');
  assert.deepEqual(far.path, ['项目', 0, '备注']);
  // No near spelling: the keys that may be written there, those already present left out.
  assert.equal(far.message, '未知的键“备注”，此处可用的键有：编码、预算单位、资金来源、总预算、期限 等');
});

test('did-you-mean does not pair unrelated two-character keys', () => {
  assert.deepEqual(didYouMean('备注', ['名称', '编码', '金额', '期限']), []);
  assert.deepEqual(didYouMean('其他类', ['其他运转类', '特定目标类', '人员类', '公用经费类']), [
    '其他运转类',
  ]);
  assert.deepEqual(didYouMean('功能', ['功能科目', '金额']), ['功能科目']);
  assert.deepEqual(didYouMean('warn', ['error', 'warning', 'info', 'hint', 'off']), ['warning']);
});

test('a wrong type says what was expected and what was found', () => {
  assert.deepEqual(edited('金额: 44.36', '金额: [44.36]'), [
    { path: ['项目', 0, '金额'], target: 'value', message: '“金额”应为数字，实际为列表（- 项）' },
  ]);
  assert.deepEqual(edited('金额: 44.36', '金额: 四十四万'), [
    { path: ['项目', 0, '金额'], target: 'value', message: '“金额”应为数字，实际为字符串“四十四万”' },
  ]);
  assert.deepEqual(draft(PROJECT, HEADER.replace('2026', '"2026"')), [
    { path: ['预算年度'], target: 'value', message: '“预算年度”应为整数，实际为字符串' },
  ]);
  assert.deepEqual(edited('总体目标: 组织实施医疗保障工作', '总体目标:'), [
    { path: ['项目', 0, '绩效目标', '总体目标'], target: 'value', message: '“总体目标”为空，应为字符串' },
  ]);
});

test('anyOf failures collapse into one message', () => {
  // An indicator is a scalar or a mapping: a list fails both branches, reported once.
  assert.deepEqual(edited('总成本: ≤44.36万元', '总成本: [1, 2]'), [
    {
      path: ['项目', 0, '绩效目标', '指标', '成本指标', '经济成本指标', '总成本'],
      target: 'value',
      message: '“总成本”应为字符串、数字或映射（键: 值），实际为列表（- 项）',
    },
  ]);
  // A mapping fits the mapping branch: only its unknown key is reported, not the scalar branch.
  assert.deepEqual(edited('总成本: ≤44.36万元', '总成本: { 指标值: ≤44.36万元, 依据说明: 预算 }'), [
    {
      path: ['项目', 0, '绩效目标', '指标', '成本指标', '经济成本指标', '总成本', '依据说明'],
      target: 'key',
      message: '未知的键“依据说明”，是否应为“依据”？',
      renames: ['依据'],
      renameUnique: true,
    },
  ]);
});

test('a value outside its list names the allowed values and the near one', () => {
  assert.deepEqual(edited('类别: 其他运转类', '类别: 其他类'), [
    {
      path: ['项目', 0, '类别'],
      target: 'value',
      message:
        '“类别”的值“其他类”不在允许范围内：其他运转类、特定目标类、人员类、公用经费类，是否应为“其他运转类”？',
    },
  ]);
  assert.deepEqual(draft(PROJECT, HEADER.replace('部门预算/1', '部门预算/2')), [
    { path: ['格式'], target: 'value', message: '“格式”应为“部门预算/1”，实际为“部门预算/2”' },
  ]);
  const [status] = draft(PROJECT, HEADER + '审核意见:\n  - { 意见: 请核实, 状态: 待改 }\n');
  assert.deepEqual(status.path, ['审核意见', 0, '状态']);
  assert.match(status.message, /^“状态”的值“待改”不在允许范围内：待修改、已修改、已确认/);
});

test('a missing required key is reported on the object that lacks it', () => {
  assert.deepEqual(edited('    金额: 44.36\n', ''), [
    { path: ['项目', 0], target: 'value', message: '项目缺少必填的“金额”', missing: '金额' },
  ]);
  assert.deepEqual(draft(PROJECT, '格式: 部门预算/1\n预算年度: 2026\n'), [
    { path: [], target: 'value', message: '文件缺少必填的“部门”', missing: '部门' },
  ]);
});

test('a code reference that does not start with a code explains the accepted spellings', () => {
  assert.deepEqual(edited('功能科目: 2101502 一般行政管理事务', '功能科目: 一般行政管理事务'), [
    {
      path: ['项目', 0, '功能科目'],
      target: 'value',
      message:
        '“功能科目”应写作“编码 名称”，如“2101502 一般行政管理事务”“2101502-一般行政管理事务”' +
        '“[2101502]一般行政管理事务”或只写编码“2101502”，实际为“一般行政管理事务”',
    },
  ]);
  for (const spelling of [
    '2101502-一般行政管理事务',
    '"[2101502]一般行政管理事务"',
    '【2101502】一般行政管理事务',
  ]) {
    assert.deepEqual(edited('功能科目: 2101502 一般行政管理事务', `功能科目: ${spelling}`), [], spelling);
  }
});

test('indicator aliases, unknown indicator names and blank 二级指标 are left to their own rules', () => {
  const body = PROJECT.replace('成本指标:', '成本:')
    .replace('经济成本指标:', '经济成本:')
    .replace('效益指标:', '效果指标:')
    .replace('社会效益指标:', '环境效益指标:')
    .replace('数量指标:', '数量:\n          成本指标:\n          其他二级:\n            x: 1')
    .replace('        满意度指标:', '        其他指标:\n          随便: { 甲: 1 }\n        满意度指标:');
  assert.deepEqual(draft(body), []);
});

test('unquoted codes load as integers and are accepted; string amounts are left to amount-format', () => {
  const body =
    PROJECT.replace('功能科目: 2101502 一般行政管理事务', '功能科目: 2101502\n    编码: 12345').replace(
      '金额: 44.36',
      '金额: "1,751.54"',
    ) + '支出功能分类:\n  - { 科目: 208, 合计: "88.08" }\n';
  assert.deepEqual(draft(body, HEADER + '部门编码: 362\n'), []);
});

test('the config schema accepts RULES.md’s example and rejects unknown rules and bad values', () => {
  const example = `rules:                       # per-rule severity: error | warning | info | hint | off
  qualitative-only: off
satisfaction:
  minimum: 90                # percent
tolerance: exact             # exact | rounding
profile: 2021
`;
  assert.deepEqual(validateConfig(load(example)), []);
  assert.deepEqual(validateConfig(load('profile: "2015"\ntolerance: rounding\n')), []);
  const config = (text: string): SchemaIssue[] => validateConfig(load(text));
  assert.deepEqual(config('rules:\n  qualitative-onl: off\n'), [
    {
      path: ['rules', 'qualitative-onl'],
      target: 'key',
      message: '未知的键“qualitative-onl”，是否应为“qualitative-only”？',
      renames: ['qualitative-only'],
      renameUnique: true,
    },
  ]);
  assert.deepEqual(config('rules:\n  schema: fatal\n'), [
    {
      path: ['rules', 'schema'],
      target: 'value',
      message: '“schema”的值“fatal”不在允许范围内：error、warning、info、hint、off',
    },
  ]);
  assert.deepEqual(config('satisfaction:\n  minimum: 120\n'), [
    {
      path: ['satisfaction', 'minimum'],
      target: 'value',
      message: '“minimum”的值 120 超出范围：应不大于 100',
    },
  ]);
  assert.match(config('profile: 2020\n')[0].message, /^“profile”的值2020不在允许范围内：2021、2015/);
});

test('the config schema knows every rule of the engine, and no other', () => {
  assert.deepEqual(Object.keys(configSchema.properties.rules.properties).sort(), [...allRuleIds()].sort());
});
