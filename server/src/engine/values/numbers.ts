import Decimal from 'decimal.js';

const NEEDS_NORMALISING = /[\uff01-\uff5e\u3000−]/;

/**
 * Full-width ASCII forms (`０-９ ． ％ ／ ＜ ＞ ＝ （ ） ＋ － ＊ ～ ：`) and the ideographic space, mapped to
 * ASCII one code unit for one, so every offset into the normalised text is an offset into the source.
 * Prose keeps `，`: there it separates clauses far more often than it groups thousands.
 */
export function normalise(text: string, opts: { keepFullWidthComma?: boolean } = {}): string {
  // Most values have nothing to change; building a copy character by character costs.
  if (!NEEDS_NORMALISING.test(text)) return text;
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '，' && opts.keepFullWidthComma) out += c;
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (c === '\u3000') out += ' ';
    else if (c === '−') out += '-';
    else out += c;
  }
  return out;
}

export interface ReadNumber {
  value: Decimal;
  /** ASCII digits, separators removed, sign kept: the form `decimalsOf` and messages expect. */
  written: string;
  start: number;
  end: number;
}

// A grouped number must be followed by a non-digit, or `12,0001` would read as 12,000 and a stray 1.
const GROUPED = /[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])/y;
const PLAIN = /[0-9]+(?:\.[0-9]+)?/y;

/** A number at `at` in normalised text: digits, `,` thousands separators, a decimal part. */
export function readNumber(s: string, at: number): ReadNumber | undefined {
  for (const re of [GROUPED, PLAIN]) {
    re.lastIndex = at;
    const m = re.exec(s);
    if (m) {
      const written = m[0].includes(',') ? m[0].replace(/,/g, '') : m[0];
      return { value: new Decimal(written), written, start: at, end: at + m[0].length };
    }
  }
  return undefined;
}

/** A separator that does not group three digits (`1,5`, `12,000,00`): the number is mistyped. */
export function badSeparatorAt(s: string, end: number): boolean {
  return (s[end] === ',' || s[end] === '，') && /[0-9]/.test(s[end + 1] ?? '');
}

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isCjk = (c: string | undefined): boolean => c !== undefined && /[\u3400-\u9fff]/.test(c);
export const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * More significant digits than any budget figure has (a 万亿元 amount to the 分 is 17). Beyond it a
 * figure is a typing accident or hostile input, and exact products of such figures cost quadratic
 * time (two 300,000-digit factors: minutes), so it is reported or left uncomputed, never multiplied.
 */
export const MAX_DIGITS = 30;

/** Whether a written number (`-0012.3400`, `1,751.54`) has more than MAX_DIGITS significant digits. */
export function tooManyDigits(written: string): boolean {
  if (written.length <= MAX_DIGITS) return false;
  let first = -1;
  let last = -1;
  let count = 0;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (first < 0 && c === 48) continue;
    if (first < 0) first = count;
    count++;
    if (c !== 48) last = count;
  }
  // Trailing zeros after the point are not significant; before it they are (1000… is that many digits).
  const point = written.indexOf('.');
  const sig = first < 0 ? 0 : point < 0 ? count - first : last - first;
  return sig > MAX_DIGITS;
}
