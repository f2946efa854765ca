import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { getCatalog, normalizeName, type Scheme } from '../../server/src/catalog/catalog';

const SOURCES = join(__dirname, '..', '..', 'server', 'data', 'sources');
const SCHEME: Record<string, Scheme> = { func: 'func', dept_eco: 'deptEco', gov_eco: 'govEco' };

function csv(name: string): string[][] {
  return readFileSync(join(SOURCES, name), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
}

test('every code printed in the seed budgets is in the catalog with the printed name, or in the errata', () => {
  const errata = new Set(
    csv('printed-name-errata.csv').map(([s, code, printed]) => `${s}|${code}|${printed}`),
  );
  for (const year of [2024, 2025, 2026]) {
    const { catalog } = getCatalog(year);
    for (const [scheme, code, name] of csv('codes-seen-in-seeds.csv')) {
      if (!SCHEME[scheme]) continue;
      const e = catalog.lookup(SCHEME[scheme], code);
      assert.ok(e, `${year}: ${scheme} ${code} ${name} is in the catalog`);
      if (normalizeName(e.name) !== normalizeName(name)) {
        assert.ok(
          errata.has(`${scheme}|${code}|${name}`),
          `${year}: ${code} printed “${name}”, official “${e.name}”: needs an erratum`,
        );
      }
    }
  }
});

test('the catalog knows levels, parents and the economic mapping', () => {
  const { catalog, fallback } = getCatalog(2026);
  assert.equal(fallback, false);
  assert.deepEqual(
    catalog.chain('func', '2101599').map((e) => e.code),
    ['210', '21015', '2101599'],
  );
  assert.deepEqual(catalog.mapping('30101', '行政单位'), ['50101']);
  assert.deepEqual(catalog.mapping('30101', '参公事业单位'), ['50101']);
  assert.deepEqual(catalog.mapping('30101', '事业单位'), ['50501']);
  assert.equal(getCatalog(2030).year, 2026);
  assert.equal(getCatalog(2030).fallback, true);
  assert.equal(normalizeName('维修（护）费'), normalizeName('维修(护)费'));
});

test('the generated catalog JSON is up to date with its CSV sources', () => {
  const out = mkdtempSync(join(tmpdir(), 'jixiao-catalog-'));
  const r = spawnSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-catalog.mjs'), out], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  for (const y of [2024, 2025, 2026]) {
    const committed = readFileSync(join(SOURCES, '..', `catalog-${y}.json`), 'utf8');
    assert.equal(
      readFileSync(join(out, `catalog-${y}.json`), 'utf8'),
      committed,
      `catalog-${y}.json: run node scripts/build-catalog.mjs`,
    );
  }
});
