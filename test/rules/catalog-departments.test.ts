import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getCatalog } from '../../server/src/catalog/catalog';
import { check, findings } from '../helpers';

/** A 司法局 draft (204 公共安全支出 / 06 司法), its codes as real 司法局 budgets print them. */
const SIFA = `格式: 部门预算/1
部门: 某区司法局
预算年度: 2026
预算单位:
  - { 名称: 某区司法局, 性质: 行政单位 }
支出功能分类:
  - { 科目: 204 公共安全支出, 基本支出: 300.00, 项目支出: 80.00, 合计: 380.00 }
  - { 科目: 20406 司法, 基本支出: 300.00, 项目支出: 80.00, 合计: 380.00 }
  - { 科目: 2040601 行政运行, 基本支出: 300.00, 合计: 300.00 }
  - { 科目: 2040604 基层司法业务, 项目支出: 50.00, 合计: 50.00 }
  - { 科目: 2040605 普法宣传, 项目支出: 30.00, 合计: 30.00 }
项目:
  - 名称: 基层司法所业务经费
    功能科目: 2040604 基层司法业务
    金额: 50
  - 名称: 法治宣传教育经费
    功能科目: 2040605 普法宣传
    金额: 30
`;

test('a 司法局 draft with 2040601 行政运行 and 2040604 基层司法业务 raises no code-unknown', () => {
  for (const year of ['2024', '2025', '2026']) {
    const text = SIFA.replace('预算年度: 2026', `预算年度: ${year}`);
    assert.deepEqual(
      findings(text, 'code-unknown').map((f) => f.message),
      [],
    );
    assert.deepEqual(
      findings(text, 'code-name-conflict').map((f) => f.message),
      [],
    );
  }
});

test('every 类 and 款 printed in ../shared/published is in the catalog of each year, with its provenance', () => {
  const printed: [string, string][] = [
    ['2040607', '公共法律服务'],
    ['2049999', '其他公共安全支出'],
    ['2059999', '其他教育支出'],
    ['2060503', '科技条件专项'],
    ['2060702', '科普活动'],
    ['2070308', '群众体育'],
    ['2120104', '城管执法'],
    ['2120501', '城乡社区环境卫生'],
    ['2150899', '其他支持中小企业发展和管理支出'],
    ['2169999', '其他商业服务业等支出'],
  ];
  for (const year of [2024, 2025, 2026]) {
    const { catalog } = getCatalog(year);
    for (const [code, name] of printed) {
      const e = catalog.lookup('func', code);
      assert.ok(e, `${year} ${code}`);
      assert.equal(e.name, name);
      assert.equal(e.verified, true, `${code} is printed in a real budget`);
      assert.match(e.provenance, /published:putuo-[a-z0-9-]+\.pdf p\.\d+/);
    }
  }
});

test('code-unknown: a 项 under a 款 whose 项 list is not from an official source is info, never warning', () => {
  const text = SIFA.replace('2040605 普法宣传, 项目支出', '2040698 不存在的司法科目, 项目支出');
  const [f] = findings(text, 'code-unknown');
  assert.ok(f);
  assert.equal(f.severity, 'info');
  assert.match(f.message, /2040698 未收录在 Jixiao 的2026年科目目录中/);
  // A wrong 类 is still certain.
  const wrongClass = findings(SIFA.replace('204 公共安全支出', '299 不存在的类'), 'code-unknown');
  assert.equal(wrongClass[0]?.severity, 'warning');
  assert.deepEqual(check(SIFA).internalErrors, []);
});
