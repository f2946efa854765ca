import c2024 from '../../data/catalog-2024.json';
import c2025 from '../../data/catalog-2025.json';
import c2026 from '../../data/catalog-2026.json';
import { editDistance } from '../engine/util/distance';

/**
 * The 政府收支分类科目 catalog: 支出功能分类 (func), 部门预算支出经济分类 (deptEco) and
 * 政府预算支出经济分类 (govEco), per supported year, with the 部门→政府 economic mapping.
 * Generated from server/data/sources/*.csv by scripts/build-catalog.mjs.
 */
export type Scheme = 'func' | 'deptEco' | 'govEco';
export type Nature = '行政单位' | '参公事业单位' | '事业单位';

interface RawEntry {
  name: string;
  /** 1 类, 2 款, 3 项. */
  level: number;
  parent?: string;
  verified: boolean;
  provenance: string;
  explain?: string;
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

const RAW: Record<number, RawCatalog> = {
  2024: c2024 as RawCatalog,
  2025: c2025 as RawCatalog,
  2026: c2026 as RawCatalog,
};

export const SUPPORTED_YEARS = Object.keys(RAW).map(Number).sort();

/** Names compare equal across full-/half-width brackets and blanks: 维修（护）费 = 维修(护)费. */
export function normalizeName(s: string): string {
  return s
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[【［]/g, '[')
    .replace(/[】］]/g, ']')
    .replace(/[“”"]/g, '"')
    .replace(/\s+/g, '');
}

export function nameDistance(a: string, b: string): number {
  return editDistance(normalizeName(a), normalizeName(b));
}

export class Catalog {
  private readonly byName = new Map<string, CatalogEntry[]>();

  constructor(private readonly raw: RawCatalog) {}

  get year(): number {
    return this.raw.year;
  }

  lookup(scheme: Scheme, code: string): CatalogEntry | undefined {
    const e = this.raw[scheme][code];
    return e ? { code, ...e } : undefined;
  }

  /** 类 › 款 › 项 entries from the top down to the code (missing levels skipped). */
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

  all(scheme: Scheme): CatalogEntry[] {
    return Object.entries(this.raw[scheme]).map(([code, e]) => ({ code, ...e }));
  }

  /** The 政府科目 a 部门经济科目 may map to for a unit of this 性质 (参公 follows 行政). */
  mapping(deptCode: string, nature: Nature): string[] | undefined {
    const m = this.raw.ecoMapping[deptCode];
    if (!m) return undefined;
    return nature === '事业单位' ? m.事业 : m.行政;
  }

  findByName(scheme: Scheme, name: string): CatalogEntry[] {
    const key = `${scheme}\u0000${normalizeName(name)}`;
    if (!this.byName.size) {
      for (const s of ['func', 'deptEco', 'govEco'] as Scheme[]) {
        for (const e of this.all(s)) {
          const k = `${s}\u0000${normalizeName(e.name)}`;
          const list = this.byName.get(k) ?? [];
          list.push(e);
          this.byName.set(k, list);
        }
      }
    }
    return this.byName.get(key) ?? [];
  }

  /** The entry whose name is nearest (edit distance ≤ 2), for "did you mean". */
  nearestByName(scheme: Scheme, name: string, level?: number): CatalogEntry | undefined {
    let best: CatalogEntry | undefined;
    let bestD = 3;
    for (const e of this.all(scheme)) {
      if (level && e.level !== level) continue;
      const d = nameDistance(name, e.name);
      if (d < bestD) {
        bestD = d;
        best = e;
      }
    }
    return best;
  }
}

const cache = new Map<number, Catalog>();

/** The catalog of a year; an unsupported year falls back to the nearest supported one. */
export function getCatalog(year: number | undefined): { catalog: Catalog; year: number; fallback: boolean } {
  const wanted = year ?? SUPPORTED_YEARS[SUPPORTED_YEARS.length - 1];
  const nearest = SUPPORTED_YEARS.reduce((a, b) => (Math.abs(b - wanted) < Math.abs(a - wanted) ? b : a));
  let c = cache.get(nearest);
  if (!c) {
    c = new Catalog(RAW[nearest]);
    cache.set(nearest, c);
  }
  return { catalog: c, year: nearest, fallback: nearest !== wanted };
}
