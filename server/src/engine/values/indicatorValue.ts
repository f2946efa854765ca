import Decimal from 'decimal.js';

/**
 * The grammar of 指标值 (FORMAT.md "Indicator values"): `[operator] number [unit]`, a list
 * (`50%/70%`), or a qualitative value. Numbers are Decimals read from the text.
 */
export type Operator = '<=' | '>=' | '<' | '>' | '=';
export type Category = 'money' | 'percent' | 'count' | 'rate' | 'plain';

export interface NumberValue {
  kind: 'number';
  operator: Operator;
  operatorExplicit: boolean;
  /** Offsets of the operator in the text. */
  operatorSpan?: [number, number];
  /** The number as written times 万/亿. */
  value: Decimal;
  /** The number's text as written (separators removed). */
  written: string;
  /** Normalised unit: `万元`, `元`, `%`, `人次`, `元/人` …; '' when none. */
  unit: string;
  category: Category;
  /** Money only: the amount in 万元. */
  moneyWan?: Decimal;
  /** Rate with a money numerator: 万元 per denominator. */
  rateNumeratorWan?: Decimal;
  rateDenominator?: string;
  /** Offsets of number and unit in the text. */
  span: [number, number];
}

export type IndicatorValue =
  | NumberValue
  | { kind: 'qualitative'; text: string }
  | { kind: 'list'; items: NumberValue[] }
  | { kind: 'invalid'; message: string; column: number };

