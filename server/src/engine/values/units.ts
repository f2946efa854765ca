import Decimal from 'decimal.js';

export type Category = 'money' | 'percent' | 'count' | 'rate' | 'plain';

/** Money units and what one of them is in 万元. */
export const MONEY_IN_WAN: Readonly<Record<string, Decimal>> = {
  元: new Decimal('0.0001'),
  千元: new Decimal('0.1'),
  万元: new Decimal(1),
  百万元: new Decimal(100),
  千万元: new Decimal(1000),
  亿元: new Decimal(10000),
};

const MULTIPLIERS: Readonly<Record<string, Decimal>> = { 万: new Decimal(10000), 亿: new Decimal(100000000) };

// 百分比: the unit some 预算一体化 systems print for a percentage (`=99百分比`, 甘肃 2023).
const PERCENT_UNITS = new Set(['%', '‰', '百分点', '个百分点', '百分比']);

/** Units of more than three characters, or with characters that also occur in prose. */
const UNIT_WORDS = new Set([
  '个百分点',
  '百分点',
  '个工作日',
  '工作日',
  '平方公里',
  '平方米',
  '立方米',
  '千瓦时',
  '小时',
  '分钟',
  '学时',
  '学期',
  '周岁',
  '车次',
  '床日',
  '标准间',
]);

/**
 * Characters a unit is made of: classifiers and measures (人 次 家 个 场 …). A word of up to three of
 * them is a unit (`人次`, `家次`, `个月`); one with any other character (`年底前`, `场次完成`, `次培训`)
 * is prose, which makes the value qualitative: the checker does not guess at a number inside a
 * sentence.
 */
const UNIT_CHARS = new Set(
  (
    '人次家个场份批台件套天日月年周季度时分秒户项所张篇册本箱盒瓶袋包支只头匹条根棵株块片粒颗枚辆架艘座栋' +
    '幢层间床把组队班期届轮课节门章页卷部集幅首盏口眼处点站校村镇街社区县网路段宗笔单例起名位元万亿千百' +
    '米里尺寸亩顷吨斤克升方平立公瓦伏安兆码字针剂趟遍回番级星岗类种样倍员车'
  ).split(''),
);

const PERIODS = new Set([
  '年',
  '年度',
  '半年',
  '季',
  '季度',
  '月',
  '个月',
  '周',
  '日',
  '天',
  '小时',
  '时',
  '分钟',
]);

function isAtom(atom: string): boolean {
  if (!atom) return false;
  if (/^[A-Za-z]+[²³]?$/.test(atom)) return true;
  if (UNIT_WORDS.has(atom) || MONEY_IN_WAN[atom]) return true;
  return atom.length <= 3 && [...atom].every((c) => UNIT_CHARS.has(c));
}

export interface UnitReading {
  /** Normalised unit text (`·` for the middle-dot variants), '' when none. */
  unit: string;
  /** 万 or 亿 written in front of a non-money unit (`10万份`), else 1. */
  multiplier: Decimal;
}

/**
 * A unit as written after a number, or undefined when the text is not a unit. A bare 万/亿 on a
 * cost indicator is money (`≥18万` is 18 万元): a 成本指标 counts nothing but money.
 */
export function readUnit(written: string, cost: boolean): UnitReading | undefined {
  let u = written.replace(/[•・]/g, '·');
  const one = new Decimal(1);
  if (!u) return { unit: '', multiplier: one };
  if (PERCENT_UNITS.has(u)) return { unit: u, multiplier: one };
  let multiplier = one;
  const m = MULTIPLIERS[u[0]];
  if (m && !MONEY_IN_WAN[u.split('/')[0]]) {
    const rest = u.slice(1);
    if (cost && (rest === '' || rest.startsWith('/'))) u = `${u[0]}元${rest}`;
    else {
      multiplier = m;
      u = rest;
      if (!u) return { unit: '', multiplier };
    }
  }
  const parts = u.split('/');
  for (const part of parts) for (const atom of part.split('·')) if (!isAtom(atom)) return undefined;
  return { unit: u, multiplier };
}

export interface UnitClass {
  category: Category;
  /** Money: one unit in 万元; rate with a money numerator: one numerator unit in 万元. */
  wanPerUnit?: Decimal;
  /** Rate: the denominator, counted thing first and periods after (`元/年/人` → `人/年`). */
  denominator?: string;
}

export function classifyUnit(unit: string): UnitClass {
  if (!unit) return { category: 'plain' };
  if (PERCENT_UNITS.has(unit)) return { category: 'percent' };
  if (MONEY_IN_WAN[unit]) return { category: 'money', wanPerUnit: MONEY_IN_WAN[unit] };
  if (unit.includes('/')) {
    const [numerator, ...rest] = unit.split('/');
    // Rules match a denominator's first atom against 数量指标 units, so `元/年/人` must lead with 人.
    const atoms = rest.flatMap((p) => p.split('·'));
    const ordered = [...atoms.filter((a) => !PERIODS.has(a)), ...atoms.filter((a) => PERIODS.has(a))];
    return { category: 'rate', wanPerUnit: MONEY_IN_WAN[numerator], denominator: ordered.join('/') };
  }
  return { category: 'count' };
}

/** A classifier or measure character: `万` before one (`10万人`) multiplies a count, not money. */
export function isUnitChar(c: string | undefined): boolean {
  return c !== undefined && UNIT_CHARS.has(c) && c !== '元';
}

/** Characters that may make up a unit run after a number (the run is then validated by readUnit). */
export function isUnitRunChar(c: string): boolean {
  return /[\u3400-\u9fffA-Za-z²³/·•・]/.test(c);
}
