import Decimal from 'decimal.js';

export type FormulaResult = { kind: 'value'; value: Decimal; unit: '元' | '万元' | null } | { kind: 'skip' };

type Tok = { t: 'num'; v: Decimal; money: '元' | '万元' | null } | { t: 'op'; v: string };

const OPS: Record<string, string> = {
  '+': '+',
  '-': '-',
  '*': '*',
  '×': '*',
  x: '*',
  X: '*',
  '/': '/',
  '÷': '/',
  '(': '(',
  ')': ')',
  '（': '(',
  '）': ')',
};

/**
 * Reads a 测算依据 as arithmetic: numbers (with separators, units ignored except 元/万元),
 * `+ - * / × ÷ ( )`. Anything else (prose) makes it not a formula.
 */
function tokenize(text: string): Tok[] | undefined {
  const toks: Tok[] = [];
  let i = 0;
  const s = text.replace(/\s+/g, '');
  while (i < s.length) {
    const c = s[i];
    const num = /^[0-9]+(?:[,，][0-9]{3})*(?:\.[0-9]+)?/.exec(s.slice(i));
    if (num) {
      i += num[0].length;
      let money: '元' | '万元' | null = null;
      let mult = new Decimal(1);
      // A unit after a number: 万元, 元, 万 (×10000), or a count word (人, 月, 箱 …), up to a rate slash.
      const unit = /^(万元|元|万|[\u4e00-\u9fa5]{1,3})((?:\/[\u4e00-\u9fa5]{1,3})*)/.exec(s.slice(i));
      if (unit) {
        if (unit[1] === '万元') money = '万元';
        else if (unit[1] === '元') money = '元';
        else if (unit[1] === '万') mult = new Decimal(10000);
        // A rate's slashes (元/人/年) belong to the unit, not to arithmetic.
        i += unit[0].length;
      }
      toks.push({ t: 'num', v: new Decimal(num[0].replace(/[,，]/g, '')).times(mult), money });
      continue;
    }
    if (OPS[c]) {
      toks.push({ t: 'op', v: OPS[c] });
      i++;
      continue;
    }
    return undefined;
  }
  return toks;
}

export function evaluateFormula(text: string): FormulaResult {
  const toks = tokenize(String(text));
  if (!toks || !toks.some((t) => t.t === 'op' && t.v !== '(' && t.v !== ')')) return { kind: 'skip' };
  let pos = 0;
  let money: '元' | '万元' | null = null;
  const peek = () => toks[pos];
  const expr = (): Decimal | undefined => {
    let v = term();
    while (v && peek()?.t === 'op' && (peek().v === '+' || peek().v === '-')) {
      const op = toks[pos++].v;
      const r = term();
      if (!r) return undefined;
      v = op === '+' ? v.plus(r) : v.minus(r);
    }
    return v;
  };
  const term = (): Decimal | undefined => {
    let v = factor();
    while (v && peek()?.t === 'op' && (peek().v === '*' || peek().v === '/')) {
      const op = toks[pos++].v;
      const r = factor();
      if (!r || (op === '/' && r.isZero())) return undefined;
      v = op === '*' ? v.times(r) : v.div(r);
    }
    return v;
  };
  const factor = (): Decimal | undefined => {
    const t = toks[pos++];
    if (!t) return undefined;
    if (t.t === 'num') {
      if (t.money) money = money ?? t.money;
      return t.v;
    }
    if (t.v === '-') return factor()?.negated();
    if (t.v === '(') {
      const v = expr();
      if (toks[pos++]?.v !== ')') return undefined;
      return v;
    }
    return undefined;
  };
  const value = expr();
  if (!value || pos !== toks.length) return { kind: 'skip' };
  return { kind: 'value', value, unit: money };
}

/**
 * Whether a formula's value is the line's amount, read in 万元 or in 元. Results are compared
 * rounded to 分 (two decimals of 元, six of 万元): a division like 1/3 cannot match exactly.
 */
export function formulaMatchesAmount(r: FormulaResult, amount: Decimal, amountUnit: '万元' | '元'): boolean {
  if (r.kind !== 'value') return true;
  const yuan = amountUnit === '元' ? amount : amount.times(10000);
  const asYuan = (v: Decimal) => v.toDecimalPlaces(2).equals(yuan.toDecimalPlaces(2));
  if (r.unit === '元') return asYuan(r.value);
  if (r.unit === '万元') return asYuan(r.value.times(10000));
  return asYuan(r.value) || asYuan(r.value.times(10000));
}
