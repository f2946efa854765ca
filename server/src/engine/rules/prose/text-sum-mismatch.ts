import Decimal from 'decimal.js';
import type { Draft } from '../../model/types';
import { type AmountClaim, type ListClaim, type Subject } from '../../prose/claims';
import { interval } from '../../prose/figures';
import { PARTITIONS, type SubjectKey } from '../../prose/subjects';
import type { Report, Rule } from '../rule';
import { at, claimsOf, num, sections, show } from '../../prose/sections';
import { textFigureMismatch } from './text-figure-mismatch';

/** A claim's interval, signed for a change (减少 is negative). */
function signedRange(a: AmountClaim): [Decimal, Decimal] {
  const [lo, hi] = interval(a.figure);
  return a.role === 'change' && a.direction === 'down' ? [hi.neg(), lo.neg()] : [lo, hi];
}

function keyOf(s: Subject | undefined): SubjectKey | undefined {
  return s?.kind === 'word' ? s.key : undefined;
}

/** The listed parts name every part of the total (a partition of FORMAT.md, or a list ending in 其他…). */
function complete(total: Subject | undefined, parts: (Subject | undefined)[]): boolean {
  const named = new Set(parts.map(keyOf).filter((k): k is SubjectKey => !!k));
  const key = keyOf(total);
  const whole = (opt: SubjectKey[]) => opt.every((k) => named.has(k)) && named.size === opt.length;
  if (key && PARTITIONS[key]?.some(whole)) return true;
  // A total written without its subject (`比上年减少145.97万元，其中基本支出减少…，项目支出减少…`) is
  // the whole that its parts make up, when they make up one.
  if (!total && Object.values(PARTITIONS).some((opts) => opts.some(whole))) return true;
  return (
    parts.length > 1 &&
    parts.every((p) => p?.kind === 'vehicle') &&
    parts.some((p) => p?.kind === 'vehicle' && p.name.startsWith('其他'))
  );
}

function checkList(l: ListClaim): string | undefined {
  const parts = l.parts.filter((p) => p.figure.kind !== 'percent');
  if (!parts.length) return undefined;
  const subjects = [...parts.map((p) => p.subject), ...l.flatParts];
  let lo = new Decimal(0);
  let hi = new Decimal(0);
  for (const p of parts) {
    const [a, b] = signedRange(p);
    lo = lo.plus(a);
    hi = hi.plus(b);
  }
  const [tlo, thi] = signedRange(l.total);
  if (lo.lte(thi) && tlo.lte(hi)) return undefined;
  const whole = complete(l.total.subject, subjects);
  // Parts of one sign that exceed their total are wrong even when some part is not listed.
  const sameSign = l.total.role === 'level' || parts.every((p) => p.direction === l.total.direction);
  const exceeds = sameSign && (l.total.direction === 'down' ? hi.lt(tlo) : lo.gt(thi));
  if (!whole && !exceeds) return undefined;
  const sum = parts.reduce(
    (s, p) => s.plus(signedRange(p)[0].plus(signedRange(p)[1]).div(2)),
    new Decimal(0),
  );
  const unit = l.total.figure.kind === 'money' ? '万元' : l.total.figure.unit;
  return `所列各项（${parts.map((p) => show(p.figure)).join(' + ')}）之和为${num(sum.abs())}${unit}，与${l.total.subject?.label ?? '前文'}${show(l.total.figure)}不符`;
}

/**
 * A `其中` list must add up to the total stated before it when it names every part (or when its parts
 * already exceed the total); and where one passage states a total and each of its parts (三公经费 and
 * its items), they must add up too.
 */
export function textSumMismatch(d: Draft): Report[] {
  const out: Report[] = [];
  for (const s of sections(d)) {
    const claims = claimsOf(s, d);
    const listed = new Set<AmountClaim>();
    for (const l of claims.lists) {
      listed.add(l.total);
      const msg = checkList(l);
      if (msg) out.push(at(s, l.total.figure.start, l.parts[l.parts.length - 1].figure.end, msg));
    }
    // Totals whose parts come in later sentences or numbered items.
    const levels = claims.amounts.filter(
      (a) => a.role === 'level' && a.time === 'current' && a.figure.kind === 'money',
    );
    for (const total of levels) {
      const key = keyOf(total.subject);
      if (!key || listed.has(total) || !PARTITIONS[key]) continue;
      for (const opt of PARTITIONS[key]!) {
        const parts = opt.map((k) => levels.filter((a) => keyOf(a.subject) === k));
        if (parts.some((p) => p.length !== 1)) continue;
        const ps = parts.map((p) => p[0]);
        if (ps.some((p) => p.figure.start < total.figure.start)) continue;
        const msg = checkList({ total, parts: ps, flatParts: [], at: total.figure.end });
        if (msg) out.push(at(s, total.figure.start, total.figure.end, msg));
        break;
      }
    }
  }
  // A stated total that text-figure-mismatch already finds wrong against the file is that one
  // defect (`政府采购预算1400万元，其中：…` where the table and the parts say 1486.42), reported there.
  const blamed = new Set(textFigureMismatch(d).map((r) => r.start));
  return dedupe(out).filter((r) => !blamed.has(r.start));
}

function dedupe(rs: Report[]): Report[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const k = `${r.start}:${r.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const rule: Rule = {
  id: 'text-sum-mismatch',
  category: 'prose',
  fixable: 'none',
  docs: 'docs/rules/text-sum-mismatch.md',
  severity: 'error',
  description: '说明中“其中”所列各项之和与前面写出的合计不符。',
  draft(d, ctx) {
    for (const r of textSumMismatch(d)) ctx.report(r);
  },
};

export default rule;
