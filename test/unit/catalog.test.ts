import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import {
  getCatalog,
  nameDistance,
  normalizeName,
  parseCodeRef,
  SCHEMES,
  SUPPORTED_YEARS,
  type Scheme,
} from '../../server/src/catalog/catalog';

const ROOT = join(__dirname, '..', '..');
const DATA = join(ROOT, 'server', 'data');
const SOURCES = join(DATA, 'sources');
const SCHEME: Record<string, Scheme> = { func: 'func', dept_eco: 'deptEco', gov_eco: 'govEco' };

/** Rows of a source CSV as records; quoted fields may hold commas. */
function csv(name: string): Record<string, string>[] {
  const lines = readFileSync(join(SOURCES, name), 'utf8').split(/\r?\n/).filter(Boolean);
  const split = (line: string) => {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') cur += line[i++];
      else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) {
        cells.push(cur);
        cur = '';
      } else cur += c;
    }
    return [...cells, cur];
  };
  const head = split(lines[0]);
  return lines.slice(1).map((l) => {
    const cells = split(l);
    return Object.fromEntries(head.map((h, i) => [h, cells[i] ?? '']));
  });
}

test('parseCodeRef reads every FORMAT.md spelling with offsets into the text', () => {
  const cases: [string, string, string | undefined][] = [
    ['2101501 行政运行', '2101501', '行政运行'],
    ['2101501-行政运行', '2101501', '行政运行'],
    ['2101501 - 行政运行', '2101501', '行政运行'],
    ['[2101501]行政运行', '2101501', '行政运行'],
    ['[ 2101501 ] 行政运行', '2101501', '行政运行'],
    ['【2101501】行政运行', '2101501', '行政运行'],
    ['［2101501］行政运行', '2101501', '行政运行'],
    ['2101501\u3000行政运行', '2101501', '行政运行'],
    ['\u30002101501\u3000\u3000行政运行\u3000', '2101501', '行政运行'],
    ['2101501－行政运行', '2101501', '行政运行'],
    ['2101501：行政运行', '2101501', '行政运行'],
    ['2101501行政运行', '2101501', '行政运行'],
    ['30213 维修（护）费', '30213', '维修（护）费'],
    ['2101599 其他医疗保障管理事务支出', '2101599', '其他医疗保障管理事务支出'],
    ['362_济南市历下区医疗保障局', '362', '济南市历下区医疗保障局'],
    ['A05040101 复印纸', 'A05040101', '复印纸'],
    ['2101501', '2101501', undefined],
    ['  2101501  ', '2101501', undefined],
    ['【2101501】', '2101501', undefined],
    ['208', '208', undefined],
  ];
  for (const [text, code, name] of cases) {
    const r = parseCodeRef(text);
    assert.ok(r, text);
    assert.equal(r.code, code, text);
    assert.equal(r.name, name, text);
    assert.equal(text.slice(r.codeStart, r.codeEnd), code, text);
    if (name === undefined) assert.equal(r.nameStart, undefined, text);
    else assert.equal(text.slice(r.nameStart, r.nameEnd), name, text);
  }
  assert.deepEqual(parseCodeRef('[2101501]行政运行'), {
    code: '2101501',
    name: '行政运行',
    codeStart: 1,
    codeEnd: 8,
    nameStart: 9,
    nameEnd: 13,
  });
  // Offsets are UTF-16 indices: a character outside the BMP before the name counts twice.
  const astral = parseCodeRef('2101501 𠀀行政运行');
  assert.equal(astral?.nameStart, 8);
  assert.equal(astral?.nameEnd, 14);
});

test('parseCodeRef rejects what is not a code reference', () => {
  for (const text of [
    '',
    '   ',
    '行政运行',
    '行政运行 2101501',
    '12.5',
    '1751.54',
    '21',
    '2101501a',
    '2101501.行政运行',
    '[2101501 行政运行',
    '[]行政运行',
    'a05040101 复印纸',
  ]) {
    assert.equal(parseCodeRef(text), undefined, JSON.stringify(text));
  }
});

test('normalizeName equates spellings of one name and nothing more', () => {
  assert.equal(normalizeName('维修（护）费'), normalizeName('维修(护)费'));
  assert.equal(normalizeName('其他行政事业单位医疗支 出'), '其他行政事业单位医疗支出');
  assert.equal(normalizeName('因公出国\u3000（境）费用'), '因公出国(境)费用');
  assert.equal(normalizeName('在乡复员、退伍军人生活补助'), normalizeName('在乡复员，退伍军人生活补助'));
  assert.equal(normalizeName('【一】'), normalizeName('[一]'));
  assert.notEqual(normalizeName('对个人和家庭补助'), normalizeName('对个人和家庭的补助'));
  assert.notEqual(normalizeName('行政运行'), normalizeName('事业运行'));
  assert.equal(nameDistance('维修（护）费', '维修(护)费'), 0);
  assert.equal(nameDistance('事业单位运行', '事业运行'), 2);
});

