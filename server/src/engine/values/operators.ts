/**
 * Comparison operators of 指标值, in the spellings budget officers use. All spellings are matched
 * on normalised text (numbers.ts), so `＜` `＞` `＝` arrive as `<` `>` `=`.
 */
export type Operator = '<=' | '>=' | '<' | '>' | '=';

export interface OperatorMatch {
  op: Operator;
  start: number;
  end: number;
  spelling: string;
}

/** Operators proper: written before the number, they fix the comparison. */
const STRONG: [string, Operator][] = [
  ['<=', '<='],
  ['>=', '>='],
  ['≤', '<='],
  ['≦', '<='],
  ['⩽', '<='],
  ['≯', '<='],
  ['≥', '>='],
  ['≧', '>='],
  ['⩾', '>='],
  ['≮', '>='],
  ['<', '<'],
  ['>', '>'],
  ['=', '='],
  ['≈', '='],
  ['~', '='],
  ['小于或等于', '<='],
  ['小于等于', '<='],
  ['大于或等于', '>='],
  ['大于等于', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不超出', '<='],
  ['未超过', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['至多', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['不足', '<'],
  ['不到', '<'],
  ['大于', '>'],
  ['高于', '>'],
  ['多于', '>'],
  ['超过', '>'],
  ['等于', '='],
];

/**
 * Words that introduce a number and imply a direction only weakly: a suffix overrides them
 * (`控制在95%以上` is ≥). `约`/`为`/`在` carry no direction at all and read as `=`: an approximate
 * target still has to be compared as something, and "about 100" is closest to "100". Alone (with
 * no number after them) they are ordinary words, so the value is qualitative, never invalid.
 */
const LEAD_IN: [string, Operator][] = [
  ['达到', '>='],
  ['达', '>='],
  ['最低', '>='],
  ['最少', '>='],
  ['控制在', '<='],
  ['最高', '<='],
  ['最多', '<='],
  ['保持在', '='],
  ['稳定在', '='],
  ['维持在', '='],
  ['约为', '='],
  ['大约', '='],
  ['约', '='],
  ['为', '='],
  ['在', '='],
];

/** Written after the number (and unit): `95%以上` is ≥95%, `10万元以内` ≤10万元, `100人左右` ≈. */
const SUFFIX: [string, Operator][] = [
  ['及以上', '>='],
  ['以上', '>='],
  ['之上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['及以内', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['内', '<='],
  ['左右', '='],
];

function longest(table: [string, Operator][], s: string, at: number): OperatorMatch | undefined {
  let best: OperatorMatch | undefined;
  for (const [spelling, op] of table)
    if (s.startsWith(spelling, at) && (!best || spelling.length > best.spelling.length))
      best = { op, start: at, end: at + spelling.length, spelling };
  return best;
}

export const strongAt = (s: string, at: number): OperatorMatch | undefined => longest(STRONG, s, at);
export const leadInAt = (s: string, at: number): OperatorMatch | undefined => longest(LEAD_IN, s, at);
export const suffixAt = (s: string, at: number): OperatorMatch | undefined => longest(SUFFIX, s, at);

/** The suffix operator that `s` ends with, if any, as a match at its offset `base + …`. */
export function suffixAtEnd(s: string, base: number): OperatorMatch | undefined {
  let best: OperatorMatch | undefined;
  for (const [spelling, op] of SUFFIX)
    if (s.endsWith(spelling) && (!best || spelling.length > best.spelling.length)) {
      const start = base + s.length - spelling.length;
      best = { op, start, end: start + spelling.length, spelling };
    }
  return best;
}

/** A symbol operator such as `≥` (not a word): what a second operator typed by mistake looks like. */
export function isSymbolOperator(m: OperatorMatch | undefined): boolean {
  return !!m && !/[\u4e00-\u9fff]/.test(m.spelling);
}

function direction(op: Operator): 'up' | 'down' | 'eq' {
  return op === '>=' || op === '>' ? 'up' : op === '<=' || op === '<' ? 'down' : 'eq';
}

/** `≥95%以上` restates one bound and is fine; `≥95%以下` contradicts itself. */
export function compatible(a: Operator, b: Operator): boolean {
  return direction(a) === direction(b);
}
