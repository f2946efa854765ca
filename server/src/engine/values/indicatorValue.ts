import Decimal from 'decimal.js';
import {
  badSeparatorAt,
  isCjk,
  isDigit,
  isSpace,
  MAX_DIGITS,
  normalise,
  readNumber,
  tooManyDigits,
} from './numbers';
import {
  compatible,
  isSymbolOperator,
  leadInAt,
  strongAt,
  suffixAt,
  suffixAtEnd,
  type Operator,
  type OperatorMatch,
} from './operators';
import { classifyUnit, isUnitRunChar, readUnit, type Category } from './units';

export type { Operator } from './operators';
export type { Category } from './units';
export { isPercentName, isPerUnitName, isRateName, isTotalCostName } from './names';

/**
 * The grammar of 指标值 (FORMAT.md "Indicator values"):
 *
 *   value := [label] [lead-in] [operator] number [unit] [suffix]  |  number-value "/" number-value …
 *
 * - operator: `≤ ≥ < > =`, `<= >= ＜ ＞ ≦ ≧ ＝ ≈ ~`, 小于等于, 不低于, 不超过, 至少, 超过 … (operators.ts).
 * - lead-in: 达到 (≥), 控制在 (≤), 最高 (≤), 约/为/在 (=): weak words a suffix may override.
 * - suffix: 以上/及以上 (≥), 以下/以内/内 (≤), 左右 (=).
 * - label: words before an operator or lead-in (`完成率达到95%`, `满意度≥95%`) are skipped, unless they
 *   change what the figure means (较上年, 提高, 增长, 每, 人均 …), in which case the value is qualitative.
 *   Words with no operator after them (`全年培训5次`) also make the value qualitative: without an
 *   operator the figure is part of a sentence, and reading it would be a guess.
 * - number: digits, `,`/`，` thousands separators, decimals, full-width forms, a sign.
 * - unit: `%`, money (元 万元 亿元 千元 …), counts, rates (`元/人/年`); `万`/`亿` before a non-money unit
 *   multiply (`10万份` is 100000 份).
 *
 * Dates and deadlines (`12月31日前`, `2026年底前`, `2026-12-31`), ranges (`90%-95%`) and calendar
 * years (`2026年`) are qualitative; a duration (`1年`, `3个工作日内`) is a number.
 *
 * All offsets are UTF-16 offsets into the text as passed in (full-width forms map one for one).
 */
export interface NumberValue {
  kind: 'number';
  operator: Operator;
  /** An operator, lead-in or suffix was written; false for a bare number (read as `=`). */
  operatorExplicit: boolean;
  /** Offsets of the word or symbol that decided the operator (from a lead-in's start when one leads). */
  operatorSpan?: [number, number];
  /** The number as written times 万/亿. */
  value: Decimal;
  /** The number's digits: ASCII, separators removed, sign kept, multiplier not applied. */
  written: string;
  /** Normalised unit: `万元`, `元`, `%`, `人次`, `元/人` …; '' when none. */
  unit: string;
  category: Category;
  /** Money only: the amount in 万元. */
  moneyWan?: Decimal;
  /** Rate with a money numerator: 万元 per denominator. */
  rateNumeratorWan?: Decimal;
  /** Rate only: the denominator, counted thing first (`元/年/人` → `人/年`). */
  rateDenominator?: string;
  /** Offsets of the number and its unit (with 万/亿), without operator or suffix. */
  span: [number, number];
}

export interface InvalidValue {
  kind: 'invalid';
  /** Chinese, naming the offending text. */
  message: string;
  /** Offset of the offending part in the text. */
  column: number;
}

export type IndicatorValue =
  NumberValue | { kind: 'qualitative'; text: string } | { kind: 'list'; items: NumberValue[] } | InvalidValue;

type Single = NumberValue | InvalidValue | { kind: 'qualitative' };

const QUALITATIVE = { kind: 'qualitative' } as const;
const TRAILING_PUNCTUATION = new Set(['。', '.', ';', ',', '、']);
const DATE = /^\d{4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,2})?\s*(日|号)?\s*(前|之前|以前|止)?$/;
/** Words in a label that turn the figure into a change, a per-unit or a relative amount. */
const MEANING_CHANGERS =
  /(增|减|提高|提升|下降|降低|较|相比|同比|环比|比上|每|均|累计|节约|节省|压缩|缩短|标准|单价)/;
/** After a unit: a range (`-95%`), a date (`.31`, `-12-31`) or a ratio (`:1`) — not a number value. */
const RANGE_OR_DATE = /^(\s*[-~—–至到]+\s*[<>=≤≥]?\s*[-+]?\d|[.\-/:]\d)/;