const OPERATORS: [string, Operator][] = [
  ['小于等于', '<='],
  ['大于等于', '>='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['小于', '<'],
  ['大于', '>'],
  ['<=', '<='],
  ['>=', '>='],
  ['≤', '<='],
  ['≦', '<='],
  ['≥', '>='],
  ['≧', '>='],
  ['＜', '<'],
  ['＞', '>'],
  ['<', '<'],
  ['>', '>'],
  ['＝', '='],
  ['=', '='],
];

/** Suffixes that act as operators: `95%以上` = ≥95%, `10万元以内` = ≤10万元. */
const SUFFIX_OPERATORS: [RegExp, Operator][] = [
  [/(及以上|以上)$/, '>='],
  [/(及以下|以下|以内|之内)$/, '<='],
];

const MONEY_UNITS: Record<string, Decimal> = {
  元: new Decimal('0.0001'),
  千元: new Decimal('0.1'),
  万元: new Decimal(1),
  亿元: new Decimal(10000),
};

const NUMBER = /^[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?/;

function halfWidth(s: string): string {
  return s.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Characters a unit may hold: CJK words, `/`, `·`, `%`, letters such as `m²`. */
const UNIT = /^[\u4e00-\u9fa5A-Za-z%％²³·/／]*$/;

/** Words that make a trailing "unit" a qualitative phrase instead (`1年内完成`). */
const NOT_UNIT = /(完成|以前|之前|前|底|内|后|左右|达到|提高|降低|保持|确保|有效|显著)/;

function parseOperator(text: string, at: number): { op: Operator; end: number } | undefined {
  for (const [spelling, op] of OPERATORS)
    if (text.startsWith(spelling, at)) return { op, end: at + spelling.length };
  return undefined;
}

function parseOne(
  text: string,
  start: number,
  opts: { cost?: boolean },
  sharedUnit?: string,
): NumberValue | string {
  let i = start;
  while (text[i] === ' ') i++;
  let operator: Operator = '=';
  let operatorExplicit = false;
  let operatorSpan: [number, number] | undefined;
  const op = parseOperator(text, i);
  if (op) {
    operator = op.op;
    operatorExplicit = true;
    operatorSpan = [i, op.end];
    i = op.end;
    while (text[i] === ' ') i++;
  }
  const m = NUMBER.exec(text.slice(i));
  // `≥良好` is a qualitative target with a comparison; `≥abc` or a bare `≥` is unreadable.
  if (!m) return operatorExplicit && !/^[\u4e00-\u9fa5]/.test(text.slice(i)) ? '运算符后缺少数字' : '';
  const numStart = i;
  const written = halfWidth(m[0]).replace(/,/g, '');
  i += m[0].length;
  let rest = text.slice(i).trim();
  for (const [re, sop] of SUFFIX_OPERATORS) {
    if (re.test(rest) && !operatorExplicit) {
      operator = sop;
      operatorExplicit = true;
      operatorSpan = [text.length - (re.exec(rest)?.[0].length ?? 0), text.length];
      rest = rest.replace(re, '');
    }
  }
  if (!rest && sharedUnit) rest = sharedUnit;
  let value = new Decimal(written);
  let unit = rest.replace(/％/g, '%').replace(/／/g, '/');
  if (unit && (!UNIT.test(unit) || NOT_UNIT.test(unit))) return '';
  let multiplier = new Decimal(1);
  if (unit.startsWith('亿') && unit !== '亿元' && !unit.startsWith('亿元/')) {
    multiplier = new Decimal(100000000);
    unit = unit.slice(1);
  } else if (unit.startsWith('万') && !unit.startsWith('万元')) {
    if (unit === '万' && opts.cost) unit = '万元';
    else {
      multiplier = new Decimal(10000);
      unit = unit.slice(1);
    }
  }
  value = value.times(multiplier);
  const base: NumberValue = {
    kind: 'number',
    operator,
    operatorExplicit,
    operatorSpan,
    value,
    written,
    unit,
    category: 'plain',
    span: [numStart, text.trimEnd().length],
  };
  if (unit === '%' || unit === '百分点') base.category = 'percent';
  else if (MONEY_UNITS[unit]) {
    base.category = 'money';
    base.moneyWan = value.times(MONEY_UNITS[unit]);
  } else if (unit.includes('/')) {
    base.category = 'rate';
    const [num, ...den] = unit.split('/');
    base.rateDenominator = den.join('/');
    if (MONEY_UNITS[num]) base.rateNumeratorWan = value.times(MONEY_UNITS[num]);
  } else if (unit) base.category = 'count';
  return base;
}

export function parseIndicatorValue(raw: string, opts: { cost?: boolean } = {}): IndicatorValue {
  const text = raw.trim();
  if (!text) return { kind: 'invalid', message: '指标值为空', column: 0 };
  // A list: numbers separated by `/` where every part starts with a digit (`50%/70%`, `0/5000元`).
  const parts = text.split(/[/／](?=\s*[0-9０-９≤≥<>＜＞])/);
  if (parts.length > 1 && parts.every((p) => /^\s*[≤≥<>＜＞=]?\s*[0-9０-９]/.test(p))) {
    const lastParsed = parseOne(parts[parts.length - 1], 0, opts);
    // A unit written once at the end applies to every element (`50/70%`).
    const shared = typeof lastParsed === 'object' ? lastParsed.unit : undefined;
    const items: NumberValue[] = [];
    let offset = 0;
    for (const p of parts) {
      const one = parseOne(text.slice(0, offset + p.length), offset, opts, shared);
      if (typeof one !== 'object') return { kind: 'qualitative', text };
      items.push(one);
      offset += p.length + 1;
    }
    return { kind: 'list', items };
  }
  const one = parseOne(text, 0, opts);
  if (typeof one === 'object') return one;
  if (one) {
    const col = raw.indexOf(text);
    return { kind: 'invalid', message: `指标值“${text}”无法读取：${one}`, column: col };
  }
  // An operator followed by words (`≥良好`) is qualitative; an operator alone is invalid.
  const op = parseOperator(text, 0);
  if (op && op.end === text.length)
    return { kind: 'invalid', message: `指标值“${text}”只有运算符，缺少数值`, column: 0 };
  return { kind: 'qualitative', text };
}

/** Rates where lower is better: never expected to be bounded from below. */
const LOW_IS_GOOD =
  /(差错|投诉|事故|失误|发生|超支|偏差|逾期|违规|空置|流失|误差|退回|拒付|重复|异常|错误|损失|不合格|返贫)率/;

/** Names of rates that should be bounded from below (higher is better). */
export function isRateName(name: string): boolean {
  if (LOW_IS_GOOD.test(name)) return false;
  return /(合格率|完成率|及时率|覆盖率|达标率|知晓率|满意度|满意率|使用率|参保率|到位率|执行率|准确率|利用率|受益率|结算率|办结率|处置率|核查率|支付率|兑现率|发放率|通过率|普及率|落实率|正确率|运行率|稳定率|完好率|合规率|审核率|录入率)/.test(
    name,
  );
}

export function isPercentName(name: string): boolean {
  return /(率|比例|占比|满意度)/.test(name) && !/(增长|增幅|提高|下降|降低)/.test(name);
}

/** The 三级 names that mark a project's total cost. */
export function isTotalCostName(name: string): boolean {
  return /(总成本|成本控制数|总额|总金额|项目总成本|成本总额|总投入|预算总额)/.test(name);
}
