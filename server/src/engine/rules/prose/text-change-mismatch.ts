import Decimal from 'decimal.js';
import type { Draft } from '../../model/types';
import { sameSubjects, type AmountClaim, type ChangeClaim } from '../../prose/claims';
import { interval, percentInterval } from '../../prose/figures';
import type { Report, Rule } from '../rule';
import { at, claimsOf, fileValue, num, sections, show } from '../../prose/sections';

type Range = [Decimal, Decimal];
const HUNDRED = new Decimal(100);

/** An amount as an interval: a stated figure's, or the file's exact value. */
interface Side {
  range: Range;
  text: string;
}

function stated(a: AmountClaim): Side {
  return { range: interval(a.figure), text: show(a.figure) };
}

function exact(v: Decimal): Side {
  return { range: [v, v], text: `${num(v, 6)}万元` };
}

const DIR_WORD = { up: '增加', down: '减少', flat: '持平' } as const;
const RATE_WORD = { up: '增长', down: '下降', flat: '持平' } as const;

/** The signed change's possible range from the two amounts' intervals. */
function diffRange(cur: Range, base: Range): Range {
  return [cur[0].minus(base[1]), cur[1].minus(base[0])];
}

/** The signed percentage's range, from the corners (monotonic in each amount while the base is positive). */
function pctRange(cur: Range, base: Range): Range | undefined {
  if (base[0].lte(0)) return undefined;
  const vals = [cur[0], cur[1]].flatMap((c) =>
    [base[0], base[1]].map((b) => c.minus(b).div(b).times(HUNDRED)),
  );
  return [Decimal.min(...vals), Decimal.max(...vals)];
}

function overlap(a: Range, b: Range): boolean {
  return a[0].lte(b[1]) && b[0].lte(a[1]);
}

function signed(r: Range, dir: 'up' | 'down'): Range {
  return dir === 'up' ? r : [r[1].neg(), r[0].neg()];
}

/** The middle of a range, to show the computed value. */
function mid(r: Range): Decimal {
  return r[0].plus(r[1]).div(2);
}

function dirOf(v: Decimal): 'up' | 'down' | 'flat' {
  return v.isZero() ? 'flat' : v.isPositive() ? 'up' : 'down';
}

/**
 * A stated change must follow from the amounts it compares: the prose's own (`2025年当年预算执行数为…，
 * 2026年预算安排…`) or the file's (三公经费 上年, 机关运行经费 上年); and a rate from its stated
 * amount of change when the base is not written. Only what the intervals cannot explain is reported.
 */
