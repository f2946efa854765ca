// Builds server/data/catalog-<year>.json from the readable CSV sources in server/data/sources/.
// Usage: node scripts/build-catalog.mjs [outDir]   writes the JSON (default: server/data)
//        node scripts/build-catalog.mjs --check    builds twice in memory and compares both runs with each
//                                                  other and with the committed JSON; exit 1 on a difference
// Deterministic: sorted keys and lists, no timestamps, nothing read but the sources.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(root, 'server', 'data', 'sources');
const DATA = join(root, 'server', 'data');
export const YEARS = [2024, 2025, 2026];

/** A small CSV reader: quoted fields with doubled quotes, commas inside quotes, one record a line. */
function readCsv(name) {
  const path = join(SRC, name);
  if (!existsSync(path)) throw new Error(`missing source ${path}`);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const cells = [];
    let cur = '';
    let q = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (q) {
        if (c === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (c === '"') q = false;
        else cur += c;
      } else if (c === '"') q = true;
      else if (c === ',') {
        cells.push(cur);
        cur = '';
      } else cur += c;
    }
    cells.push(cur);
    rows.push(cells);
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, (r[i] ?? '').trim()])));
}

const SCHEME = { func: 'func', dept_eco: 'deptEco', gov_eco: 'govEco' };
const CODE = { func: /^\d{3}(\d{2}){0,2}$/, deptEco: /^\d{3}(\d{2})?$/, govEco: /^\d{3}(\d{2})?$/ };

/** Same comparison as normalizeName in catalog.ts, so that a spelling variant is not reported as a conflict. */
function norm(s) {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[【〔]/g, '[')
    .replace(/[】〕]/g, ']')
    .replace(/、/g, ',')
    .replace(/[\s\u3000\u00A0]+/g, '');
}

/**
 * Pinyin initials of a name (`医疗保障` → `ylbz`), for completion by initials. Computed here, at build
 * time, so that no pinyin dictionary ships with the server; pinyin-pro reads polyphones in context
 * (行政 → x, 银行 → h). Non-Chinese characters (brackets, digits) are dropped.
 */
function initials(name) {
  return pinyin(name, { pattern: 'first', toneType: 'none', nonZh: 'removed', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function parseYears(s) {
  if (!s) return undefined;
  const ys = s.split(/[;|]/).map((y) => Number(y.trim()));
  if (ys.some((y) => !YEARS.includes(y))) throw new Error(`years "${s}": supported years are ${YEARS}`);
  return ys;
}

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys(v[k])]),
    );
  return v;
}

