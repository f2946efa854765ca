import Decimal from 'decimal.js';

/**
 * Figures in Chinese budget prose: a number with its unit, where it stands in the text, and how
 * precisely it is written (the interval it stands for). Money is kept in 万元 (`10,000元` is 1万元),
 * percentages in percent, counts as written, years apart. A number with no unit is not a figure:
 * the prose never states an amount without one, and list numbers (`1.`, `（一）`) have none.
 */
export type FigureKind = 'money' | 'percent' | 'count' | 'year';

export interface Figure {
  kind: FigureKind;
  /** Money in 万元; percent in percent; counts and years as written. */
  value: Decimal;
  /** Half the last written digit's place, in the figure's own unit (万元 for money): `57.8万元` → 0.05. */
  half: Decimal;
  /** The unit as written: 元, 万元, 亿元, 万 (money in a 万元 context), %, 辆, 个, 台（套）, 人, 年 … */
  unit: string;
  /** Digits as written, separators removed (`1751.54`). */
  digits: string;
  /** Offsets of the number and its unit in the text. */
  start: number;
  end: number;
  /** The figure as it stands in the text (`1,751.54万元`). */
  written: string;
}

const MONEY_IN_WAN: Record<string, Decimal> = {
  元: new Decimal('0.0001'),
  千元: new Decimal('0.1'),
  万元: new Decimal(1),
  万: new Decimal(1),
  百万元: new Decimal(100),
  千万元: new Decimal(1000),
  亿元: new Decimal(10000),
  亿: new Decimal(10000),
};
const COUNT_UNITS = [
  '台（套）',
  '台(套)',
  '台（件、套）',
  '台（件，套）',
  '个百分点',
  '人次',
  '家次',
  '场次',
  '辆',
  '个',
  '台',
  '套',
  '件',
  '人',
  '家',
  '场',
  '次',
  '项',
  '份',
  '户',
  '册',
  '批',
  '所',
  '名',
  '期',
];
const UNIT_ALTERNATION = [
  '千万元',
  '百万元',
  '亿元',
  '万元',
  '千元',
  '元',
  '%',
  '％',
  ...COUNT_UNITS.map((u) => u.replace(/[()（）]/g, (c) => `\\${c}`)),
  '万',
  '亿',
  '年',
].join('|');
/**
 * ASCII `,` and `，` between digit groups of three are thousands separators in published prose
 * (`1,751.54`, and PDFs often print `9，628.22`); anything else ends the number.
 */
const FIGURE = new RegExp(
  `(?<![0-9.,，])([0-9]{1,3}(?:[,，][0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)(\\s*)(${UNIT_ALTERNATION})`,
  'g',
);
/** After a bare 万/亿, a counted thing: `10万份` is a count, not money. */
const COUNTED_AFTER = /^(人|份|次|户|家|册|件|个|元|名|张|条|平方|亩|吨|公里|千瓦)/;

export function readFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const digits = m[1].replace(/[,，]/g, '');
    // A date (`2025.1.1`, `2025-12-31`) or a version number is not a figure.
    if (/^[.\-/][0-9]/.test(text.slice(start + m[1].length))) continue;
    let unit = m[3];
    const value = new Decimal(digits);
    const places = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    const halfRaw = new Decimal(5).times(new Decimal(10).pow(-(places + 1)));
    let kind: FigureKind;
    let v = value;
    let half = halfRaw;
    if (unit === '年') {
      // Only a four-digit year; `3年` (a duration) is a count.
      if (/^(19|20)\d\d$/.test(digits)) kind = 'year';
      else kind = 'count';
    } else if (unit === '%' || unit === '％') {
      kind = 'percent';
      unit = '%';
    } else if (unit in MONEY_IN_WAN) {
      if ((unit === '万' || unit === '亿') && COUNTED_AFTER.test(text.slice(end))) continue;
      kind = 'money';
      v = value.times(MONEY_IN_WAN[unit]);
      half = halfRaw.times(MONEY_IN_WAN[unit]);
    } else {
      kind = 'count';
    }
    // A count of whole things is exact: `0辆` is no vehicle, not 0 ± 0.5.
    if (kind === 'count' && places === 0) half = new Decimal(0);
    out.push({ kind, value: v, half, unit, digits, start, end, written: text.slice(start, end) });
  }
  return out;
}

/** The interval a figure stands for: `57.8` is 57.75–57.85. */
export function interval(f: Pick<Figure, 'value' | 'half'>): [Decimal, Decimal] {
  return [f.value.minus(f.half), f.value.plus(f.half)];
}

/**
 * The interval of a stated percentage's magnitude, for both its rounding and its truncation
 * (`93.51%` is 93.505–93.52), as RULES.md "Prose" asks.
 */
export function percentInterval(f: Pick<Figure, 'value' | 'half'>): [Decimal, Decimal] {
  return [f.value.minus(f.half), f.value.plus(f.half.times(2))];
}

/** Whether an exact value lies in a stated figure's interval. */
export function holds(f: Pick<Figure, 'value' | 'half'>, exact: Decimal): boolean {
  const [lo, hi] = interval(f);
  return exact.gte(lo) && exact.lte(hi);
}
