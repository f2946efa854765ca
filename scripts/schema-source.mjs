// The draft schema, written as code for readability: `node scripts/schema-source.mjs [out]` writes
// schemas/budget.schema.json (the file the extension contributes and ajv compiles). Descriptions are
// what a budget officer sees as completion documentation, so they use the words of the published tables.
import { writeFileSync } from 'node:fs';

const d = (description, extra = {}) => ({ description, ...extra });
// An amount that arrives as a string ("1,751.54") is the amount-format rule's to report, with a fix;
// the schema only rejects strings that are not numbers at all.
const amount = (description) =>
  d(description, {
    anyOf: [{ type: 'number' }, { type: 'string', pattern: '^\\s*[+-]?[0-9][0-9,，]*(\\.[0-9]+)?\\s*$' }],
  });
// Unquoted codes load as integers; quoted ones may carry a name in any of FORMAT.md's spellings.
// Only the leading code is checked here: its length and name are code-unknown's and code-name-conflict's.
const codeRef = (description, example) =>
  d(description, {
    examples: [example],
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
    意见: text('审核意见的内容'),
    审核人: text('提出意见的审核人或科室，如 财政局预算科'),
    日期: text('提出意见的日期，如 2025-10-12'),
    状态: text('处理状态：待修改、已修改或已确认', { enum: ['待修改', '已修改', '已确认'] }),
  },
  { required: ['意见'] },
);
const reviews = d('审核意见：财政或主管部门审核时留下的意见', {
  type: 'array',
  items: { $ref: '#/definitions/review' },
});

// A blank value is indicator-value-invalid's to report, so null passes here.
const indicator = d('三级指标：直接写指标值，或写成含指标值、依据的映射', {
  anyOf: [
    { type: ['string', 'number', 'null'] },
    obj('带确定依据的三级指标', {
      指标值: d('指标值，如 ≥95%、≤44.36万元、有所减轻', { type: ['string', 'number', 'null'] }),
      依据: d('指标值确定依据，如 历年资助人数', { type: ['string', 'number'] }),
      前年: d('前年实际完成值', { type: ['string', 'number', 'null'] }),
      上年: d('上年实际完成值', { type: ['string', 'number', 'null'] }),
      审核意见: reviews,
    }),
  ],
});
// A 二级指标 left blank is level2-empty's to report; names outside the catalog are level2-invalid's.
const level2 = (description) =>
  d(description, {
    anyOf: [{ type: 'null' }, { type: 'object', additionalProperties: { $ref: '#/definitions/indicator' } }],
  });
// Aliases (成本, 效果指标 …) and unknown 一级/二级 names stay open: level1-unknown and level2-invalid
// say what is wrong better than "unknown key" could. The listed names are there for completion.
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
      ['经济成本指标', '经济成本指标：实施项目直接产生的经济成本，如 总成本 ≤44.36万元'],
      ['社会成本指标', '社会成本指标：实施项目对社会发展、公共福利等方面可能造成的负面影响'],
      ['生态环境成本指标', '生态环境成本指标：实施项目对自然生态环境可能造成的负面影响'],
    ]),
    产出指标: level1('产出指标：反映预期提供的公共产品或服务情况', [
      ['数量指标', '数量指标：预期提供的公共产品或服务数量，如 宣传场次 ≥2场次'],
      ['质量指标', '质量指标：预期提供的公共产品或服务达到的标准和水平，如 核查处置率 100%'],
      ['时效指标', '时效指标：预期提供公共产品或服务的及时程度和效率，如 处置及时率 ≥95%'],
    ]),
    效益指标: level1('效益指标：反映预期实现的效益，也写作“效果指标”', [
      ['经济效益指标', '经济效益指标：对经济发展带来的影响和效果'],
      ['社会效益指标', '社会效益指标：对社会发展带来的影响和效果，如 看病就医负担有所减轻'],
      ['生态效益指标', '生态效益指标：对自然生态环境带来的影响和效果，也写作“环境效益指标”'],
      ['可持续影响指标', '可持续影响指标：项目后续运行及成效发挥的可持续影响'],
    ]),
    满意度指标: level1('满意度指标：反映服务对象或项目受益人的认可程度', [
      ['服务对象满意度指标', '服务对象满意度指标：服务对象对项目实施效果的满意程度，如 ≥90%'],
    ]),
  },
  additionalProperties: level1('一级指标', []),
});
const goals = obj('项目支出绩效目标表', {
  总体目标: text('总体目标：项目实施后年度内预期达到的产出和效果'),
  指标: { $ref: '#/definitions/indicators' },
  长期目标: obj('长期目标（中期绩效目标）：与年度绩效目标同样写说明和指标', {
    说明: text('长期目标的文字说明'),
    指标: { $ref: '#/definitions/indicators' },
  }),
});
const overallLevel1 = (description) =>
  d(description, {
    anyOf: [{ type: 'null' }, { type: 'object', additionalProperties: level2('二级指标（自由填写）') }],
  });

