import { readFigures, type Figure } from './figures';
import { readKemu, type KemuMention } from './kemu';
import { SUBJECT_LABEL, subjectBefore, subjectHits, type SubjectKey } from './subjects';

/** What a stated figure is about: a subject word, a 科目, a kind of vehicle, or a project by name. */
export type Subject =
  | { kind: 'word'; key: SubjectKey; label: string; start: number; end: number }
  | { kind: 'kemu'; kemu: KemuMention; label: string; start: number; end: number }
  | { kind: 'vehicle'; name: string; label: string; start: number; end: number }
  | { kind: 'project'; index: number; label: string; start: number; end: number };

export interface AmountClaim {
  figure: Figure;
  subject?: Subject;
  /** 'level': an amount; 'change': the amount or rate of a change (`减少145.97万元`, `下降10.18%`). */
  role: 'level' | 'change';
  direction?: 'up' | 'down';
  /** For a level: the 预算年度's figure, or an earlier one (上年, 执行数, an earlier year). */
  time: 'current' | 'previous';
  paragraph: number;
  sentence: number;
}

export interface ChangeClaim {
  /** The comparison phrase (`比上年减少`, `与上年基本持平`) or the change figure's verb. */
  start: number;
  end: number;
  direction: 'up' | 'down' | 'flat';
  /** `上年`, `2025年预算执行数` … as written; the year when one is written. */
  baseText: string;
  baseYear?: number;
  amount?: AmountClaim;
  percent?: AmountClaim;
  subject?: Subject;
  /** The stated amount this change is of, and the stated amount it is measured from, when the prose gives them. */
  current?: AmountClaim;
  base?: AmountClaim;
  paragraph: number;
  sentence: number;
}

/** `X，其中：A a、B b …`: a total and the parts listed after it in the same sentence. */
export interface ListClaim {
  total: AmountClaim;
  parts: AmountClaim[];
  /** Parts stated without a figure as unchanged (`政府性基金预算收入与上年持平`), for change lists. */
  flatParts: Subject[];
  at: number;
}

export interface YearMention {
  year: number;
  start: number;
  end: number;
  /** Written as the base of a comparison (`比2025年`, `较2025年预算`). */
  compared: boolean;
  /** What follows the year, up to the clause's end. */
  after: string;
}

export interface ProseClaims {
  text: string;
  amounts: AmountClaim[];
  changes: ChangeClaim[];
  lists: ListClaim[];
  years: YearMention[];
  kemu: KemuMention[];
  paragraphs: { start: number; end: number }[];
}

export interface ReadOptions {
  /** 预算年度: a figure for an earlier year is the base, not this year's. */
  year?: number;
  /** Project names to recognise as subjects. */
  projectNames?: string[];
}

const CLAUSE_BREAK = /[，,、：:；;。！？!?\n]/;
const SENTENCE_BREAK = /[。！？!?；;\n]/;
const UP = /(增加|增长|上升|提高|增)$/;
const DOWN = /(减少|下降|降低|减|压减|缩减|节约)$/;
const CHANGE_VERB_BEFORE = /(增加|增长|上升|提高|减少|下降|降低|压减|缩减|节约|增|减)了?\s*$/;
const PREVIOUS_WORDS = /(执行数|上年|上一年|去年|决算)/;
const INHERIT_WORDS = /(预算安排|预算数|安排|预算为|执行数为|执行数|预算)\s*[为是]?\s*$/;
const COMPARISON =
  /(?:(比|较|与|同|对比)\s*(上年|上一年|去年|([0-9]{4})\s*年)(度)?(当年)?(年初)?\s*(预算执行数|执行数|预算数|预算|决算数|决算)?\s*(相比|同比)?|同比)\s*[，,]?\s*(基本持平|持平|无增减变动|无增减|无变化|没有变化|一致|相同|增加|减少|增长|下降|上升|降低|增|减)/g;
const BASE_ONLY =
  /(比|较|与|同|对比)\s*(?:上年|上一年|去年|([0-9]{4})\s*年)(?:度)?(?:当年)?(?:年初)?\s*(?:预算执行数|执行数|预算数|预算|决算数|决算)?\s*(?:相比|同比)?/g;
const COMPARES_BEFORE = /(比|较|与|同|对比)\s*(上年|上一年|去年|[0-9]{4}\s*年)|同比|上年/;
const VEHICLE_KIND = /([\u4e00-\u9fa5]{2,14}用车)(?=\s*[0-9]+\s*辆)/g;

function boundaries(text: string, re: RegExp): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (re.test(text[i])) out.push(i);
  return out;
}

function startBefore(bounds: number[], at: number): number {
  let s = 0;
  for (const b of bounds) {
    if (b >= at) break;
    s = b + 1;
  }
  return s;
}

