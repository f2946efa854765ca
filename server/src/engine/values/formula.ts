import Decimal from 'decimal.js';
import { badSeparatorAt, isCjk, isDigit, normalise, readNumber, tooManyDigits } from './numbers';

export type FormulaResult = { kind: 'value'; value: Decimal; unit: '元' | '万元' | null } | { kind: 'skip' };

type Money = '元' | '万元';
/** Shared: most numbers carry no scale, and Decimals are costly to make. */
const ONE = new Decimal(1);
/** Money units and how they convert to the two a formula can result in. */
const MONEY: [string, Money, Decimal][] = [
  ['千万元', '万元', new Decimal(1000)],
  ['百万元', '万元', new Decimal(100)],
  ['亿元', '万元', new Decimal(10000)],
  ['万元', '万元', ONE],
  ['千元', '元', new Decimal(1000)],
  ['元', '元', ONE],
];
const MULTIPLIER: Record<string, Decimal> = { 万: new Decimal(10000), 亿: new Decimal(100000000) };
const OPERATORS: Record<string, string> = {
  '+': '+',
  '-': '-',
  '*': '*',
  '×': '*',
  x: '*',
  X: '*',
  '✕': '*',
  '/': '/',
  '÷': '/',
};
/** A unit word after a number is short (`人`, `个月`, `人次`); a longer run is a sentence. */
const MAX_UNIT_WORD = 4;
/**
 * Deeper nesting of parentheses or signs than any real 测算依据 has. The parser is recursive, so a
 * hostile `((((…` of 100 KB would overflow the stack: such a text is not evaluated at all.
 */
const MAX_NESTING = 64;

type Tok =
  | { t: 'num'; v: Decimal; money: Money | null }
  | { t: 'unit'; money: Money | null; scale: Decimal }
  | { t: 'op'; v: string }
  | { t: '(' | ')' };

/** A CJK word of at most MAX_UNIT_WORD characters at i, or -1 when it runs longer. */
function unitWordEnd(s: string, i: number): number {
  let j = i;
  while (isCjk(s[j])) j++;
  return j - i > MAX_UNIT_WORD ? -1 : j;
}

/**
 * The unit after a number or a `)`: money (with a rate tail such as `/人/年`, which is part of the
 * unit, not a division), an optional 万/亿 multiplier, a count word. Returns the end, or -1 for prose.
 */
function readUnit(s: string, i: number): { end: number; money: Money | null; scale: Decimal } {
  let scale = ONE;
  let money: Money | null = null;
  const m = MONEY.find(([w]) => s.startsWith(w, i));
  if (m) {
    money = m[1];
    scale = m[2];
    i += m[0].length;
  } else {
    if (MULTIPLIER[s[i]]) scale = MULTIPLIER[s[i++]];
    const end = unitWordEnd(s, i);
    if (end < 0) return { end: -1, money, scale };
    i = end;
  }
  while (s[i] === '/' && isCjk(s[i + 1])) {
    const end = unitWordEnd(s, i + 1);
    if (end < 0) return { end: -1, money, scale };
    i = end;
  }
  return { end: i, money, scale };
}

function tokenize(s: string): Tok[] | undefined {
  const toks: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (isDigit(c)) {
      const n = readNumber(s, i);
      if (!n || badSeparatorAt(s, n.end) || tooManyDigits(n.written)) return undefined;
      i = n.end;
      let v = n.value;
      if (s[i] === '%') {
        v = v.div(100);
        i++;
      }
      const u = readUnit(s, i);
      if (u.end < 0) return undefined;
      toks.push({ t: 'num', v: u.scale === ONE ? v : v.times(u.scale), money: u.money });
      i = u.end;
    } else if (c === '(' || c === ')') {
      toks.push({ t: c });
      i++;
      if (c === ')' && (isCjk(s[i]) || s[i] === '/')) {
        const u = readUnit(s, i);
        if (u.end < 0 || u.end === i) return undefined;
        toks.push({ t: 'unit', money: u.money, scale: u.scale });
        i = u.end;
      }
    } else if (OPERATORS[c]) {
      toks.push({ t: 'op', v: OPERATORS[c] });
      i++;
    } else return undefined;
  }
  return toks;
}

/** A value with its power of money: 1 for an amount, 0 for a count or ratio, NaN when mixed up. */
type Node = { v: Decimal; p: number };

class Parser {
  private pos = 0;
  constructor(private readonly toks: Tok[]) {}

  parse(): Node | undefined {
    const n = this.expr();
    return n && this.pos === this.toks.length ? n : undefined;
  }

  private isOp(...ops: string[]): string | undefined {
    const t = this.toks[this.pos];
    return t?.t === 'op' && ops.includes(t.v) ? t.v : undefined;
  }

  private expr(): Node | undefined {
    let a = this.term();
    for (let op = this.isOp('+', '-'); a && op; op = this.isOp('+', '-')) {
      this.pos++;
      const b = this.term();
      if (!b) return undefined;
      // An amount plus a bare number: the bare number is taken in the amount's unit (`2000元+1000`).
      const p = a.p === b.p ? a.p : a.p === 0 ? b.p : b.p === 0 ? a.p : NaN;
      a = { v: op === '+' ? a.v.plus(b.v) : a.v.minus(b.v), p };
    }
    return a;
  }

