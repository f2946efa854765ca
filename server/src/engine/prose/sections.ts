import Decimal from 'decimal.js';
import type { Draft, ProseSection } from '../model/types';
import { getCatalog, normalizeName } from '../../catalog/catalog';
import { readClaims, type ProseClaims, type Subject } from './claims';
import type { KemuMention } from './kemu';
import type { Figure } from './figures';
import { FuncTree } from '../tables/funcTree';
import { toWan } from '../util/money';
import type { Report } from '../rules/rule';

/** Every 说明 section of the draft: the file's, then each project's. */
export function sections(d: Draft): ProseSection[] {
  return [...d.prose, ...d.projects.flatMap((p) => p.prose)];
}

const CLAIMS = new WeakMap<ProseSection, { key: string; claims: ProseClaims }>();

/**
 * The claims of a section, read once per model. A project's sections outlive a parse while the
 * project is unchanged, so the claims are keyed by what the reading depends on besides the text
 * (预算年度, the projects' names).
 */
export function claimsOf(s: ProseSection, d: Draft): ProseClaims {
  const projectNames = d.projects.map((p) => p.name?.text ?? '');
  const key = `${d.header.year?.value ?? ''}\u0000${projectNames.join('\u0000')}`;
  const hit = CLAIMS.get(s);
  if (hit && hit.key === key) return hit.claims;
  const claims = readClaims(s.text, { year: d.header.year?.value, projectNames });
  CLAIMS.set(s, { key, claims });
  return claims;
}

/** A report on characters `start`–`end` of a section's text, mapped to the document. */
export function at(s: ProseSection, start: number, end: number, message: string): Report {
  return { start: s.offsetAt(start), end: s.offsetAt(end), path: s.path, message };
}

/** What the file holds for a subject: a value (money in 万元, or a count) and where it stands. */
export interface FileValue {
  value: Decimal;
  where: string;
}

const ZERO = new Decimal(0);

function incomeOf(d: Draft, key: string): Decimal | undefined {
  if (!d.income) return undefined;
  const e = d.income.entries.find((x) => x.key === key);
  return e?.amount ? toWan(e.amount, d) : ZERO;
}