test('getCatalog serves the supported years and falls back to the nearest one', () => {
  assert.deepEqual(SUPPORTED_YEARS, [2024, 2025, 2026]);
  for (const y of SUPPORTED_YEARS) {
    const r = getCatalog(y);
    assert.equal(r.year, y);
    assert.equal(r.fallback, false);
    assert.equal(r.catalog.year, y);
  }
  assert.deepEqual([getCatalog(2031).year, getCatalog(2031).fallback], [2026, true]);
  assert.deepEqual([getCatalog(2019).year, getCatalog(2019).fallback], [2024, true]);
  assert.equal(getCatalog(undefined).year, 2026);
});

test('chain, children and levels follow 类 › 款 › 项', () => {
  const { catalog } = getCatalog(2026);
  const chain = catalog.chain('func', '2101599');
  assert.deepEqual(
    chain.map((e) => [e.code, e.name, e.level]),
    [
      ['210', '卫生健康支出', 1],
      ['21015', '医疗保障管理事务', 2],
      ['2101599', '其他医疗保障管理事务支出', 3],
    ],
  );
  assert.equal(chain[2].parent, '21015');
  const kids = catalog.children('func', '21015').map((e) => e.code);
  assert.ok(kids.includes('2101501') && kids.includes('2101550') && kids.includes('2101599'));
  assert.deepEqual(kids, [...kids].sort());
  assert.deepEqual(
    catalog.chain('deptEco', '30213').map((e) => e.code),
    ['302', '30213'],
  );
  assert.equal(catalog.lookup('func', '2101597'), undefined);
  assert.equal(catalog.lookup('func', 'constructor'), undefined);
});

test('mapping: 30101 → 50101 for 行政 and 参公, 50501 for 事业; several where the 对照表 allows several', () => {
  const { catalog } = getCatalog(2026);
  assert.deepEqual(catalog.mapping('30101', '行政单位'), ['50101']);
  assert.deepEqual(catalog.mapping('30101', '参公事业单位'), ['50101']);
  assert.deepEqual(catalog.mapping('30101', '事业单位'), ['50501']);
  assert.deepEqual(catalog.mapping('30231', '行政单位'), ['50208']);
  assert.deepEqual(catalog.mapping('31002', '事业单位'), ['50601']);
  assert.ok((catalog.mapping('31007', '行政单位') ?? []).length > 1);
  assert.equal(catalog.mapping('39999', '行政单位')?.[0], '59999');
  assert.equal(catalog.mapping('99999', '行政单位'), undefined);
});

test('findByName and nearestByName', () => {
  const { catalog } = getCatalog(2026);
  const shared = catalog.findByName('func', '事业运行').map((e) => e.code);
  assert.ok(shared.length > 10 && shared.includes('2101550'));
  assert.deepEqual(
    catalog.findByName('deptEco', '维修(护)费').map((e) => e.code),
    ['30213'],
  );
  assert.deepEqual(catalog.findByName('func', '不存在的科目'), []);
  assert.equal(catalog.nearestByName('func', '医疗保障经办事物')?.code, '2101506');
  assert.equal(catalog.nearestByName('func', '事业单位运行', 3)?.name, '事业运行');
  assert.equal(catalog.nearestByName('deptEco', '公务用车运行维修费', 2)?.code, '30231');
  assert.equal(catalog.nearestByName('func', '行政管理'), undefined);
  assert.equal(catalog.nearestByName('func', '完全无关的名称'), undefined);
  assert.equal(catalog.nearestByName('func', '医疗保障经办事物', 1), undefined);
});

test('every entry is well formed: level from code length, parent present, mapping targets present', () => {
  for (const year of SUPPORTED_YEARS) {
    const { catalog } = getCatalog(year);
    for (const scheme of SCHEMES) {
      for (const e of catalog.all(scheme)) {
        assert.equal(e.level, (e.code.length - 1) / 2, `${year} ${e.code}`);
        if (e.level > 1) assert.ok(catalog.lookup(scheme, e.parent ?? ''), `${year} ${e.code} parent`);
        else assert.equal(e.parent, undefined);
        assert.ok(e.name.trim() && e.provenance.trim(), `${year} ${e.code}`);
        // verified means a printed source backs the entry.
        assert.equal(e.verified, /(^|; )(partial|seen-in-seeds):/.test(e.provenance), `${year} ${e.code}`);
      }
    }
    for (const d of catalog.all('deptEco').filter((e) => e.level === 2)) {
      for (const n of ['行政单位', '事业单位'] as const) {
        const gov = catalog.mapping(d.code, n);
        assert.ok(gov, `${year} ${d.code} has a mapping`);
        for (const g of gov) assert.ok(catalog.lookup('govEco', g), `${year} ${d.code} → ${g}`);
      }
    }
  }
});

