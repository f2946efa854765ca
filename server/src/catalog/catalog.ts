import { editDistance } from '../util/distance';

/**
 * The 政府收支分类科目 catalog: 支出功能分类 (func), 部门预算支出经济分类 (deptEco) and
 * 政府预算支出经济分类 (govEco), per supported year, with the 部门→政府 economic mapping.
 * Generated from server/data/sources/*.csv by scripts/build-catalog.mjs; the JSON is imported
 * statically so that esbuild bundles it.
 */
export type Scheme = 'func' | 'deptEco' | 'govEco';
export type Nature = '行政单位' | '参公事业单位' | '事业单位';

interface RawEntry {
  name: string;
  /** 1 类, 2 款, 3 项. */
  level: number;
  parent?: string;
  /** False when the entry rests on knowledge only, not on a printed source. */
  verified: boolean;
  provenance: string;
  /** Pinyin initials of the name (`ylbz…` for 医疗保障…), computed at build time for completion. */
  py: string;
  explain?: string;
  /** Where `explain` comes from (a seed's 名词解释, or unverified knowledge). */
  explainSource?: string;
}

export interface CatalogEntry extends RawEntry {
  code: string;
}

interface RawCatalog {
  year: number;
  func: Record<string, RawEntry>;
  deptEco: Record<string, RawEntry>;
  govEco: Record<string, RawEntry>;
  ecoMapping: Record<string, { 行政: string[]; 事业: string[] }>;
}

/**
 * Each year's catalog is a third of a megabyte: required on first use, not imported, so a process
 * that never looks a code up (`--help`, a draft without codes) does not build it. The bundler
 * keeps the JSON as a string until then (scripts/build.mjs).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const RAW: Record<number, () => RawCatalog> = {
  2024: () => require('../../data/catalog-2024.json'),
  2025: () => require('../../data/catalog-2025.json'),
  2026: () => require('../../data/catalog-2026.json'),
};
/* eslint-enable @typescript-eslint/no-require-imports */

export const SUPPORTED_YEARS = Object.keys(RAW)
  .map(Number)
  .sort((a, b) => a - b);

export const SCHEMES: readonly Scheme[] = ['func', 'deptEco', 'govEco'];

/** Anything normalizeName would change; most names have none, and skip the five replaces. */
const NEEDS_NORMALIZING = /[\uFF01-\uFF5E【〔】〕、\s\u3000\u00A0]/;

/**
 * A name in the form in which two spellings of one official name compare equal: full-width ASCII
 * (brackets, colon, comma, letters) to half-width, 【】〔〕 to [], 、 to a comma, no blanks (tables
 * break long names: 其他行政事业单位医疗支 出). Nothing that could make two official names equal.
 */
export function normalizeName(s: string): string {
  if (!NEEDS_NORMALIZING.test(s)) return s;
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[【〔]/g, '[')
    .replace(/[】〕]/g, ']')
    .replace(/、/g, ',')
    .replace(/[\s\u3000\u00A0]+/g, '');
}

export function nameDistance(a: string, b: string): number {
  return editDistance(normalizeName(a), normalizeName(b));
}

export class Catalog {
  private byName?: Map<string, CatalogEntry[]>;
  private readonly lists = new Map<Scheme, CatalogEntry[]>();

  constructor(private readonly raw: RawCatalog) {}

  get year(): number {
    return this.raw.year;
  }

  lookup(scheme: Scheme, code: string): CatalogEntry | undefined {
    const e = Object.prototype.hasOwnProperty.call(this.raw[scheme], code)
      ? this.raw[scheme][code]
      : undefined;
    return e ? { code, ...e } : undefined;
  }

  /** 类 › 款 › 项 entries from the top down to the code (levels absent from the catalog skipped). */
  chain(scheme: Scheme, code: string): CatalogEntry[] {
    const out: CatalogEntry[] = [];
    for (let len = 3; len <= code.length; len += 2) {
      const e = this.lookup(scheme, code.slice(0, len));
      if (e) out.push(e);
    }
    return out;
  }

  children(scheme: Scheme, code: string): CatalogEntry[] {
    return this.all(scheme).filter((e) => e.parent === code);
  }

  /** Every entry of the scheme, in code order. */
  all(scheme: Scheme): CatalogEntry[] {
    let list = this.lists.get(scheme);
    if (!list) {
      list = Object.keys(this.raw[scheme])
        .sort()
        .map((code) => ({ code, ...this.raw[scheme][code] }));
      this.lists.set(scheme, list);
    }
    return list;
  }

  /**
   * The 政府科目 a 部门经济科目 may map to for a unit of this 性质 (参公 follows 行政): several when the
   * 对照表 allows several; empty when the 性质 does not use the code; undefined when the code is unmapped.
   */
  mapping(deptCode: string, nature: Nature): string[] | undefined {
    const m = Object.prototype.hasOwnProperty.call(this.raw.ecoMapping, deptCode)
      ? this.raw.ecoMapping[deptCode]
      : undefined;
    if (!m) return undefined;
    return nature === '事业单位' ? m.事业 : m.行政;
  }

