import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../helpers';
import { FIXTURES, readDefects, samePlace } from './defects';

/**
 * Real 项目支出绩效目标表 of departments other than 医保 (教育, 城市管理, 文化旅游, 体育), in the older
 * layout. Beyond what seeds.test.ts asks of every fixture: each defect listed by hand is found
 * exactly once, and no error or warning is raised that the list does not name.
 */
const OTHER_DEPARTMENTS = [
  'wuhan-qingshan-jiaoyu-2020',
  'xiangtan-huanwei-2023',
  'huaibei-wenlvti-2025',
  'luan-jinan-tiyu-2025',
];

for (const base of OTHER_DEPARTMENTS) {
  const text = readFileSync(join(FIXTURES, `${base}.budget.yaml`), 'utf8');
  const defects = readDefects(base);

  test(`${base}: every defect found once, no false alarm`, () => {
    const found = check(text).findings;
    const listing = found.map((f) => `${f.rule} @ ${f.path}: ${f.message}`).join('\n');
    for (const d of defects) {
      const hits = found.filter((f) => f.rule === d.rule && samePlace(f.path, d.path));
      assert.equal(
        hits.length,
        1,
        `${d.rule} @ ${d.path} (${d.note}) found once; findings were:\n${listing}`,
      );
    }
    const alarms = found.filter(
      (f) =>
        (f.severity === 'error' || f.severity === 'warning') &&
        !defects.some((d) => d.rule === f.rule && samePlace(f.path, d.path)),
    );
    assert.deepEqual(
      alarms.map((f) => `${f.rule} @ ${f.path}: ${f.message}`),
      [],
    );
  });

  test(`${base}: with profile 2015 only the defects of the values remain`, () => {
    const found = check(text, { profile: 2015 }).findings.filter(
      (f) => f.severity === 'error' || f.severity === 'warning',
    );
    assert.deepEqual(
      found.map((f) => `${f.rule} @ ${f.path}`).sort(),
      defects
        .filter((d) => d.rule !== 'profile-mismatch')
        .map((d) => `${d.rule} @ ${d.path}`)
        .sort(),
    );
  });
}