test('coverage: every 类 has its 款; 201, 208, 210, 221 have their 项; the economic 类 have their 款', () => {
  const { catalog } = getCatalog(2026);
  const classes = catalog.all('func').filter((e) => e.level === 1);
  assert.ok(classes.length >= 28);
  for (const c of classes) if (c.code !== '227') assert.ok(catalog.children('func', c.code).length, c.code);
  for (const c of ['201', '208', '210', '221'])
    for (const k of catalog.children('func', c))
      assert.ok(catalog.children('func', k.code).length, `${k.code} ${k.name} has 项`);
  for (const c of ['301', '302', '303', '307', '309', '310', '311', '312', '313', '399'])
    assert.ok(catalog.children('deptEco', c).length, c);
  for (const c of ['501', '502', '503', '504', '505', '506', '507', '508', '509', '510', '511', '512', '513'])
    assert.ok(catalog.children('govEco', c).length, c);
  assert.equal(catalog.children('deptEco', '301').length, 13);
  assert.equal(catalog.children('deptEco', '302').length, 27);
  assert.equal(catalog.lookup('func', '20139')?.name, '社会工作事务');
});

test('explanations: from the seeds verbatim, or marked as unverified knowledge', () => {
  const { catalog } = getCatalog(2026);
  const abroad = catalog.lookup('deptEco', '30212');
  assert.match(abroad?.explain ?? '', /^因公出国（境）费反映单位公务出国（境）的国际差旅费/);
  assert.match(abroad?.explainSource ?? '', /^seen-in-seeds:/);
  const run = catalog.lookup('func', '2101501');
  assert.equal(run?.explain, '反映行政单位（包括实行公务员管理的事业单位）的基本支出。');
  assert.match(run?.explainSource ?? '', /^knowledge-unverified/);
  assert.equal(catalog.lookup('func', '2101599')?.explain, undefined);
});

test('every code printed in the seed budgets is in the catalog of its year with that name, or in the errata', () => {
  const errata = csv('printed-name-errata.csv');
  const used = new Set<string>();
  let checked = 0;
  for (const row of csv('codes-seen-in-seeds.csv')) {
    const scheme = SCHEME[row.scheme];
    if (!scheme) continue; // 品目 codes belong to the procurement catalog
    const years = [...new Set(row.seen_in.split(';').map((s) => Number(/(\d{4})$/.exec(s)?.[1])))];
    for (const year of years) {
      assert.ok(SUPPORTED_YEARS.includes(year), `${row.seen_in}: year ${year}`);
      const e = getCatalog(year).catalog.lookup(scheme, row.code);
      assert.ok(e, `${year}: ${row.scheme} ${row.code} ${row.name} is in the catalog`);
      checked++;
      if (normalizeName(e.name) === normalizeName(row.name)) continue;
      const erratum = errata.find(
        (x) => x.scheme === row.scheme && x.code === row.code && x.printed_name === row.name,
      );
      assert.ok(erratum, `${year}: ${row.code} printed “${row.name}”, catalog “${e.name}”: needs an erratum`);
      assert.equal(normalizeName(erratum.official_name), normalizeName(e.name), `erratum ${row.code}`);
      assert.ok(erratum.reason.trim(), `erratum ${row.code} gives a reason`);
      used.add(`${row.scheme}|${row.code}|${row.name}`);
    }
  }
  assert.ok(checked > 90);
  for (const x of errata)
    assert.ok(used.has(`${x.scheme}|${x.code}|${x.printed_name}`), `erratum ${x.code} is still needed`);
});

test('the generated JSON is deterministic and up to date with the CSV sources', () => {
  const script = join(ROOT, 'scripts', 'build-catalog.mjs');
  const runs = [0, 1].map(() => {
    const out = mkdtempSync(join(tmpdir(), 'jixiao-catalog-'));
    const r = spawnSync(process.execPath, [script, out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return out;
  });
  const texts = SUPPORTED_YEARS.map((y) =>
    runs.map((dir) => readFileSync(join(dir, `catalog-${y}.json`), 'utf8')),
  );
  for (const dir of runs) rmSync(dir, { recursive: true, force: true });
  for (const [i, y] of SUPPORTED_YEARS.entries()) {
    const [a, b] = texts[i];
    assert.equal(a, b, `catalog-${y}.json: two runs differ`);
    assert.equal(
      a,
      readFileSync(join(DATA, `catalog-${y}.json`), 'utf8'),
      `catalog-${y}.json: re-run the generator`,
    );
  }
  const check = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});