  private term(): Node | undefined {
    let a = this.unary();
    for (let op = this.isOp('*', '/'); a && op; op = this.isOp('*', '/')) {
      this.pos++;
      const b = this.unary();
      if (!b || (op === '/' && b.v.isZero())) return undefined;
      a = op === '*' ? { v: a.v.times(b.v), p: a.p + b.p } : { v: a.v.div(b.v), p: a.p - b.p };
    }
    return a;
  }

  private unary(): Node | undefined {
    const op = this.isOp('+', '-');
    if (!op) return this.primary();
    this.pos++;
    const a = this.unary();
    return a && op === '-' ? { v: a.v.negated(), p: a.p } : a;
  }

  private primary(): Node | undefined {
    const t = this.toks[this.pos++];
    if (t?.t === 'num') return { v: t.v, p: t.money ? 1 : 0 };
    if (t?.t !== '(') return undefined;
    const a = this.expr();
    if (!a || this.toks[this.pos++]?.t !== ')') return undefined;
    const u = this.toks[this.pos];
    if (u?.t !== 'unit') return a;
    this.pos++;
    return { v: a.v.times(u.scale), p: u.money && a.p === 0 ? 1 : a.p };
  }
}

/**
 * A 测算依据 evaluated exactly: `(2000+1000)*12` = 36000 (unit unknown), `30人*6万元/人/年` = 180 万元,
 * `80箱*250元/箱` = 20000 元. Units ride along for money only: 元 and 万元 in one formula are all
 * converted to 元. A leading label (`工资：…`) and a stated result (`…=36000元`) are allowed; the
 * result only lends its unit when the arithmetic has none. Prose, a lone number, unbalanced
 * parentheses and division by zero are not formulas: `skip`, never an error.
 */
export function evaluateFormula(text: string): FormulaResult {
  let s = normalise(String(text)).replace(/\s+/g, '');
  s = s.replace(/^[^\d()=:]{1,30}:/, '');
  const [lhs, ...rest] = s.split('=');
  const toks = tokenize(lhs);
  if (!toks || !toks.length || tooDeep(toks)) return { kind: 'skip' };
  const binary = toks.some(
    (t, k) => t.t === 'op' && k > 0 && toks[k - 1].t !== 'op' && toks[k - 1].t !== '(',
  );
  if (!binary) return { kind: 'skip' };
  const monies = new Set(
    toks.flatMap((t) => ((t.t === 'num' || t.t === 'unit') && t.money ? [t.money] : [])),
  );
  // Mixed 元 and 万元: everything in 元, so `2万元+5000元` is 25000 元.
  if (monies.size > 1)
    for (const t of toks)
      if ((t.t === 'num' || t.t === 'unit') && t.money === '万元') {
        if (t.t === 'num') t.v = t.v.times(10000);
        else t.scale = t.scale.times(10000);
        t.money = '元';
      }
  const node = new Parser(toks).parse();
  if (!node) return { kind: 'skip' };
  let unit: Money | null = node.p === 1 && monies.size ? (monies.size > 1 ? '元' : [...monies][0]) : null;
  if (!unit && node.p === 0 && rest.length) unit = statedUnit(node.v, rest[rest.length - 1]);
  return { kind: 'value', value: node.v, unit };
}

/** Parentheses or a run of signs nested deeper than the recursive parser may safely go. */
function tooDeep(toks: Tok[]): boolean {
  let depth = 0;
  let signs = 0;
  for (const t of toks) {
    if (t.t === '(') depth++;
    else if (t.t === ')') depth--;
    signs = t.t === 'op' ? signs + 1 : 0;
    if (depth > MAX_NESTING || signs > MAX_NESTING) return true;
  }
  return false;
}

/**
 * The unit a stated result (`=24000元`, `=2.4万元`) gives a unit-less computation, when it states the
 * same amount; a result that disagrees says nothing reliable about the unit.
 */
function statedUnit(v: Decimal, s: string): Money | null {
  const n = readNumber(s, 0);
  const unit = n && MONEY.find(([w]) => s.slice(n.end) === w);
  if (!n || !unit || !unit[2].equals(1)) return null;
  if (v.equals(n.value)) return unit[1];
  if (unit[1] === '万元' && v.equals(n.value.times(10000))) return '元';
  if (unit[1] === '元' && v.times(10000).equals(n.value)) return '万元';
  return null;
}

/**
 * Whether a formula's value is the line's amount, in 万元 or in 元. The value is rounded half up to
 * two decimals of the amount's unit (more if the amount itself is written with more): amounts are
 * written to 分 in 元 and to 0.01 in 万元, while formulas divide (`10/3`) or multiply out to finer
 * figures (`30人*1234元` = 3.702万元 against a written 3.70), and exact equality would never hold.
 * A formula that is not one (`skip`) matches anything: there is nothing to check.
 */
export function formulaMatchesAmount(r: FormulaResult, amount: Decimal, amountUnit: '万元' | '元'): boolean {
  if (r.kind !== 'value') return true;
  const places = Math.max(2, amount.decimalPlaces());
  const same = (v: Decimal) => v.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).equals(amount);
  const toAmountUnit = (unit: Money) =>
    unit === amountUnit ? r.value : unit === '元' ? r.value.div(10000) : r.value.times(10000);
  if (r.unit) return same(toAmountUnit(r.unit));
  return same(toAmountUnit('元')) || same(toAmountUnit('万元'));
}