function indexOfRange(bounds: number[], at: number): number {
  let i = 0;
  for (const b of bounds) {
    if (b >= at) break;
    i++;
  }
  return i;
}

/** Reads one passage of prose into claims. Nothing is claimed that the words do not say. */
export function readClaims(text: string, opts: ReadOptions = {}): ProseClaims {
  const figures = readFigures(text);
  const hits = subjectHits(text);
  const kemu = readKemu(text);
  const clauseB = boundaries(text, CLAUSE_BREAK);
  const sentB = boundaries(text, SENTENCE_BREAK);
  const paraB = boundaries(text, /\n/);
  const vehicles = [...text.matchAll(VEHICLE_KIND)].map((m) => ({
    name: m[1].replace(/^(其中|包括|以及|和)/, ''),
    start: (m.index ?? 0) + m[1].length - m[1].replace(/^(其中|包括|以及|和)/, '').length,
    end: (m.index ?? 0) + m[1].length,
  }));
  const projects: { index: number; name: string; start: number; end: number }[] = [];
  (opts.projectNames ?? []).forEach((name, index) => {
    if (name.length < 4) return;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
      projects.push({ index, name, start: i, end: i + name.length });
  });
  const inside = (f: Figure, spans: { start: number; end: number }[]) =>
    spans.some((s) => s.start <= f.start && f.end <= s.end);

  const paragraphs: { start: number; end: number }[] = [];
  {
    let s = 0;
    for (const b of [...paraB, text.length]) {
      paragraphs.push({ start: s, end: b });
      s = b + 1;
    }
  }

  const subjectIn = (from: number, to: number): Subject | undefined => {
    const candidates: Subject[] = [];
    const word = subjectBefore(hits, from, to);
    if (word)
      candidates.push({
        kind: 'word',
        key: word.key,
        label: SUBJECT_LABEL[word.key],
        start: word.start,
        end: word.end,
      });
    for (const k of kemu)
      if (k.start >= from && k.end <= to)
        candidates.push({
          kind: 'kemu',
          kemu: k,
          // Shown without its quotes and the word 科目 (`“…-行政运行”科目` → `…-行政运行`).
          label: text
            .slice(k.start, k.end)
            .replace(/[“”"]/g, '')
            .replace(/\s*科目$/, ''),
          start: k.start,
          end: k.end,
        });
    for (const v of vehicles)
      if (v.start >= from && v.end <= to)
        candidates.push({ kind: 'vehicle', name: v.name, label: v.name, start: v.start, end: v.end });
    for (const p of projects)
      if (p.start >= from && p.end <= to)
        candidates.push({ kind: 'project', index: p.index, label: p.name, start: p.start, end: p.end });
    return candidates.sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start))[0];
  };

  const amounts: AmountClaim[] = [];
  const paraSubject = new Map<number, Subject>();
  for (const f of figures) {
    if (f.kind === 'year') continue;
    // A figure inside a subject's own words (`单价100万元以上设备`) is part of a name.
    if (inside(f, hits) || inside(f, kemu) || inside(f, projects)) continue;
    if (/^\s*[（(]?含[)）]?\s*以[上下]|^\s*以[上下内]|^\s*\/|^\s*每/.test(text.slice(f.end, f.end + 5)))
      continue;
    const cs = startBefore(clauseB, f.start);
    const ss = startBefore(sentB, f.start);
    const paragraph = indexOfRange(paraB, f.start);
    const sentence = indexOfRange(sentB, f.start);
    const before = text.slice(cs, f.start);
    // 增长 names a change only where the passage compares (`比上年`, `同比`); `支持商销稳增长30.00万`
    // is an item of spending.
    const verbMatch = CHANGE_VERB_BEFORE.exec(before);
    const verb =
      verbMatch &&
      (/^(增加|减少|下降|降低|压减|缩减|节约|减)$/.test(verbMatch[1]) ||
        COMPARES_BEFORE.test(text.slice(0, f.start)))
        ? verbMatch
        : null;
    const role = verb || f.kind === 'percent' ? 'change' : 'level';
    const direction = verb ? (UP.test(verb[1]) ? 'up' : DOWN.test(verb[1]) ? 'down' : undefined) : undefined;
    let subject = subjectIn(cs, f.start);
    // `2026年预算安排1434.89万元` in a numbered 科目 paragraph is that 科目's figure.
    if (!subject && role === 'level' && INHERIT_WORDS.test(before)) subject = paraSubject.get(paragraph);
    const yearBefore = lastYear(text.slice(ss, f.start));
    const previous =
      role === 'level' &&
      (PREVIOUS_WORDS.test(before) ||
        (yearBefore !== undefined &&
          opts.year !== undefined &&
          yearBefore < opts.year &&
          !/比|较|与/.test(text.slice(ss, f.start))));
    const claim: AmountClaim = {
      figure: f,
      subject,
      role,
      direction,
      time: previous ? 'previous' : 'current',
      paragraph,
      sentence,
    };
    if (subject && !paraSubject.has(paragraph)) paraSubject.set(paragraph, subject);
    amounts.push(claim);
  }

  const changes = readChanges(text, amounts, sentB, paraB, clauseB, subjectIn);
  const lists = readLists(text, amounts, sentB, changes);
  const years = readFigures(text)
    .filter((f) => f.kind === 'year')
    .map((f) => {
      const cs = startBefore(clauseB, f.start);
      const lead = text.slice(Math.max(cs, f.start - 4), f.start);
      const end = clauseB.find((b) => b >= f.end) ?? text.length;
      return {
        year: f.value.toNumber(),
        start: f.start,
        end: f.end,
        compared: /(比|较|与|同|对比)\s*$/.test(lead),
        after: text.slice(f.end, end),
      };
    });
  return { text, amounts, changes, lists, years, kemu, paragraphs };
}

