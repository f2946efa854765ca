// The draft schema, written as code for readability: `node scripts/schema-source.mjs [out]` writes
// schemas/budget.schema.json (the file the extension contributes and ajv compiles).
import { writeFileSync } from 'node:fs';

const d = (description, extra = {}) => ({ description, ...extra });
const amount = (description) =>
  d(description, {
    anyOf: [{ type: 'number' }, { type: 'string', pattern: '^\\s*[+-]?[0-9][0-9,，]*(\\.[0-9]+)?\\s*$' }],
  });
const codeRef = (description) =>
  d(description, {
    anyOf: [
      { type: 'integer', minimum: 0 },
      {
        type: 'string',
        pattern: '^\\s*[\\[【［]?\\s*[A-Z]?[0-9]{3,}\\s*[\\]】］]?([\\s　]*[-－—:：]?[\\s　]*.*)?$',
      },
    ],
  });
const orgCode = (description) => d(description, { type: ['string', 'integer'] });
const text = (description, extra = {}) => d(description, { type: 'string', ...extra });
const obj = (description, properties, extra = {}) =>
  d(description, { type: 'object', properties, additionalProperties: false, ...extra });

const review = obj(
  '一条审核意见',
  {
    意见: text('审核意见内容'),
    审核人: text('审核人或审核科室'),
    日期: d('审核日期，如 2025-10-12', { type: ['string', 'integer'] }),
    状态: text('处理状态', { enum: ['待修改', '已修改', '已确认'] }),
    回复: d('编制人员的回复', { type: ['string', 'array'] }),
  },
  { required: ['意见'] },
);
const reviews = d('审核意见列表', { type: 'array', items: { $ref: '#/definitions/review' } });

const indicator = d('三级指标：指标值，或含指标值、依据等的映射', {
  anyOf: [
    { type: ['string', 'number', 'null'] },
    obj('带依据的指标', {
      指标值: d('指标值，如 ≥95%、≤44.36万元', { type: ['string', 'number'] }),
      依据: text('指标值确定依据'),
      前年: d('前年指标值', { type: ['string', 'number'] }),
      上年: d('上年指标值', { type: ['string', 'number'] }),
      审核意见: reviews,
    }),
  ],
});
const level2 = (description) =>
  d(description, {
    anyOf: [{ type: 'null' }, { type: 'object', additionalProperties: { $ref: '#/definitions/indicator' } }],
  });
const level1 = (description, twos) =>
  d(description, {
    anyOf: [
      { type: 'null' },
      {
        type: 'object',
        properties: Object.fromEntries(twos.map(([k, v]) => [k, level2(v)])),
        additionalProperties: level2('二级指标'),
      },
    ],
  });
const indicators = d('绩效指标：一级指标 → 二级指标 → 三级指标: 指标值', {
  type: 'object',
  properties: {
    成本指标: level1('成本指标：反映预期提供的公共产品或服务所产生的成本', [
      ['经济成本指标', '经济成本：实施项目所产生的直接经济成本'],
      ['社会成本指标', '社会成本：对社会发展、公共福利等造成的负面影响'],
      ['生态环境成本指标', '生态环境成本：对自然生态环境造成的负面影响'],
    ]),
    产出指标: level1('产出指标：反映预期提供的公共产品或服务', [
      ['数量指标', '数量指标：预期提供的公共产品或服务数量'],
      ['质量指标', '质量指标：预期提供的公共产品或服务达到的标准、水平和效果'],
      ['时效指标', '时效指标：预期提供公共产品或服务的及时程度和效率'],
    ]),
    效益指标: level1('效益指标：反映与既定绩效目标相关的、前期预算支出所达到的效果', [
      ['经济效益指标', '经济效益：对经济发展带来的影响和效果'],
      ['社会效益指标', '社会效益：对社会发展带来的影响和效果'],
      ['生态效益指标', '生态效益：对自然环境带来的影响和效果'],
      ['可持续影响指标', '可持续影响：项目后续运行及成效发挥的可持续影响'],
    ]),
    满意度指标: level1('满意度指标：反映服务对象或项目受益人的认可程度', [
      ['服务对象满意度指标', '服务对象满意度：服务对象对项目实施效果的满意程度'],
    ]),
  },
  additionalProperties: level1('一级指标', []),
});
const goals = obj('绩效目标', {
  总体目标: text('总体目标：项目实施后预期达到的产出和效果'),
  指标: { $ref: '#/definitions/indicators' },
  长期目标: obj('长期目标（中期绩效目标）', {
    说明: text('长期目标说明'),
    指标: { $ref: '#/definitions/indicators' },
  }),
  审核意见: reviews,
});

const FUND = [
  '一般公共预算',
  '政府性基金预算',
  '国有资本经营预算',
  '上年结转',
  '财政专户管理资金',
  '单位资金',
  '其他资金',
];
const INCOME = [
  '一般公共预算',
  '政府性基金预算',
  '国有资本经营预算',
  '财政专户管理资金',
  '事业收入',
  '事业单位经营收入',
  '上级补助收入',
  '附属单位上缴收入',
  '其他收入',
  '使用非财政拨款结余',
  '上年结转',
];