/** The file's value for a subject in 预算年度 (`year: 'current'`) or the year before; undefined when it does not hold one. */
export function fileValue(
  subject: Subject | undefined,
  d: Draft,
  year: 'current' | 'previous' = 'current',
): FileValue | undefined {
  if (!subject) return undefined;
  const tree = () => new FuncTree(d.funcRows);
  if (subject.kind === 'word') {
    const k = subject.key;
    if (k.startsWith('sangong')) {
      const y = year === 'current' ? d.sangong?.current : d.sangong?.previous;
      if (!y) return undefined;
      const cols = y.cols;
      const get = (c: string) => (cols[c] ? toWan(cols[c], d) : ZERO);
      const label = year === 'current' ? '三公经费.本年' : '三公经费.上年';
      if (k === 'sangong') {
        const v = cols['合计']
          ? toWan(cols['合计'], d)
          : ['因公出国境费', '公务接待费'].reduce((s, c) => s.plus(get(c)), carOf(cols, get));
        return { value: v, where: `${label}.合计` };
      }
      const part = k.slice('sangong.'.length);
      if (part === '公务用车购置及运行维护费') return { value: carOf(cols, get), where: `${label}.${part}` };
      return { value: get(part), where: `${label}.${part}` };
    }
    if (year === 'previous') {
      if (k === 'running' && d.runningCost?.previous)
        return { value: toWan(d.runningCost.previous, d), where: '机关运行经费.上年' };
      return undefined;
    }
    switch (k) {
      case 'income':
        if (!d.income) return undefined;
        return {
          value: d.income.total
            ? toWan(d.income.total, d)
            : d.income.entries.reduce((s, e) => (e.amount ? s.plus(toWan(e.amount, d)) : s), ZERO),
          where: '收入',
        };
      case 'expense':
      case 'incomeExpense': {
        const t = tree().total('合计');
        return t ? { value: toWan(t.value, d), where: '支出功能分类' } : undefined;
      }
      case 'fiscal': {
        if (!d.income) return undefined;
        const v = ['一般公共预算', '政府性基金预算', '国有资本经营预算'].reduce(
          (s, x) => s.plus(incomeOf(d, x)!),
          ZERO,
        );
        return { value: v, where: '收入' };
      }
      case 'general':
        return d.income ? { value: incomeOf(d, '一般公共预算')!, where: '收入.一般公共预算' } : undefined;
      case 'fund':
        return d.income ? { value: incomeOf(d, '政府性基金预算')!, where: '收入.政府性基金预算' } : undefined;
      case 'stateCapital':
        return d.income
          ? { value: incomeOf(d, '国有资本经营预算')!, where: '收入.国有资本经营预算' }
          : undefined;
      case 'basic':
      case 'project':
      case 'personnel':
      case 'public': {
        const col = (
          { basic: '基本支出', project: '项目支出', personnel: '人员经费', public: '公用经费' } as const
        )[k];
        const t = tree().total(col);
        return t ? { value: toWan(t.value, d), where: `支出功能分类的${col}` } : undefined;
      }
      case 'running':
        return d.runningCost?.current
          ? { value: toWan(d.runningCost.current, d), where: '机关运行经费.本年' }
          : undefined;
      case 'procurement':
      case 'procurement.货物':
      case 'procurement.工程':
      case 'procurement.服务':
      case 'procurement.中小企业预留':
      case 'procurement.其中小微企业': {
        const f = d.procurementFacts;
        if (!f) return undefined;
        const field = (
          {
            procurement: f.total,
            'procurement.货物': f.goods,
            'procurement.工程': f.works,
            'procurement.服务': f.services,
            'procurement.中小企业预留': f.sme,
            'procurement.其中小微企业': f.small,
          } as const
        )[k];
        return field ? { value: toWan(field, d), where: field.path } : undefined;
      }
      case 'vehicles': {
        const v = d.assets?.vehicles;
        if (!v) return undefined;
        if (v.total) return { value: v.total.value, where: v.total.path };
        if (v.kinds.some((x) => !x.count)) return undefined;
        return { value: v.kinds.reduce((s, x) => s.plus(x.count!.value), ZERO), where: v.path };
      }
      case 'equipment':
        return d.assets?.bigEquipment
          ? { value: d.assets.bigEquipment.value, where: d.assets.bigEquipment.path }
          : undefined;
      default:
        return undefined;
    }
  }
  if (year === 'previous') {
    if (subject.kind === 'project') {
      const p = d.projects[subject.index];
      return p?.lastYear ? { value: toWan(p.lastYear, d), where: p.lastYear.path } : undefined;
    }
    return undefined;
  }
  if (subject.kind === 'vehicle') {
    const kind = d.assets?.vehicles?.kinds.find((x) => x.key === subject.name);
    return kind?.count ? { value: kind.count.value, where: kind.count.path } : undefined;
  }
  if (subject.kind === 'project') {
    const p = d.projects[subject.index];
    return p?.amount ? { value: toWan(p.amount, d), where: p.amount.path } : undefined;
  }
  if (subject.kind === 'kemu') {
    const code = subject.kemu.code ?? codeByNames(subject.kemu, d);
    if (!code) return undefined;
    const t = tree();
    const v = t.value(code, '合计');
    if (!v) return undefined;
    const row = d.funcRows.find((r) => r.subject?.code === code);
    return { value: toWan(v.value, d), where: row ? row.path : `支出功能分类 ${code}` };
  }
  return undefined;
}

/**
 * The code of a 科目 named without codes (`“住房保障支出（类）住房改革支出（款）住房公积金（项）”`): the
 * one row of the file whose name is the last level's and whose 类/款 (by the file's rows or the
 * catalog) carry the names written above it. Undefined unless exactly one row fits.
 */
export function codeByNames(k: KemuMention, d: Draft): string | undefined {
  const { catalog } = getCatalog(d.header.year?.value);
  const nameOf = (code: string) =>
    d.funcRows.find((r) => r.subject?.code === code && r.subject.name)?.subject?.name ??
    catalog.lookup('func', code)?.name;
  const fits = (written: string, code: string) => {
    const n = nameOf(code);
    return !!n && normalizeName(written).endsWith(normalizeName(n));
  };
  const last = k.levels[k.levels.length - 1];
  const len = [0, 3, 5, 7][last.level];
  const codes = new Set(
    d.funcRows
      .map((r) => r.subject?.code)
      .filter((c): c is string => !!c && c.length >= len)
      .map((c) => c.slice(0, len)),
  );
  const found = [...codes].filter((code) =>
    k.levels.every((l) => fits(l.name, code.slice(0, [0, 3, 5, 7][l.level]))),
  );
  return found.length === 1 ? found[0] : undefined;
}

function carOf(cols: Record<string, unknown>, get: (c: string) => Decimal): Decimal {
  return cols['公务用车购置及运行维护费']
    ? get('公务用车购置及运行维护费')
    : get('公务用车购置费').plus(get('公务用车运行维护费'));
}

/** A figure's value in its own unit for messages: money as written in 万元 (`1434.89万元`), a count with its unit. */
export function show(f: Figure): string {
  return f.written.replace(/\s+/g, '');
}

/** A value in 万元 (or a count) as a budget officer writes it. */
export function num(v: Decimal, places = 2): string {
  return v.toDecimalPlaces(places).toFixed();
}
