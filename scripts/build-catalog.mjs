// Builds server/data/catalog-<year>.json from the readable CSV sources in server/data/sources/.
// Usage: node scripts/build-catalog.mjs [outDir]. Deterministic: sorted keys, no timestamps.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'server', 'data', 'sources');
const out = process.argv[2] ?? join(root, 'server', 'data');
const YEARS = [2024, 2025, 2026];

/** A small CSV reader: quoted fields with doubled quotes, commas inside quotes. */
function readCsv(name) {
  const path = join(src, name);
  if (!existsSync(path)) return [];
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
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

const SCHEME = { func: 'func', dept_eco: 'deptEco', gov_eco: 'govEco' };
const entries = { func: new Map(), deptEco: new Map(), govEco: new Map() };

/**
 * Later sources do not override earlier ones: the order is the order of trust
 * (other public budgets, whose names are the most consistent; then the budgets behind this project, which
 * sometimes print a name wrongly, e.g. 303 对个人和家庭补助; then unverified knowledge). A printed spelling
 * that differs from the kept name is what code-name-conflict reports.
 */
function add(scheme, code, name, provenance, verified, years) {
  const map = entries[SCHEME[scheme] ?? scheme];
  if (!map || !/^\d{3}(\d{2}){0,2}$/.test(code)) return;
  const prev = map.get(code);
  if (prev) {
    if (!prev.provenance.includes(provenance)) prev.provenance += `; ${provenance}`;
    return;
  }
  map.set(code, { name, verified, provenance, years });
}

for (const r of readCsv('codes-partial.csv')) add(r.scheme, r.code, r.name, `partial:${r.source}`, true);
for (const r of readCsv('codes-seen-in-seeds.csv'))
  add(r.scheme, r.code, r.name, `seen-in-seeds:${r.seen_in}`, true);
for (const r of readCsv('codes-extra.csv'))
  add(r.scheme, r.code, r.name, r.provenance, r.verified === 'true', r.years);
for (const r of readCsv('codes-unverified-knowledge.csv')) add(r.scheme, r.code, r.name, r.status, false);

const explain = new Map(readCsv('explanations.csv').map((r) => [r.code, r.text]));

const mapping = {};
for (const r of readCsv('eco-mapping.csv')) {
  const m = (mapping[r.dept_code] ??= { 行政: [], 事业: [] });
  for (const [k, col] of [
    ['行政', r['gov_code_for_机关_and_参公']],
    ['事业', r['gov_code_for_事业单位']],
  ]) {
    for (const code of String(col)
      .split(/[;|/ ]+/)
      .filter((c) => /^\d{5}$/.test(c)))
      if (!m[k].includes(code)) m[k].push(code);
  }
}

function sorted(obj) {
  return Object.fromEntries(
    Object.keys(obj)
      .sort()
      .map((k) => [k, obj[k]]),
  );
}

mkdirSync(out, { recursive: true });
for (const year of YEARS) {
  const catalog = { year };
  for (const scheme of ['func', 'deptEco', 'govEco']) {
    const o = {};
    for (const [code, e] of entries[scheme]) {
      if (e.years && !String(e.years).split(/[;|]/).map(Number).includes(year)) continue;
      const entry = {
        name: e.name,
        level: (code.length - 1) / 2,
        verified: e.verified,
        provenance: e.provenance,
      };
      if (code.length > 3) entry.parent = code.slice(0, code.length - 2);
      if (explain.has(code)) entry.explain = explain.get(code);
      o[code] = sorted(entry);
    }
    catalog[scheme] = sorted(o);
  }
  catalog.ecoMapping = sorted(mapping);
  writeFileSync(join(out, `catalog-${year}.json`), JSON.stringify(catalog, null, 1) + '\n');
}
