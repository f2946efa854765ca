import assert from 'node:assert/strict';
import { test } from 'node:test';
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

/** A draft that must not raise the rule. */
export interface AcceptCase {
  code: string;
  description?: string;
}

/** A draft that raises the rule exactly once, where and how it says. */
export interface RejectCase {
  code: string;
  description?: string;
  /** The whole message, or a pattern it matches. */
  message: string | RegExp;
  /** 1-based, as editors and the CLI show them; by default the line marked `# ← <rule>`. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  path?: string;
  /** The text after applying the first fix (then re-checked: the finding is gone, nothing new). */
  fixed?: string;
  fixKind?: 'safe' | 'suggestion';
  /** Rules the fix is documented to leave behind (a placeholder to fill in). */
  fixLeaves?: string[];
}

/** The 1-based line holding `# ← <rule>`, if any. */
export function markedLine(code: string, rule: string): number | undefined {
  const i = code.split('\n').findIndex((l) => l.includes(`# ← ${rule}`));
  return i < 0 ? undefined : i + 1;
}

/** Runs one reject case: exactly one finding of the rule, with its message, place, path and fix. */
export function assertRejects(rule: string, c: RejectCase, config?: Partial<Config>): Finding {
  const found = findings(c.code, rule, config);
  assert.equal(
    found.length,
    1,
    `exactly one ${rule} finding, got: ${found.map((f) => f.message).join(' | ')}`,
  );
  const [f] = found;
  if (typeof c.message === 'string') assert.equal(f.message, c.message);
  else assert.match(f.message, c.message);
  const line = c.line ?? markedLine(c.code, rule);
  if (line !== undefined) assert.equal(f.range.start.line + 1, line, `${rule}: line of “${f.message}”`);
  if (c.column !== undefined) assert.equal(f.range.start.character + 1, c.column, 'column');
  if (c.endLine !== undefined) assert.equal(f.range.end.line + 1, c.endLine, 'end line');
  if (c.endColumn !== undefined) assert.equal(f.range.end.character + 1, c.endColumn, 'end column');
  if (c.path !== undefined) assert.equal(f.path, c.path, 'path');
  if (c.fixed !== undefined) {
    assert.ok(f.fixes.length, `${rule} offers a fix`);
    assert.equal(f.fixes[0].kind ?? 'suggestion', c.fixKind ?? f.fixes[0].kind ?? 'suggestion', 'fix kind');
    assert.equal(applyFix(c.code, f.fixes[0]), c.fixed, 'fixed text');
    assertFixWorks(c.code, rule, c.fixLeaves ?? [], config);
  } else if (c.fixKind) assert.equal(f.fixes[0]?.kind, c.fixKind, 'fix kind');
  return f;
}

/**
 * stylelint's testRule: registers a test per case. Accept cases raise nothing of the rule; reject
 * cases raise it exactly once, with the message, range, path and fixed text given.
 */
export function testRule(spec: {
  rule: string;
  config?: Partial<Config>;
  accept?: AcceptCase[];
  reject?: RejectCase[];
}): void {
  for (const [i, c] of (spec.accept ?? []).entries())
    test(`${spec.rule}: accepts ${c.description ?? `case ${i + 1}`}`, () =>
      assert.deepEqual(
        findings(c.code, spec.rule, spec.config).map((f) => f.message),
        [],
      ));
  for (const [i, c] of (spec.reject ?? []).entries())
    test(`${spec.rule}: rejects ${c.description ?? `case ${i + 1}`}`, () => {
      assertRejects(spec.rule, c, spec.config);
    });
}