const FUND = {
  一般公共预算: '一般公共预算拨款',
  政府性基金预算: '政府性基金预算拨款',
  国有资本经营预算: '国有资本经营预算拨款',
  上年结转: '上年财政拨款结转',
  财政专户管理资金: '财政专户管理资金',
  单位资金: '单位自有资金（事业收入、经营收入等）',
  其他资金: '其他资金',
};
const INCOME = {
  一般公共预算: '一般公共预算拨款收入',
  政府性基金预算: '政府性基金预算拨款收入',
  国有资本经营预算: '国有资本经营预算拨款收入',
  财政专户管理资金: '财政专户管理资金收入',
  事业收入: '事业收入',
  事业单位经营收入: '事业单位经营收入',
  上级补助收入: '上级补助收入',
  附属单位上缴收入: '附属单位上缴收入',
  其他收入: '其他收入',
  使用非财政拨款结余: '使用非财政拨款结余',
  上年结转: '上年结转结余',
};
// 说明: the published prose, heading → text in the order printed. Headings are free text, so any key
// is allowed; the value is one string (block scalars `|` keep line breaks).
const prose = (description) =>
  d(description, {
    type: 'object',
    additionalProperties: d('一段说明：标题 → 正文（原样照录，可用 | 保留换行）', {
      type: ['string', 'number'],
    }),
  });
const count = (description) => d(description, { type: 'integer', minimum: 0 });

const amounts = (names) => Object.fromEntries(Object.entries(names).map(([k, v]) => [k, amount(v)]));