const invalid = (message: string, column: number): InvalidValue => ({ kind: 'invalid', message, column });

function skipSpaces(s: string, i: number, end: number): number {
  while (i < end && isSpace(s[i])) i++;
  return i;
}

/** Whether a number follows `at`, possibly after an operator: what makes a word an operator here. */
function numberFollows(s: string, at: number, end: number): boolean {
  let n = skipSpaces(s, at, end);
  n = skipSpaces(s, strongAt(s, n)?.end ?? n, end);
  if (s[n] === '-' || s[n] === '+') n++;
  return isDigit(s[n]);
}

/** Where a label ends: the first operator or lead-in after CJK words that is followed by a number. */
function labelEnd(s: string, start: number, end: number): number | undefined {
  let k = start;
  while (k < end && isCjk(s[k])) k++;
  const candidates: number[] = [];
  for (let j = start + 1; j <= k && j < end; j++) candidates.push(j);
  if (isSpace(s[k])) candidates.push(skipSpaces(s, k, end));
  for (const j of candidates) {
    const m = strongAt(s, j) ?? leadInAt(s, j);
    if (!m || !numberFollows(s, m.end, end)) continue;
    return MEANING_CHANGERS.test(s.slice(start, j)) ? undefined : j;
  }
  return undefined;
}

/** Reads one `[operator] number [unit] [suffix]` in s[start, end); `shared` is a list's trailing unit. */
function parseSingle(
  s: string,
  start: number,
  end: number,
  cost: boolean,
  shared?: string,
): Single & { unitText?: string } {
  let i = start;
  let strong = strongAt(s, i);
  let lead: OperatorMatch | undefined;
  if (!strong) {
    lead = leadInAt(s, i);
    // `达标率≥95%` starts with the lead-in 达 but is a label: a lead-in must be followed by a number.
    if (lead && !numberFollows(s, lead.end, end)) lead = undefined;
    if (!lead && isCjk(s[i])) {
      const j = labelEnd(s, i, end);
      if (j === undefined) return QUALITATIVE;
      i = j;
      strong = strongAt(s, i);
      if (!strong) lead = leadInAt(s, i);
    }
    if (lead) {
      i = skipSpaces(s, lead.end, end);
      strong = strongAt(s, i);
    }
  }
  if (strong) {
    i = skipSpaces(s, strong.end, end);
    const second = strongAt(s, i);
    if (second)
      return invalid(`写了两个运算符“${strong.spelling}”和“${second.spelling}”，只能保留一个`, second.start);
  }
  const signed = (s[i] === '-' || s[i] === '+') && isDigit(s[i + 1]);
  const num = readNumber(s, signed ? i + 1 : i);
  if (!num) {
    if (!strong || isCjk(s[i])) return QUALITATIVE;
    if (i >= end) return invalid(`只有运算符“${strong.spelling}”，缺少数值`, strong.start);
    return invalid(`运算符“${strong.spelling}”后应为数字，而不是“${s.slice(i, end)}”`, i);
  }
  const numStart = i;
  if (badSeparatorAt(s, num.end)) {
    const typed = /^[-+]?[0-9,，.]+/.exec(s.slice(numStart, end))?.[0] ?? '';
    return invalid(`数字“${typed}”的千分位分隔符位置不对（应每三位一个）`, num.end);
  }
  if (tooManyDigits(num.written))
    return invalid(`数字有${num.written.length}位，超过${MAX_DIGITS}位有效数字，不是合理的指标值`, numStart);

  // The unit run: `%`, or CJK/Latin unit characters; a suffix operator may end it (`人以上`).
  const unitStart = skipSpaces(s, num.end, end);
  let runEnd = unitStart;
  if (s[unitStart] === '%' || s[unitStart] === '‰') runEnd++;
  else while (runEnd < end && isUnitRunChar(s[runEnd])) runEnd++;
  let suffix = suffixAtEnd(s.slice(unitStart, runEnd), unitStart);
  const unitEnd = suffix ? suffix.start : runEnd;
  let pos = skipSpaces(s, runEnd, end);
  if (!suffix && suffixAt(s, pos)) {
    suffix = suffixAt(s, pos)!;
    pos = skipSpaces(s, suffix.end, end);
  }
  const unitText = s.slice(unitStart, unitEnd);
  const reading = readUnit(unitText || shared || '', cost);
  if (!reading) return QUALITATIVE;

  if (pos < end) {
    const rest = s.slice(pos, end);
    if (/[\u3400-\u9fff]/.test(rest) || RANGE_OR_DATE.test(rest)) return QUALITATIVE;
    const shown = s.slice(numStart, unitEnd);
    const extra = strongAt(s, pos);
    if (isSymbolOperator(extra)) return invalid(`“${shown}”后面又写了运算符“${extra!.spelling}”`, pos);
    return invalid(`数值“${shown}”后面的“${rest}”无法识别`, pos);
  }

  const value = num.value.times(signed && s[numStart] === '-' ? -1 : 1);
  const written = (signed && s[numStart] === '-' ? '-' : '') + num.written;
  if (!strong && !lead && !suffix && /^年度?$/.test(reading.unit) && isCalendarYear(value))
    return QUALITATIVE;

  let operator: Operator = '=';
  let decided: OperatorMatch | undefined;
  if (strong) {
    if (suffix && !compatible(strong.op, suffix.op))
      return invalid(`运算符“${strong.spelling}”与“${suffix.spelling}”相互矛盾`, suffix.start);
    operator = strong.op;
    decided = { ...strong, start: lead?.start ?? strong.start };
  } else if (suffix) {
    operator = suffix.op;
    decided = suffix;
  } else if (lead) {
    operator = lead.op;
    decided = lead;
  }

  const out: NumberValue = {
    kind: 'number',
    operator,
    operatorExplicit: decided !== undefined,
    value: value.times(reading.multiplier),
    written,
    unit: reading.unit,
    category: 'plain',
    span: [numStart, unitText ? unitEnd : num.end],
  };
  if (decided) out.operatorSpan = [decided.start, decided.end];
  const cls = classifyUnit(reading.unit);
  out.category = cls.category;
  if (cls.category === 'money') out.moneyWan = out.value.times(cls.wanPerUnit!);
  if (cls.category === 'rate') {
    out.rateDenominator = cls.denominator;
    if (cls.wanPerUnit) out.rateNumeratorWan = out.value.times(cls.wanPerUnit);
  }
  return Object.assign(out, { unitText });
}