export function textChangeMismatch(d: Draft): Report[] {
  const out: Report[] = [];
  const year = d.header.year?.value;
  for (const s of sections(d)) {
    const claims = claimsOf(s, d);
    for (const c0 of claims.changes) {
      // Changes are checked in money: a change in 个百分点, 辆 or 人 against amounts would be a guess.
      const money = (a: AmountClaim | undefined) => (a && a.figure.kind === 'money' ? a : undefined);
      const c: ChangeClaim = {
        ...c0,
        amount: money(c0.amount),
        current: money(c0.current),
        base: money(c0.base),
        percent: c0.percent?.figure.kind === 'percent' ? c0.percent : undefined,
      };
      if (c0.amount && !c.amount) continue;
      // One thing stated twice with two values is text-figure-mismatch's; a change that follows from
      // either value is not a second defect.
      const alternatives = c.current?.subject
        ? claims.amounts.filter(
            (a) =>
              a !== c.current &&
              a.role === 'level' &&
              a.time === 'current' &&
              a.paragraph === c.current!.paragraph &&
              a.subject &&
              sameSubjects(a.subject, c.current!.subject!) &&
              !a.figure.value.equals(c.current!.figure.value),
          )
        : [];
      if (alternatives.some((alt) => changeHolds({ ...c, current: alt }, d))) continue;
      const cur: Side | undefined = c.current ? stated(c.current) : fileSide(c, d, 'current');
      const base: Side | undefined = c.base ? stated(c.base) : fileSide(c, d, 'previous');
      const curLabel = year ? `${year}年` : '本年';
      const baseLabel = c.baseYear ? `${c.baseYear}年` : '上年';
      const report = (message: string) => out.push(at(s, c.start, spanEnd(c), message));
      // The verbs as the text writes them (减少1.10% keeps 减少), for the computed value too.
      const verbBefore = (a: AmountClaim | undefined, fallback: string) =>
        (a &&
          /(增加|增长|上升|提高|减少|下降|降低|压减|缩减|节约|增|减)了?\s*$/.exec(
            s.text.slice(Math.max(0, a.figure.start - 6), a.figure.start),
          )?.[1]) ??
        fallback;
      if (cur && base) {
        const diff = diffRange(cur.range, base.range);
        const basis = `按${baseLabel}${base.text}、${curLabel}${cur.text}计算`;
        const isFlatPossible = overlap(diff, [new Decimal(0), new Decimal(0)]);
        if (c.direction === 'flat') {
          // 基本持平 allows a small change; 持平 does not.
          const strict = !/基本/.test(s.text.slice(c.start, c.end));
          if (strict && !isFlatPossible)
            report(`${basis}应为${DIR_WORD[dirOf(mid(diff))]}${num(mid(diff).abs())}万元，文中为持平`);
          continue;
        }
        const possible = signed(diff, c.direction);
        if (possible[1].lt(0) || (possible[1].isZero() && !isFlatPossible)) {
          report(`${basis}应为${DIR_WORD[dirOf(mid(diff))]}，文中为${DIR_WORD[c.direction]}`);
          continue;
        }
        if (c.amount && !overlap(possible, interval(c.amount.figure))) {
          const w = verbBefore(c.amount, DIR_WORD[c.direction]);
          report(`${basis}应为${w}${num(mid(diff).abs())}万元，文中为${w}${show(c.amount.figure)}`);
          continue;
        }
        const pr = pctRange(cur.range, base.range);
        if (c.percent && pr && !overlap(signed(pr, c.direction), percentInterval(c.percent.figure))) {
          const w = verbBefore(c.percent, RATE_WORD[c.direction]);
          report(`${basis}应为${w}${num(mid(pr).abs())}%，文中为${w}${show(c.percent.figure)}`);
        }
        continue;
      }
      // No base: a rate still follows from the current amount and the stated amount of change.
      if (cur && c.amount && c.percent && c.direction !== 'flat') {
        const amt = interval(c.amount.figure);
        const bases: Decimal[] = [];
        for (const cv of cur.range)
          for (const av of amt) bases.push(c.direction === 'up' ? cv.minus(av) : cv.plus(av));
        const lo = Decimal.min(...bases);
        if (lo.lte(0)) continue;
        const rates = amt.flatMap((av) => bases.map((b) => av.div(b).times(HUNDRED)));
        const r: Range = [Decimal.min(...rates), Decimal.max(...rates)];
        if (!overlap(r, percentInterval(c.percent.figure))) {
          const b = c.direction === 'up' ? c.amount.figure.value.neg() : c.amount.figure.value;
          const baseV = (c.current ? c.current.figure.value : mid(cur.range)).plus(b);
          const w = verbBefore(c.percent, RATE_WORD[c.direction]);
          report(
            `按${curLabel}${cur.text}、${verbBefore(c.amount, DIR_WORD[c.direction])}${show(c.amount.figure)}（${baseLabel}${num(baseV)}万元）计算应为${w}${num(mid(r))}%，文中为${w}${show(c.percent.figure)}`,
          );
        }
      }
    }
  }
  return out;
}

/** Whether a change is consistent with its stated amounts (used to try an alternative current amount). */
function changeHolds(c: ChangeClaim, d: Draft): boolean {
  if (!c.current || !c.base) return false;
  const cur = interval(c.current.figure);
  const base = interval(c.base.figure);
  if (c.direction === 'flat') return overlap(diffRange(cur, base), [new Decimal(0), new Decimal(0)]);
  const possible = signed(diffRange(cur, base), c.direction);
  if (possible[1].lt(0)) return false;
  if (c.amount && !overlap(possible, interval(c.amount.figure))) return false;
  const pr = pctRange(cur, base);
  if (c.percent && pr && !overlap(signed(pr, c.direction), percentInterval(c.percent.figure))) return false;
  void d;
  return true;
}

function spanEnd(c: ChangeClaim): number {
  return Math.max(c.end, c.amount?.figure.end ?? 0, c.percent?.figure.end ?? 0);
}

function fileSide(c: ChangeClaim, d: Draft, year: 'current' | 'previous'): Side | undefined {
  // The file's 上年 is the previous year's budget: a comparison with an 执行数 (or another year) is not against it.
  if (
    year === 'previous' &&
    (/执行|决算/.test(c.baseText) || (c.baseYear && d.header.year && c.baseYear !== d.header.year.value - 1))
  )
    return undefined;
  const fv = fileValue(c.subject, d, year);
  return fv ? exact(fv.value) : undefined;
}

const rule: Rule = {
  id: 'text-change-mismatch',
  category: 'prose',
  fixable: 'none',
  docs: 'docs/rules/text-change-mismatch.md',
  severity: 'error',
  description: '说明中写出的增减额、增减幅度或增减方向与所比较的两个数不符。',
  draft(d, ctx) {
    for (const r of textChangeMismatch(d)) ctx.report(r);
  },
};

export default rule;