function lastYear(s: string): number | undefined {
  const all = [...s.matchAll(/((?:19|20)[0-9]{2})\s*年/g)];
  return all.length ? Number(all[all.length - 1][1]) : undefined;
}

function readChanges(
  text: string,
  amounts: AmountClaim[],
  sentB: number[],
  paraB: number[],
  clauseB: number[],
  subjectIn: (from: number, to: number) => Subject | undefined,
): ChangeClaim[] {
  const out: ChangeClaim[] = [];
  const used = new Set<AmountClaim>();
  for (const m of text.matchAll(COMPARISON)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const word = m[9];
    const direction = /持平|无增减|无变化|没有变化|一致|相同/.test(word)
      ? 'flat'
      : UP.test(word)
        ? 'up'
        : 'down';
    const sentence = indexOfRange(sentB, start);
    const paragraph = indexOfRange(paraB, start);
    const sentEnd = sentB.find((b) => b >= end) ?? text.length;
    const nextPhrase = text.slice(end).search(/(比|较|与|同|对比)\s*(上年|上一年|去年|[0-9]{4}\s*年)/);
    const limit = Math.min(sentEnd, nextPhrase < 0 ? text.length : end + nextPhrase);
    const c: ChangeClaim = {
      start,
      end,
      direction,
      baseText: m[1]
        ? text.slice(start + m[1].length, end - word.length).replace(/[，,\s]|相比|同比/g, '')
        : '上年',
      baseYear: m[3] ? Number(m[3]) : undefined,
      paragraph,
      sentence,
    };
    // The change's own figures: the amount right after the verb, a rate in the clauses after it.
    for (const a of amounts) {
      if (a.role !== 'change' || a.figure.start < end - word.length || a.figure.start >= limit || used.has(a))
        continue;
      const between = text.slice(end, a.figure.start);
      if (a.figure.kind === 'percent' && !c.percent && !/(比|较|与)/.test(between)) {
        c.percent = a;
        used.add(a);
      } else if (a.figure.kind !== 'percent' && !c.amount && !c.percent && between.trim().length === 0) {
        c.amount = a;
        used.add(a);
      }
    }
    const cs = startBefore(clauseB, start);
    c.subject = subjectIn(cs, start);
    // The amount it is of: the last stated level before it in its paragraph (same subject when named).
    const paraStart = paraB.filter((b) => b < start).pop() ?? -1;
    const levels = amounts.filter(
      (a) =>
        a.role === 'level' &&
        a.figure.end <= start &&
        a.figure.start > paraStart &&
        a.figure.kind !== 'percent',
    );
    const sameSubject = (a: AmountClaim) => !c.subject || (a.subject && sameSubjects(a.subject, c.subject));
    const current = [...levels].reverse().find((a) => a.time === 'current' && sameSubject(a));
    if (current && (c.subject || !/[，,]\s*$/.test('') || current.sentence === sentence)) {
      // A subject named in the change's own clause that differs from the level's means another thing.
      if (!c.subject || current.subject) c.current = current;
    }
    if (c.current && !c.subject) c.subject = c.current.subject;
    c.base = [...levels].reverse().find((a) => a.time === 'previous' && sameSubject(a) && a !== c.current);
    if (
      c.base &&
      c.current &&
      c.base.figure.start > c.current.figure.start &&
      c.base.sentence !== c.current.sentence
    )
      c.base = undefined;
    out.push(c);
  }
  // Change figures outside any phrase (`其中基本支出减少10.97万元`): their base is the sentence's comparison.
  for (const a of amounts) {
    if (a.role !== 'change' || used.has(a) || a.figure.kind === 'percent' || !a.direction) continue;
    // The base written in its own sentence (`与上年相比，机关运行经费增加10万元`), else the comparison
    // the passage made last (`比上年减少145.97万元，其中：` above a numbered list).
    const sentenceStart = sentB.filter((b) => b < a.figure.start).pop() ?? -1;
    const own = [...text.slice(sentenceStart + 1, a.figure.start).matchAll(BASE_ONLY)].pop();
    const prior = [...out]
      .reverse()
      .find((c) => c.start < a.figure.start && c.paragraph <= indexOfRange(paraB, a.figure.start));
    out.push({
      start: a.figure.start,
      end: a.figure.end,
      direction: a.direction,
      baseText: own
        ? own[0].replace(/^(比|较|与|同|对比)|[，,\s]|相比|同比/g, '')
        : (prior?.baseText ?? '上年'),
      baseYear: own ? (own[2] ? Number(own[2]) : undefined) : prior?.baseYear,
      amount: a,
      subject: a.subject,
      paragraph: a.paragraph,
      sentence: a.sentence,
    });
    // A rate right after (`减少1.50万元，下降25.00%`).
    const rate = amounts.find(
      (r) =>
        r.role === 'change' &&
        r.figure.kind === 'percent' &&
        !used.has(r) &&
        r.sentence === a.sentence &&
        r.figure.start > a.figure.end &&
        r.figure.start - a.figure.end < 8,
    );
    if (rate) {
      out[out.length - 1].percent = rate;
      used.add(rate);
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

export function sameSubjects(a: Subject, b: Subject): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'word' && b.kind === 'word') return a.key === b.key;
  if (a.kind === 'kemu' && b.kind === 'kemu')
    return a.kemu === b.kemu || (!!a.kemu.code && a.kemu.code === b.kemu.code);
  if (a.kind === 'vehicle' && b.kind === 'vehicle') return a.name === b.name;
  if (a.kind === 'project' && b.kind === 'project') return a.index === b.index;
  return false;
}

function readLists(
  text: string,
  amounts: AmountClaim[],
  sentB: number[],
  changes: ChangeClaim[],
): ListClaim[] {
  const out: ListClaim[] = [];
  for (const m of text.matchAll(/其中|包括/g)) {
    const at = m.index ?? 0;
    const sentence = indexOfRange(sentB, at);
    const before = amounts.filter(
      (a) => a.sentence === sentence && a.figure.end <= at && a.figure.kind !== 'percent',
    );
    const total = before[before.length - 1];
    if (!total) continue;
    const nextList = text.slice(at + 2).search(/其中|包括/);
    const sentEnd = sentB.find((b) => b > at) ?? text.length;
    const end = Math.min(sentEnd, nextList < 0 ? text.length : at + 2 + nextList);
    // `…，合计1170.00万` restates the total: the list ends before it.
    const restated = amounts.find(
      (a) =>
        a.figure.start > at &&
        a.figure.start < end &&
        /(合计|共计|总计|小计)\s*[为是]?\s*$/.test(
          text.slice(Math.max(at, a.figure.start - 6), a.figure.start),
        ),
    );
    const stop = restated ? restated.figure.start : end;
    const parts = amounts.filter(
      (a) =>
        a.figure.start > at &&
        a.figure.start < stop &&
        a.role === total.role &&
        a.figure.kind === total.figure.kind &&
        a.time === total.time,
    );
    if (!parts.length) continue;
    const named = partsNamedShort(text, at, total, parts);
    const flatParts = changes
      .filter((c) => c.direction === 'flat' && c.start > at && c.start < end && c.subject)
      .map((c) => c.subject!);
    out.push({ total, parts: named, flatParts, at });
  }
  return out;
}

/** The parts of a total that a `其中` list may name by their short word alone (`政府采购…其中：货物3.66万元`). */
const SHORT_PARTS: Partial<Record<SubjectKey, [RegExp, SubjectKey][]>> = {
  procurement: [
    [/货物\s*[为是]?\s*$/, 'procurement.货物'],
    [/工程\s*[为是]?\s*$/, 'procurement.工程'],
    [/服务\s*[为是]?\s*$/, 'procurement.服务'],
  ],
};

/** The list's parts, those without a subject named by the short word right before their figure (copies: other rules keep theirs). */
function partsNamedShort(text: string, at: number, total: AmountClaim, parts: AmountClaim[]): AmountClaim[] {
  const short = total.subject?.kind === 'word' ? SHORT_PARTS[total.subject.key] : undefined;
  if (!short) return parts;
  let from = at;
  return parts.map((p) => {
    const base = from;
    from = p.figure.end;
    if (p.subject) return p;
    const before = text.slice(base, p.figure.start);
    for (const [re, key] of short) {
      const m = re.exec(before);
      if (!m) continue;
      const start = base + m.index;
      return {
        ...p,
        subject: { kind: 'word', key, label: SUBJECT_LABEL[key], start, end: start + m[0].length },
      };
    }
    return p;
  });
}