/** A four-digit year written with 年 is a date (`2026年`), not a duration like `1年`. */
function isCalendarYear(v: Decimal): boolean {
  return v.isInteger() && v.gte(1900) && v.lte(2100);
}

/** `/` positions that separate list items: a number (or an operator and a number) follows. */
function listSeparators(s: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    if (s[i] !== '/') continue;
    let j = skipSpaces(s, i + 1, end);
    j = skipSpaces(s, strongAt(s, j)?.end ?? j, end);
    if (s[j] === '-' || s[j] === '+') j++;
    if (isDigit(s[j])) out.push(i);
  }
  return out;
}

export function parseIndicatorValue(text: string, opts: { cost?: boolean } = {}): IndicatorValue {
  const s = normalise(text);
  const cost = !!opts.cost;
  let start = 0;
  let end = s.length;
  while (start < end && /\s/.test(s[start])) start++;
  while (end > start && (/\s/.test(s[end - 1]) || TRAILING_PUNCTUATION.has(s[end - 1]))) end--;
  if (start === end) return invalid('指标值为空', 0);
  const qualitative = { kind: 'qualitative' as const, text: text.trim() };
  if (DATE.test(s.slice(start, end))) return qualitative;

  const seps = listSeparators(s, start, end);
  if (!seps.length) {
    const one = parseSingle(s, start, end, cost);
    if (one.kind === 'qualitative') return qualitative;
    if (one.kind === 'number') delete one.unitText;
    return one;
  }
  const bounds = [start, ...seps.map((p) => p + 1)].map((a, k) => [a, k < seps.length ? seps[k] : end]);
  const last = parseSingle(s, skipSpaces(s, bounds[bounds.length - 1][0], end), end, cost);
  // A unit written once at the end (`50/70%`, `0/5000元`) is every item's unit.
  const shared = last.kind === 'number' ? last.unitText : undefined;
  const items: NumberValue[] = [];
  for (const [a, b] of bounds) {
    let bEnd = b;
    while (bEnd > a && isSpace(s[bEnd - 1])) bEnd--;
    const item = parseSingle(s, skipSpaces(s, a, bEnd), bEnd, cost, shared);
    if (item.kind === 'invalid') return item;
    if (item.kind === 'qualitative') return qualitative;
    delete item.unitText;
    items.push(item);
  }
  return { kind: 'list', items };
}

/**
 * The value rewritten with another operator (`≥`, `≤`): the number and unit kept, any lead-in,
 * label or suffix dropped (`95%以上` → `≤95%` would otherwise keep a contradicting `以上`).
 */
export function withOperator(text: string, v: NumberValue, symbol: string): string {
  return `${symbol}${text.slice(v.span[0], v.span[1])}`;
}
