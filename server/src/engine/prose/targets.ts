import Decimal from 'decimal.js';

/** A quantified target in a 总体目标: `人员出勤率达到98%以上` → 人员出勤率 ≥ 98 %. */
export interface GoalTarget {
  subject: string;
  op: '>=' | '<=' | '=';
  value: Decimal;
  unit: string;
  /** Offsets of the whole target (subject to unit and suffix) in the text. */
  start: number;
  end: number;
  written: string;
}

const AT_LEAST =
  /(达到|达|不低于|不少于|大于等于|高于|大于|超过|≥|>=|>|＞|稳定在|保持在|提高到|提升至|提高至)$/;
const AT_MOST = /(不超过|不高于|小于等于|低于|小于|≤|<=|<|＜|控制在)$/;
const OPERATOR =
  /(达到|达|不低于|不少于|大于等于|高于|大于|超过|≥|>=|>|＞|稳定在|保持在|提高到|提升至|提高至|不超过|不高于|小于等于|低于|小于|≤|<=|<|＜|控制在|在)?\s*$/;
const TARGET =
  /([0-9]+(?:\.[0-9]+)?)\s*(%|％|场次|人次|家次|场|次|人|家|个|份|件|户|项|册|天|所|批)(及以上|以上|以下|以内)?/g;
/** Lead-in verbs that are not part of what is measured. */
const LEAD =
  /^(并|且|确保|保证|使|让|力争|实现|提高|提升|推动|进一步|全年|年度|完成|其中|和|及|以及|同时|做到)+/;

/**
 * The quantified targets a goal states. A percentage is a target with or without an operator; a
 * count only with one (`不少于5场`, `5场以上`), so `49人` as a fact is not read as a target.
 * Amounts of money are goal-figure-mismatch's.
 */
export function readTargets(text: string): GoalTarget[] {
  const out: GoalTarget[] = [];
  for (const m of text.matchAll(TARGET)) {
    const numStart = m.index ?? 0;
    const end = numStart + m[0].length;
    if (/^[万亿元]/.test(text.slice(numStart + m[1].length).trimStart()) && m[2] !== '%') continue;
    let clauseStart = numStart;
    while (clauseStart > 0 && !/[，,。；;、：:\n（(]/.test(text[clauseStart - 1])) clauseStart--;
    const before = text.slice(clauseStart, numStart);
    const opm = OPERATOR.exec(before)!;
    const opWord = opm[1] ?? '';
    const suffix = m[3] ?? '';
    let op: GoalTarget['op'] = '=';
    if (AT_LEAST.test(opWord) || /以上/.test(suffix)) op = '>=';
    else if (AT_MOST.test(opWord) || /以下|以内/.test(suffix)) op = '<=';
    const unit = m[2] === '％' ? '%' : m[2];
    if (unit !== '%' && op === '=') continue;
    let subject = before.slice(0, before.length - opm[0].length).trim();
    subject = subject.replace(LEAD, '');
    if (subject.length < 2) continue;
    // A bare percentage is a target only for a rate (`参保率95%`), not a policy share (`减免老年人50%`).
    if (op === '=' && !/(率|度|性|比例|比重)$/.test(subject)) continue;
    const subjectStart = numStart - before.length + before.indexOf(subject);
    const written = text.slice(subjectStart, end);
    // `建设验收合格率和工作完成及时率达到95%以上` sets one bound for two rates.
    const parts = subject.split(/和|与|、|及(?!时)/).filter((x) => x.length >= 2);
    const each = parts.length > 1 && parts.every((x) => /(率|度|性)$/.test(x)) ? parts : [subject];
    for (const sub of each)
      out.push({ subject: sub, op, value: new Decimal(m[1]), unit, start: subjectStart, end, written });
  }
  return out;
}

/** Spellings of one measure that compare equal. */
function normal(s: string): string {
  return s
    .replace(/满意率/g, '满意度')
    .replace(/及时性/g, '及时率')
    .replace(/覆盖面/g, '覆盖率')
    .replace(/场次/g, '场');
}

function bigrams(s: string): Set<string> {
  const t = normal(s).replace(/[^\u4e00-\u9fa5A-Za-z]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/**
 * Whether an indicator measures the target's subject, by their words: a rate must end in the same
 * measure (出勤率 ~ 人员出勤率, never 及时率 ~ 出勤率) and share most of its words; a count shares most
 * of the target's words (`组织医保业务培训` ~ `医保业务培训组织场次`).
 */
export function sameMeasure(target: GoalTarget, indicatorName: string): boolean {
  const a = bigrams(target.subject);
  const b = bigrams(indicatorName);
  if (!a.size || !b.size) return false;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  // Satisfaction is one measure whoever is asked (参保群众满意度 ~ 窗口服务对象满意度).
  if (/满意(度|率)$/.test(target.subject) && /满意(度|率)$/.test(indicatorName)) return true;
  if (target.unit === '%') {
    const ta = normal(target.subject).slice(-2);
    const tb = normal(indicatorName).slice(-2);
    return ta === tb && common / Math.min(a.size, b.size) >= 0.75;
  }
  return common / Math.min(a.size, b.size) >= 0.5;
}
