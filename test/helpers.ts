import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, mergeConfig, type Config } from '../server/src/engine/config';
import { checkText, type CheckResult } from '../server/src/engine/engine';
import type { Finding } from '../server/src/engine/findings';
import { LineIndex, type Range } from '../server/src/engine/text/lineIndex';

export function check(text: string, config?: Partial<Config>): CheckResult {
  const result = checkText(text, { config: mergeConfig(DEFAULT_CONFIG, config) });
  assert.deepEqual(result.internalErrors, [], 'no rule may crash');
  return result;
}

export function findings(text: string, rule: string, config?: Partial<Config>): Finding[] {
  return check(text, config).findings.filter((f) => f.rule === rule);
}

/** Applies a fix's edits (engine or LSP ones) to the text, last first so earlier offsets stay valid. */
export function applyFix(
  text: string,
  fix: { title?: string; edits: readonly { range: Range; newText: string }[] },
): string {
  const lines = new LineIndex(text);
  const edits = fix.edits
    .map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/**
 * The standard of every fix: applied, the finding is gone, and nothing new appeared
 * (other than what the fix is documented to leave behind, e.g. a placeholder to fill in).
 */
export function assertFixWorks(
  text: string,
  rule: string,
  allowedNew: string[] = [],
  config?: Partial<Config>,
): string {
  const before = check(text, config).findings;
  const target = before.find((f) => f.rule === rule && f.fixes.length);
  assert.ok(target, `expected a fixable ${rule} finding`);
  const fixed = applyFix(text, target.fixes[0]);
  const after = check(fixed, config).findings;
  assert.equal(
    after.filter((f) => f.rule === rule).length,
    before.filter((f) => f.rule === rule).length - 1,
    `the ${rule} finding is gone after its fix:\n${fixed}`,
  );
  const key = (f: Finding) => `${f.rule}|${f.message}`;
  const old = new Set(before.map(key));
  const fresh = after.filter((f) => !old.has(key(f)) && !allowedNew.includes(f.rule));
  assert.deepEqual(fresh, [], `the fix introduced nothing new:\n${fixed}`);
  return fixed;
}

export function fixture(name: string): string {
  return readFileSync(join(__dirname, 'fixtures', name), 'utf8');
}

export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `fixture contains ${needle}`);
  return text.slice(0, i).split('\n').length - 1;
}

/** A minimal valid draft with one project; `extra` replaces its indicator block. */
export function draftWith(project: string, header = ''): string {
  return `格式: 部门预算/1
部门: 测试局
预算年度: 2026
${header}项目:
${project}`;
}

export const GOOD_PROJECT = `  - 名称: 医疗保障工作经费
    类别: 其他运转类
    金额: 44.36
    绩效目标:
      总体目标: 组织实施医疗保障工作
      指标:
        成本指标:
          经济成本指标:
            总成本: ≤44.36万元
        产出指标:
          数量指标:
            医保政策宣传场次: ≥2场次
        效益指标:
          社会效益指标:
            减轻参保患者看病就医负担: 有所减轻
        满意度指标:
          服务对象满意度指标:
            人民群众对医疗救助工作满意度: ≥90%
`;
