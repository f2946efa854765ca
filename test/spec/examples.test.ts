import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG, mergeConfig } from '../../server/src/engine/config';
import { loadConfigFile } from '../../server/src/node/configFile';
import { check } from '../helpers';
import { sharedPath, SHARED } from '../sharedDir';

// The yaml examples of the contract (../shared/spec/FORMAT.md, RULES.md), read at test time: each one,
// made a draft as written (a fragment placed where it belongs), must raise exactly what the spec says
// of it. A changed example fails here until its expectation below is reviewed.

const FORMAT = sharedPath('spec', 'FORMAT.md');
const RULES = sharedPath('spec', 'RULES.md');
const skip =
  !SHARED || !existsSync(FORMAT) ? 'the spec (../shared/spec or /work/shared/spec) is not present' : false;

interface Block {
  /** The block's first line, which names it below. */
  first: string;
  code: string;
}

function yamlBlocks(md: string): Block[] {
  return [...md.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => ({
    first: m[1].split('\n')[0].trim(),
    code: m[1],
  }));
}

/** FORMAT.md's header example, which the other top-level examples follow. */
const headerOf = (blocks: Block[]) => blocks.find((b) => b.first === '格式: 部门预算/1')!.code;

/** A project of FORMAT.md's header's first unit, its indicators at FORMAT.md's indentation (三级 at 12). */
function project(amount: string, overrides: { cost?: string; quantity?: string; own?: string } = {}): string {
  return `项目:
  - 名称: 城乡居民医保政府资助缴费
    预算单位: "362001"
    类别: 其他运转类
    金额: ${amount}
${overrides.own ?? ''}    绩效目标:
      总体目标: 组织实施城乡居民医保参保缴费
      指标:
        成本指标:
          经济成本指标:
${overrides.cost ?? `            总成本: ≤${amount}万元\n`}        产出指标:
          数量指标:
${overrides.quantity ?? '            医保政策宣传场次: ≥2场次\n'}        效益指标:
          社会效益指标:
            减轻参保患者看病就医负担: 有所减轻
        满意度指标:
          服务对象满意度指标:
            人民群众对医疗救助工作满意度: ≥90%
`;
}

/** Each example as a draft. */
function asDraft(block: Block, header: string): string {
  if (block.first === '格式: 部门预算/1') return block.code;
  if (block.first.startsWith('资助参保人数:')) return header + project('44.36', { quantity: block.code });
  if (block.first.startsWith('审核意见:')) return header + project('44.36', { own: block.code });
  if (block.first.startsWith('总成本:')) return header + project('116', { cost: block.code });
  return header + block.code;
}

const rulesOf = (text: string) =>
  check(text)
    .findings.map((f) => `${f.rule}@${f.range.start.line + 1}`)
    .sort();

/**
 * What each FORMAT.md example raises, by its first line. Nothing, except where the example itself is a
 * partial table (rows elided, “……”) that the checker rightly finds incomplete; each such finding is
 * explained.
 */
const FORMAT_EXPECTED: Record<string, { rules: string[]; why?: string }> = {
  '格式: 部门预算/1': { rules: [] },
  // With no expenditure table the 收支平衡 check lacks its other side and stays silent.
  '收入:': { rules: [] },
  '支出功能分类:': {
    rules: ['sum-mismatch@16'],
    why: 'the 208 row asserts 88.08 over the two 208 rows shown (12.00 + 0.02 + 43.00): the example elides rows',
  },
  // 30101 → 50501 is valid for a 事业单位 only; the row names no 预算单位 of the two, so it cannot be decided.
  '基本支出经济分类:': { rules: [] },
  '三公经费:': { rules: [] },
  '机关运行经费: { 本年: 217.83, 上年: 217.83 }': { rules: [] },
  '项目:': {
    rules: [
      'detail-sum-mismatch@20',
      'goal-indicator-mismatch@47',
      'level1-unknown@68',
      'project-unit-unknown@17',
      'text-figure-mismatch@32',
    ],
    why:
      'the example shows every key, not a consistent project: 明细 lists two lines (5.60) of 金额 44.36; ' +
      '总体目标 names 参保率 with no such indicator; 长期目标.指标 is `{ … }`; 预算单位 "202001" is not one of ' +
      "the header's units; 说明.年度预算安排 says 795万元 of a project of 44.36",
  },
  '资助参保人数:': { rules: [] },
  '整体绩效目标:': { rules: [] },
  // The prose's “……” elides text; it states no figure that the draft contradicts.
  '说明:': { rules: [] },
  '审核意见:': { rules: ['review-open@20'], why: '状态: 待修改 is an open review (RULES.md review-open)' },
  // 金额 116: the comment silences cost-total-mismatch and is itself used.
  '总成本: ≤270万元   # 绩效检查-忽略 cost-total-mismatch: 含市级资金54万元': { rules: [] },
};

test('FORMAT.md: every yaml example, made a draft, raises exactly what the spec says', { skip }, () => {
  const blocks = yamlBlocks(readFileSync(FORMAT, 'utf8'));
  const header = headerOf(blocks);
  assert.deepEqual(
    blocks.map((b) => b.first).sort(),
    Object.keys(FORMAT_EXPECTED).sort(),
    'FORMAT.md’s examples are the ones this test knows (review the expectations of a new or changed one)',
  );
  for (const b of blocks) {
    const { rules, why } = FORMAT_EXPECTED[b.first];
    assert.deepEqual(rulesOf(asDraft(b, header)), rules, `${b.first}${why ? ` (${why})` : ''}`);
  }
});

test('FORMAT.md: the suppressed example is a real finding without its comment', { skip }, () => {
  const blocks = yamlBlocks(readFileSync(FORMAT, 'utf8'));
  const b = blocks.find((x) => x.first.startsWith('总成本:'))!;
  const bare = { first: b.first, code: b.code.replace(/\s*#.*$/m, '') };
  assert.deepEqual(rulesOf(asDraft(bare, headerOf(blocks))), ['cost-total-mismatch@24']);
});

test('RULES.md: the configuration example loads as written and takes effect', { skip }, () => {
  const [block] = yamlBlocks(readFileSync(RULES, 'utf8'));
  assert.equal(block.first.split('#')[0].trim(), 'rules:');
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-spec-config-'));
  writeFileSync(join(dir, '.jixiao.yaml'), block.code);
  const loaded = loadConfigFile(join(dir, '.jixiao.yaml'));
  assert.deepEqual(loaded, {
    rules: { 'qualitative-only': 'off' },
    satisfaction: { minimum: 90 },
    tolerance: 'exact',
    profile: 2021,
  });
  const config = mergeConfig(DEFAULT_CONFIG, loaded);
  const header = headerOf(yamlBlocks(readFileSync(FORMAT, 'utf8')));
  const qualitative = header + project('44.36', { quantity: '            宣传效果: 良好\n' });
  assert.deepEqual(
    check(qualitative)
      .findings.map((f) => f.rule)
      .filter((r) => r === 'qualitative-only'),
    ['qualitative-only'],
    'qualitative-only fires by default',
  );
  assert.deepEqual(
    check(qualitative, config).findings.filter((f) => f.rule === 'qualitative-only'),
    [],
    'and is off with the example',
  );
  const low = header + project('44.36').replace('≥90%', '≥85%');
  assert.deepEqual(
    check(low).findings.map((f) => f.rule),
    [],
  );
  assert.match(
    check(low, config).findings.find((f) => f.rule === 'satisfaction-value')?.message ?? '',
    /低于最低要求 90%/,
  );
});