  /** Entries whose normalised name equals this one's (事业运行 is the name of many 项). */
  findByName(scheme: Scheme, name: string): CatalogEntry[] {
    if (!this.byName) {
      this.byName = new Map();
      for (const s of SCHEMES) {
        for (const e of this.all(s)) {
          const k = `${s}\u0000${normalizeName(e.name)}`;
          const list = this.byName.get(k) ?? [];
          list.push(e);
          this.byName.set(k, list);
        }
      }
    }
    return this.byName.get(`${scheme}\u0000${normalizeName(name)}`) ?? [];
  }

  /**
   * The entry whose name is nearest, for "did you mean". Short names tolerate less: the distance may be
   * at most 2 and at most a third of the longer name, so that 行政运行 does not suggest 行政管理 while
   * 事业单位运行 suggests 事业运行. Ties go to the lowest code, so the answer is stable.
   */
  nearestByName(scheme: Scheme, name: string, level?: number): CatalogEntry | undefined {
    const n = normalizeName(name);
    if (!n) return undefined;
    let best: CatalogEntry | undefined;
    let bestD = Infinity;
    for (const e of this.all(scheme)) {
      if (level !== undefined && e.level !== level) continue;
      const other = normalizeName(e.name);
      const d = editDistance(n, other);
      const limit = Math.min(2, Math.floor(Math.max(n.length, other.length) / 3));
      if (d <= limit && d < bestD) {
        bestD = d;
        best = e;
      }
    }
    return best;
  }
}

const cache = new Map<number, Catalog>();

/** The catalog of a year; an unsupported year (or none) falls back to the nearest supported one. */
export function getCatalog(year: number | undefined): { catalog: Catalog; year: number; fallback: boolean } {
  const latest = SUPPORTED_YEARS[SUPPORTED_YEARS.length - 1];
  const wanted = year !== undefined && Number.isFinite(year) ? year : latest;
  // Ties (not possible with consecutive years, but with gaps) go to the later year: codes only grow newer.
  const nearest = SUPPORTED_YEARS.reduce((a, b) => (Math.abs(b - wanted) <= Math.abs(a - wanted) ? b : a));
  let c = cache.get(nearest);
  if (!c) {
    c = new Catalog(RAW[nearest]());
    cache.set(nearest, c);
  }
  return { catalog: c, year: nearest, fallback: nearest !== wanted };
}

/** A code reference scalar split into its parts; offsets are UTF-16 indices into the text. */
export interface ParsedCodeRef {
  code: string;
  name?: string;
  codeStart: number;
  codeEnd: number;
  nameStart?: number;
  nameEnd?: number;
}

const OPEN = '[【［';
const CLOSE = ']】］';
const BLANK = /[\s\u3000\u00A0]/;
const SEPARATOR = /[-－—–_:：]/;

/**
 * Parses `2101501 行政运行`, `2101501-行政运行`, `[2101501]行政运行`, `【2101501】行政运行`, `2101501`
 * (also with full-width blanks, and 品目 codes such as `A05040101`). Undefined when the text does
 * not begin with a code: a bare name, a decimal (`12.5`), or digits run into letters (`2101501a`).
 */
export function parseCodeRef(text: string): ParsedCodeRef | undefined {
  let i = 0;
  const skipBlanks = () => {
    while (i < text.length && BLANK.test(text[i])) i++;
  };
  skipBlanks();
  const bracket = OPEN.indexOf(text[i] ?? '\u0000');
  if (bracket >= 0) {
    i++;
    skipBlanks();
  }
  const m = /^[A-Z]?\d{3,}/.exec(text.slice(i));
  if (!m) return undefined;
  const codeStart = i;
  const codeEnd = i + m[0].length;
  i = codeEnd;
  // A code runs into a name only across a blank, a separator, a bracket or a non-ASCII character;
  // `12.5` or `2101501a` is something else.
  if (/^[A-Za-z0-9.]/.test(text.slice(i))) return undefined;
  if (bracket >= 0) {
    skipBlanks();
    if (!CLOSE.includes(text[i] ?? '\u0000')) return undefined;
    i++;
  }
  skipBlanks();
  if (SEPARATOR.test(text[i] ?? '')) {
    i++;
    skipBlanks();
  }
  const ref: ParsedCodeRef = { code: m[0], codeStart, codeEnd };
  let end = text.length;
  while (end > i && BLANK.test(text[end - 1])) end--;
  if (end > i) {
    ref.name = text.slice(i, end);
    ref.nameStart = i;
    ref.nameEnd = end;
  }
  return ref;
}
