import type { Draft, ProseSection } from '../../model/types';
import { sameSubjects, type AmountClaim, type ProseClaims } from '../../prose/claims';
import { holds, interval } from '../../prose/figures';
import { FUNDING } from '../../prose/subjects';
import type { Report, Rule } from '../rule';
import { at, claimsOf, fileValue, num, sections, show } from '../../prose/sections';

/** Subjects a part of a `其中` list may name relative to its total rather than to the whole budget (`其中财政拨款1227万元` of the projects). */
const WHOLE = new Set(['income', 'expense', 'incomeExpense', 'fiscal', 'sangong', 'procurement', 'vehicles']);

function relativePart(c: AmountClaim, claims: ProseClaims): boolean {
  return claims.lists.some(
    (l) =>
      l.parts.includes(c) &&
      !(l.total.subject?.kind === 'word' && WHOLE.has(l.total.subject.key)) &&
      !(l.total.subject?.kind === 'kemu'),
  );
}

/** The project's 年度预算安排 in its 说明: the first amount under a heading that names the year's budget. */
function projectBudgetClaim(s: ProseSection, claims: ProseClaims): AmountClaim | undefined {
  if (s.projectIndex === undefined || !/预算安排|年度预算|预算金额|资金安排/.test(s.heading))
    return undefined;
  const money = claims.amounts.filter(
    (a) => a.role === 'level' && a.figure.kind === 'money' && a.time === 'current',
  );
  // The year's total, as worded (`2025年度项目总预算1720.00万`), or the only amount; a quarter's
  // 用款计划 or one item of several is not the project's 金额.
  const worded = money.find((a) =>
    /(总预算|预算安排|预算资金|安排资金|预算为|预算|总额|合计|共计|总计)\s*[为是]?\s*$/.test(
      s.text.slice(Math.max(0, a.figure.start - 8), a.figure.start),
    ),
  );
  return worded ?? (money.length === 1 ? money[0] : undefined);
}

/**
 * A figure stated for something the file holds must be that figure (within the interval its
 * digits allow); and one passage must not state one thing twice with two values.
 */
export function textFigureMismatch(d: Draft): Report[] {
  const out: Report[] = [];
  for (const s of sections(d)) {
    const claims = claimsOf(s, d);
    const seen: AmountClaim[] = [];
    const budget = projectBudgetClaim(s, claims);
    for (const c of claims.amounts) {
      if (c.role !== 'level' || c.figure.kind === 'percent') continue;
      // 国有资产 holds what is owned at the date given (`截至2025年12月31日`): vehicles are compared
      // as of then, and what the budget buys (`安排购置车辆0辆，其中…`) is not what is owned.
      const owned = isAsset(c);
      if (c.time !== 'current' && !owned) continue;
      if (owned && /购置/.test(sentenceBefore(s.text, c.figure.start))) continue;
      let subject = c.subject;
      if (c === budget && !subject && s.projectIndex !== undefined)
        subject = {
          kind: 'project',
          index: s.projectIndex,
          label: d.projects[s.projectIndex].name?.text ?? '项目',
          start: 0,
          end: 0,
        };
      if (!subject) continue;
      const relative = relativePart(c, claims);
      const twice =
        relative || (subject.kind === 'word' && FUNDING.has(subject.key))
          ? undefined
          : seen.find(
              (o) => o.subject && sameSubjects(o.subject, subject!) && o.figure.kind === c.figure.kind,
            );
      if (twice && !overlaps(twice, c)) {
        out.push(
          at(
            s,
            c.figure.start,
            c.figure.end,
            `同一段中${quoted(subject.label)}先写为${show(twice.figure)}，此处又写为${show(c.figure)}`,
          ),
        );
        continue;
      }
      seen.push(c);
      if (relative) continue;
      // A part the file does not write (an empty 三公经费 table) is the total's defect, reported there.
      if (
        subject.kind === 'word' &&
        subject.key.startsWith('sangong.') &&
        !writtenSangongPart(d, subject.key)
      )
        continue;
      const fv = fileValue(subject, d);
      if (
        !fv ||
        (c.figure.kind === 'count') !==
          (subject.kind === 'vehicle' ||
            (subject.kind === 'word' && (subject.key === 'vehicles' || subject.key === 'equipment')))
      )
        continue;
      if (holds(c.figure, fv.value)) continue;
      const unit = c.figure.kind === 'money' ? '万元' : c.figure.unit;
      out.push(
        at(
          s,
          c.figure.start,
          c.figure.end,
          `文中${quoted(subject.label)}为${show(c.figure)}，但草稿中（${fv.where}）为${num(fv.value, 6)}${unit}`,
        ),
      );
    }
  }
  return out;
}

function writtenSangongPart(d: Draft, key: string): boolean {
  const cols = d.sangong?.current?.cols ?? {};
  const part = key.slice('sangong.'.length);
  if (cols[part]) return true;
  return part === '公务用车购置及运行维护费' && (!!cols['公务用车购置费'] || !!cols['公务用车运行维护费']);
}

/** A label in quotes, unless it brings its own. */
function quoted(label: string): string {
  return label.startsWith('“') ? label : `“${label}”`;
}

function isAsset(c: AmountClaim): boolean {
  return (
    c.subject?.kind === 'vehicle' ||
    (c.subject?.kind === 'word' && (c.subject.key === 'vehicles' || c.subject.key === 'equipment'))
  );
}

function sentenceBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !/[。！？\n]/.test(text[i - 1])) i--;
  return text.slice(i, at);
}

function overlaps(a: AmountClaim, b: AmountClaim): boolean {
  const [alo, ahi] = interval(a.figure);
  const [blo, bhi] = interval(b.figure);
  return alo.lte(bhi) && blo.lte(ahi);
}

const rule: Rule = {
  id: 'text-figure-mismatch',
  category: 'prose',
  fixable: 'none',
  docs: 'docs/rules/text-figure-mismatch.md',
  severity: 'error',
  description: '说明中写出的数字与草稿中的表格数据不一致，或同一段中同一事项写了两个不同的数。',
  draft(d, ctx) {
    for (const r of textFigureMismatch(d)) ctx.report(r);
  },
};

export default rule;