const project = obj(
  '一个项目（项目支出表 + 项目支出绩效目标表）',
  {
    名称: text('项目名称'),
    编码: orgCode('项目编码（文件内唯一）'),
    预算单位: orgCode('项目所属预算单位的编码或名称'),
    类别: text('项目类别', { enum: ['其他运转类', '特定目标类', '人员类', '公用经费类'] }),
    功能科目: codeRef('支出功能分类科目（7位项级）：编码 名称'),
    金额: amount('年度预算资金总额（金额单位）'),
    资金来源: d('资金来源及金额（默认全部为一般公共预算）', {
      type: 'object',
      properties: Object.fromEntries(FUND.map((k) => [k, amount(k)])),
      additionalProperties: false,
    }),
    总预算: amount('项目总预算，不小于金额'),
    期限: obj('项目期限', {
      起始年度: d('起始年度', { type: 'integer' }),
      终止年度: d('终止年度', { type: 'integer' }),
    }),
    项目属性: text('项目属性', { enum: ['持续性项目', '新增项目'] }),
    项目类型: text('项目类型', { enum: ['延续性项目', '常年性项目', '一次性项目'] }),
    上年预算: amount('上年预算数'),
    明细: d('项目支出明细测算', {
      type: 'array',
      items: obj('一条明细', {
        活动: text('项目活动'),
        内容: text('活动内容表述'),
        经济科目: codeRef('部门预算支出经济分类科目（5位款级）：编码 名称'),
        金额: amount('金额'),
        测算依据: d('测算依据（可写算式，如 (2000+1000)*12）', { type: ['string', 'number'] }),
        功能科目: codeRef('覆盖项目的功能科目'),
      }),
    }),
    采购: d('政府采购预算', {
      type: 'array',
      items: obj('一条政府采购', {
        品目: codeRef('政府采购品目：编码 名称'),
        数量: amount('数量'),
        计量单位: text('计量单位'),
        单价: amount('单价（金额单位）'),
        金额: amount('金额（金额单位）'),
      }),
    }),
    绩效目标: { $ref: '#/definitions/goals' },
    审核意见: reviews,
  },
  { required: ['名称', '金额'] },
);

const funcCols = {
  人员经费: amount('人员经费'),
  公用经费: amount('公用经费'),
  基本支出: amount('基本支出 = 人员经费 + 公用经费'),
  项目支出: amount('项目支出'),
  合计: amount('合计 = 基本支出 + 项目支出'),
};
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://jixiao.invalid/schemas/budget.schema.json',
  title: '部门预算草稿（格式: 部门预算/1）',
  type: 'object',
  definitions: { review, indicator, indicators, goals },
  properties: {
    格式: text('格式标识', { const: '部门预算/1' }),
    部门: text('部门名称'),
    部门编码: orgCode('部门编码（保留前导零，建议加引号）'),
    预算年度: d('预算年度，如 2026', { type: 'integer', minimum: 1990, maximum: 2100 }),
    金额单位: text('金额单位，默认万元', { enum: ['万元', '元'] }),
    预算单位: d('部门所属的预算单位（只有一个单位时可省略）', {
      type: 'array',
      items: obj('一个预算单位', {
        编码: orgCode('单位编码'),
        名称: text('单位名称'),
        性质: text('单位性质', { enum: ['行政单位', '参公事业单位', '事业单位'] }),
      }),
    }),
    收入: d('收入预算（按来源，省略的为0）', {
      type: 'object',
      properties: {
        ...Object.fromEntries(INCOME.map((k) => [k, amount(k)])),
        合计: amount('收入合计（断言）'),
      },
      additionalProperties: false,
    }),
    支出功能分类: d('按支出功能分类科目列示的支出（项为7位；类、款行为合计断言）', {
      type: 'array',
      items: obj(
        '一行',
        { 科目: codeRef('支出功能分类科目：编码 名称'), 预算单位: orgCode('预算单位'), ...funcCols },
        { required: ['科目'] },
      ),
    }),
    基本支出经济分类: d('一般公共预算基本支出（按部门预算支出经济分类）', {
      type: 'array',
      items: obj(
        '一行',
        {
          科目: codeRef('部门预算支出经济分类科目（款，5位；类行为合计断言）'),
          政府科目: codeRef('对应的政府预算支出经济分类科目'),
          预算单位: orgCode('预算单位'),
          人员经费: amount('人员经费'),
          公用经费: amount('公用经费'),
          合计: amount('合计'),
        },
        { required: ['科目'] },
      ),
    }),
    三公经费: obj('“三公”经费', {
      本年: { $ref: '#/definitions/sangong' },
      上年: { $ref: '#/definitions/sangong' },
    }),
    项目: d('项目支出及其绩效目标', { type: 'array', items: project }),
    整体绩效目标: obj('部门整体绩效目标', {
      年度履职目标: text('年度履职目标'),
      年度主要任务: d('年度主要任务', {
        type: 'array',
        items: obj('一项任务', { 任务: text('任务名称'), 内容: text('主要内容'), 金额: amount('预算金额') }),
      }),
      指标: d('整体绩效指标：一级 → 二级（自由填写）→ 三级', {
        type: 'object',
        additionalProperties: {
          anyOf: [{ type: 'null' }, { type: 'object', additionalProperties: level2('二级指标') }],
        },
      }),
      审核意见: reviews,
    }),
    审核意见: reviews,
  },
  required: ['部门', '预算年度'],
  additionalProperties: false,
};
schema.definitions.sangong = obj('三公经费（一年）', {
  因公出国境费: amount('因公出国（境）费'),
  公务用车购置费: amount('公务用车购置费'),
  公务用车运行维护费: amount('公务用车运行维护费'),
  公务用车购置及运行维护费: amount('公务用车购置及运行维护费（小计）'),
  公务接待费: amount('公务接待费'),
  合计: amount('合计（断言）'),
});

const out = process.argv[2] ?? new URL('../schemas/budget.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