const project = obj(
  '一个项目：项目支出表的一行，连同它的明细和绩效目标表',
  {
    名称: text('项目名称'),
    编码: orgCode('项目编码，如 42010726202T000000102（文件内唯一）'),
    预算单位: orgCode('项目所属预算单位的编码或名称（部门只有一个单位时可省略）'),
    类别: text('项目类别：其他运转类、特定目标类、人员类或公用经费类', {
      enum: ['其他运转类', '特定目标类', '人员类', '公用经费类'],
    }),
    功能科目: codeRef('支出功能分类科目（7位项级），写作“编码 名称”', '2101502 一般行政管理事务'),
    金额: amount('年度预算资金总额（项目当年预算），按文件的金额单位'),
    资金来源: d('资金来源及金额，省略时全部视为一般公共预算', {
      type: 'object',
      properties: amounts(FUND),
      additionalProperties: false,
    }),
    总预算: amount('项目总预算（跨年项目的全部预算），不小于当年金额'),
    期限: obj('项目期限', {
      起始年度: d('项目起始年度，如 2026', { type: 'integer' }),
      终止年度: d('项目终止年度，如 2026', { type: 'integer' }),
    }),
    项目属性: text('项目属性：持续性项目或新增项目', { enum: ['持续性项目', '新增项目'] }),
    项目类型: text('项目类型：延续性项目、常年性项目或一次性项目', {
      enum: ['延续性项目', '常年性项目', '一次性项目'],
    }),
    上年预算: amount('上年预算数'),
    明细: d('项目支出明细测算：每行一项活动内容及其金额', {
      type: 'array',
      items: obj('一行明细测算', {
        活动: text('项目活动'),
        内容: text('活动内容表述'),
        经济科目: codeRef('部门预算支出经济分类科目（5位款级），写作“编码 名称”', '30199 其他工资福利支出'),
        金额: amount('本行金额'),
        测算依据: d('测算依据，可写算式，如 (2000+1000)*12 或 30人*6万元/人/年', {
          type: ['string', 'number'],
        }),
        功能科目: codeRef('本行的支出功能分类科目（与项目不同时填写）', '2101502 一般行政管理事务'),
      }),
    }),
    采购: d('政府采购预算', {
      type: 'array',
      items: obj('一行政府采购', {
        品目: codeRef('政府采购品目，写作“编码 名称”', 'A05040101 复印纸'),
        数量: amount('采购数量'),
        计量单位: text('计量单位，如 批、台、项'),
        单价: amount('单价（按文件的金额单位）'),
        金额: amount('采购金额（按文件的金额单位）'),
      }),
    }),
    说明: prose('项目经费情况说明：标题 → 正文，如 项目概述、实施周期、年度预算安排'),
    绩效目标: { $ref: '#/definitions/goals' },
    审核意见: reviews,
  },
  { required: ['名称', '金额'] },
);

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://jixiao.invalid/schemas/budget.schema.json',
  title: '部门预算草稿（格式: 部门预算/1）',
  type: 'object',
  definitions: { review, indicator, indicators, goals },
  properties: {
    格式: text('格式标识，固定写“部门预算/1”', { const: '部门预算/1' }),
    部门: text('部门（主管部门）名称'),
    部门编码: orgCode('部门编码，如 "362"（加引号以保留前导零）'),
    预算年度: d('预算年度，如 2026', { type: 'integer', minimum: 1990, maximum: 2100 }),
    类型: text('公开的是部门预算（默认）还是单位预算', { enum: ['部门预算', '单位预算'] }),
    金额单位: text('全文金额的单位：万元（默认）或元', { enum: ['万元', '元'] }),
    预算单位: d('部门所属的预算单位（部门只有一个单位时可省略）', {
      type: 'array',
      items: obj('一个预算单位', {
        编码: orgCode('单位编码，如 "362001"'),
        名称: text('单位名称'),
        性质: text('单位性质：行政单位、参公事业单位或事业单位', {
          enum: ['行政单位', '参公事业单位', '事业单位'],
        }),
      }),
    }),
    收入: d('收入预算（收入总表），按来源列示，省略的来源为0', {
      type: 'object',
      properties: { ...amounts(INCOME), 合计: amount('收入合计（填写时校验）') },
      additionalProperties: false,
    }),
    支出功能分类: d('按支出功能分类科目列示的支出（支出总表）：项为7位，类、款行可选，填写时校验合计', {
      type: 'array',
      items: obj(
        '支出功能分类的一行',
        {
          科目: codeRef('支出功能分类科目，写作“编码 名称”', '2101501 行政运行'),
          预算单位: orgCode('本行所属预算单位'),
          人员经费: amount('基本支出中的人员经费'),
          公用经费: amount('基本支出中的公用经费'),
          基本支出: amount('基本支出 = 人员经费 + 公用经费（填写时校验）'),
          项目支出: amount('项目支出（填写时与该科目下的项目核对）'),
          合计: amount('合计 = 基本支出 + 项目支出（填写时校验）'),
        },
        { required: ['科目'] },
      ),
    }),
    基本支出经济分类: d('一般公共预算基本支出情况表：按部门预算支出经济分类列示', {
      type: 'array',
      items: obj(
        '基本支出经济分类的一行',
        {
          科目: codeRef('部门预算支出经济分类科目（款，5位；类行3位可选，填写时校验合计）', '30101 基本工资'),
          政府科目: codeRef('对应的政府预算支出经济分类科目', '50101 工资奖金津补贴'),
          预算单位: orgCode('本行所属预算单位'),
          人员经费: amount('人员经费'),
          公用经费: amount('公用经费'),
          合计: amount('合计 = 人员经费 + 公用经费（填写时校验）'),
        },
        { required: ['科目'] },
      ),
    }),
    三公经费: obj('“三公”经费支出预算', {
      本年: { $ref: '#/definitions/sangong' },
      上年: { $ref: '#/definitions/sangong' },
    }),
    机关运行经费: obj('机关运行经费：行政单位（含参公事业单位）运行用于购买货物和服务的各项资金', {
      本年: amount('本年机关运行经费预算'),
      上年: amount('上年机关运行经费预算'),
    }),
    政府采购: obj('政府采购预算', {
      合计: amount('政府采购预算合计 = 货物 + 工程 + 服务（填写时校验）'),
      货物: amount('政府采购货物预算'),
      工程: amount('政府采购工程预算'),
      服务: amount('政府采购服务预算'),
      中小企业预留: amount('面向中小企业预留的采购金额（不超过合计）'),
      其中小微企业: amount('其中面向小微企业预留的金额（不超过中小企业预留）'),
    }),
    国有资产: obj('国有资产占有使用情况', {
      车辆: d('车辆数：合计与各类车辆（如 执法执勤用车、应急保障用车），合计填写时校验', {
        type: 'object',
        properties: { 合计: count('车辆合计（辆）') },
        additionalProperties: count('该类车辆数（辆）'),
      }),
      单价100万元以上设备: count('单位价值100万元以上的设备（台、套）'),
    }),
    项目: d('项目支出及其绩效目标', { type: 'array', items: project }),
    整体绩效目标: obj('部门整体绩效目标表', {
      年度履职目标: text('部门年度履职目标'),
      年度主要任务: d('年度主要任务', {
        type: 'array',
        items: obj('一项年度主要任务', {
          任务: text('任务名称'),
          内容: text('主要内容'),
          金额: amount('对应的预算金额'),
        }),
      }),
      指标: d('整体绩效指标：一级指标 → 二级指标（自由填写）→ 三级指标: 指标值', {
        type: 'object',
        properties: {
          投入管理指标: overallLevel1('投入管理指标：预算编制、执行和财务管理情况（也可写作成本指标）'),
          成本指标: overallLevel1('成本指标：履职所需的成本'),
          产出指标: overallLevel1('产出指标：重点工作任务的完成情况'),
          效益指标: overallLevel1('效益指标：履职带来的经济、社会、生态效益'),
          满意度指标: overallLevel1('满意度指标：服务对象对部门履职的满意程度'),
        },
        additionalProperties: overallLevel1('一级指标'),
      }),
      审核意见: reviews,
    }),
    说明: prose('公开的文字说明：标题 → 正文，按印出的顺序，如 部门预算编制说明、三公经费、政府采购情况'),
    审核意见: reviews,
  },
  required: ['部门', '预算年度'],
  additionalProperties: false,
};
schema.definitions.sangong = obj('一年的“三公”经费，省略的项为0', {
  因公出国境费: amount('因公出国（境）费'),
  公务用车购置费: amount('公务用车购置费'),
  公务用车运行维护费: amount('公务用车运行维护费'),
  公务用车购置及运行维护费: amount('公务用车购置及运行维护费（小计，填写时校验）'),
  公务接待费: amount('公务接待费'),
  合计: amount('“三公”经费合计（填写时校验）'),
});

const out = process.argv[2] ?? new URL('../schemas/budget.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