/** The three catalogs as JSON text, keyed by year. Pure: a fresh read of the sources each call. */
export function buildCatalogs() {
  // Candidates per code, in the order of trust: other public budgets (partial), the budgets behind this
  // project (seeds), then knowledge. The first candidate valid for a year names the code; a printed
  // spelling that differs is what code-name-conflict reports, or printed-name-errata.csv explains.
  const candidates = { func: new Map(), deptEco: new Map(), govEco: new Map() };
  const add = (scheme, code, name, provenance, verified, years) => {
    const s = SCHEME[scheme];
    if (!s) return; // 品目 (procurement) codes are another catalog
    if (!CODE[s].test(code)) throw new Error(`${scheme} ${code}: not a code of that scheme`);
    const list = candidates[s].get(code) ?? [];
    list.push({ name, provenance, verified, years: parseYears(years) });
    candidates[s].set(code, list);
  };
  for (const r of readCsv('codes-partial.csv')) add(r.scheme, r.code, r.name, `partial:${r.source}`, true);
  // Codes printed in the real budget PDFs of ../shared/published (file and page per row).
  for (const r of readCsv('codes-published.csv')) add(r.scheme, r.code, r.name, r.source, true);
  for (const r of readCsv('codes-seen-in-seeds.csv'))
    add(r.scheme, r.code, r.name, `seen-in-seeds:${r.seen_in}`, true);
  for (const r of readCsv('codes-knowledge.csv')) add(r.scheme, r.code, r.name, r.provenance, false, r.years);
  for (const r of readCsv('codes-unverified-knowledge.csv')) add(r.scheme, r.code, r.name, r.status, false);

  // Parents whose whole list of children was transcribed from an official source, with that source.
  const officialLists = new Map();
  for (const r of readCsv('official-lists.csv')) {
    const s = SCHEME[r.scheme];
    if (!s) throw new Error(`official-lists.csv: unknown scheme ${r.scheme}`);
    officialLists.set(`${s}|${r.parent}`, r.source);
  }

  const explainByCode = new Map();
  const explainByName = new Map();
  for (const r of readCsv('explanations.csv')) {
    const s = SCHEME[r.scheme];
    if (!s) throw new Error(`explanations.csv: unknown scheme ${r.scheme}`);
    const e = { text: r.text, source: r.provenance, name: r.name };
    if (r.code === '*') explainByName.set(`${s}|${norm(r.name)}`, e);
    else explainByCode.set(`${s}|${r.code}`, e);
  }

  // Union of the allowed 政府 款 over both mapping sources: a pair any source allows is allowed.
  const mapping = {};
  for (const file of ['eco-mapping.csv', 'eco-mapping-knowledge.csv']) {
    for (const r of readCsv(file)) {
      // Rows like 309xx or 31009-31012 summarise several codes; the knowledge file spells them out.
      if (!/^\d{5}$/.test(r.dept_code)) continue;
      const m = (mapping[r.dept_code] ??= { 行政: new Set(), 事业: new Set() });
      for (const c of r['gov_code_for_机关_and_参公'].match(/\b5\d{4}\b/g) ?? []) m.行政.add(c);
      for (const c of r['gov_code_for_事业单位'].match(/\b5\d{4}\b/g) ?? []) m.事业.add(c);
    }
  }

  const out = {};
  for (const year of YEARS) {
    const catalog = { year };
    for (const scheme of ['func', 'deptEco', 'govEco']) {
      const entries = {};
      for (const [code, list] of candidates[scheme]) {
        const valid = list.filter((c) => !c.years || c.years.includes(year));
        if (!valid.length) continue;
        const chosen = valid[0];
        const provenance = [];
        for (const c of valid) {
          const p = norm(c.name) === norm(chosen.name) ? c.provenance : `${c.provenance} (as “${c.name}”)`;
          if (!provenance.includes(p)) provenance.push(p);
        }
        const entry = {
          name: chosen.name,
          level: (code.length - 1) / 2,
          verified: chosen.verified,
          provenance: provenance.join('; '),
          py: initials(chosen.name),
        };
        if (code.length > 3) entry.parent = code.slice(0, -2);
        // Only a list transcribed whole from an official source may call a code absent from it unknown.
        if (officialLists.has(`${scheme}|${code}`))
          entry.childrenOfficial = officialLists.get(`${scheme}|${code}`);
        const ex =
          explainByCode.get(`${scheme}|${code}`) ?? explainByName.get(`${scheme}|${norm(chosen.name)}`);
        if (ex) {
          entry.explain = ex.text;
          entry.explainSource = ex.source;
        }
        entries[code] = entry;
      }
      for (const [code, e] of Object.entries(entries))
        if (e.parent && !entries[e.parent])
          throw new Error(`${year} ${scheme} ${code}: parent ${e.parent} missing`);
      for (const [key, ex] of explainByCode) {
        const [s, code] = key.split('|');
        if (s === scheme && !entries[code])
          throw new Error(`explanations.csv: ${code} ${ex.name} not in ${year}`);
      }
      catalog[scheme] = entries;
    }
    catalog.ecoMapping = {};
    for (const [dept, m] of Object.entries(mapping)) {
      if (!catalog.deptEco[dept]) throw new Error(`mapping: ${dept} not a 部门经济科目 in ${year}`);
      for (const c of [...m.行政, ...m.事业])
        if (!catalog.govEco[c]) throw new Error(`mapping: ${dept} → ${c}, not a 政府经济科目 in ${year}`);
      catalog.ecoMapping[dept] = { 行政: [...m.行政].sort(), 事业: [...m.事业].sort() };
    }
    out[year] = JSON.stringify(sortKeys(catalog), null, 1) + '\n';
  }
  return out;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  if (process.argv[2] === '--check') {
    const a = buildCatalogs();
    const b = buildCatalogs();
    let ok = true;
    for (const y of YEARS) {
      if (a[y] !== b[y]) {
        console.error(`catalog-${y}.json: two runs differ (the generator is not deterministic)`);
        ok = false;
      }
      const path = join(DATA, `catalog-${y}.json`);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== a[y]) {
        console.error(`catalog-${y}.json is out of date: run node scripts/build-catalog.mjs`);
        ok = false;
      }
    }
    process.exit(ok ? 0 : 1);
  }
  const out = process.argv[2] ?? DATA;
  mkdirSync(out, { recursive: true });
  for (const [y, text] of Object.entries(buildCatalogs()))
    writeFileSync(join(out, `catalog-${y}.json`), text);
}
