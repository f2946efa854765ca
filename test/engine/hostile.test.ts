import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/engine';
import { evaluateFormula } from '../../server/src/engine/values/formula';
import { renderReport } from '../../server/src/report/render';
import { draftWith, GOOD_PROJECT } from '../helpers';

/**
 * Inputs that once crashed a rule or took minutes (issue 15), each bounded in time. The bounds are
 * loose (CPU time on a shared machine) but far below what the former behaviour took.
 */
function timed(text: string, ms: number) {
  const took = cpuMs(() => checkText(text));
  assert.deepEqual(took.value.internalErrors, [], 'no rule may crash');
  assert.ok(took.ms < ms, `took ${took.ms.toFixed(0)} ms of CPU (limit ${ms} ms)`);
  return took.value;
}

/**
 * CPU time, not wall time: the suite shares a loaded machine, and what must be bounded is the work
 * done (the former hangs were quadratic work), not how long other processes held the cores.
 */
function cpuMs<T>(f: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}

const withDetail = (formula: string) =>
  draftWith(
    GOOD_PROJECT.replace(
      '    绩效目标:',
      `    明细:\n      - 内容: 办公\n        金额: 1\n        测算依据: "${formula}"\n    绩效目标:`,
    ),
  );

test('formula: 100 KB of nested parentheses or signs neither overflows the stack nor is evaluated', () => {
  assert.equal(evaluateFormula('('.repeat(50_000) + '1+1' + ')'.repeat(50_000)).kind, 'skip');
  assert.equal(evaluateFormula('1+' + '-'.repeat(100_000) + '1').kind, 'skip');
  assert.equal(evaluateFormula('2*' + '(-'.repeat(30_000) + '1' + ')'.repeat(30_000)).kind, 'skip');
  // Real nesting still computes.
  assert.equal(evaluateFormula('((2000+1000))*-(-12)').kind, 'value');
  for (const f of ['('.repeat(50_000) + '1+1' + ')'.repeat(50_000), '1+' + '-'.repeat(100_000) + '1'])
    timed(withDetail(f), 3000);
});

test('formula: a factor of more than 30 significant digits is not multiplied', () => {
  const big = '9'.repeat(300_000);
  const product = cpuMs(() => evaluateFormula(`${big}*${big}`));
  assert.equal(product.value.kind, 'skip');
  assert.ok(product.ms < 1000);
  assert.equal(evaluateFormula(`${'1'.repeat(31)}*2`).kind, 'skip');
  // 30 digits, leading zeros and trailing decimal zeros do not count against a real figure.
  assert.equal(evaluateFormula(`${'1'.repeat(30)}*2`).kind, 'value');
  assert.equal(evaluateFormula(`000000000000000000000000000001.50000000000000000000*2`).kind, 'value');
  const r = timed(withDetail(`${big}*${big}`), 3000);
  assert.deepEqual(
    r.findings.filter((f) => f.rule === 'formula-mismatch'),
    [],
  );
});

test('采购 数量 × 单价 of 200,000 digits: amount-format names the long 数量 and 单价, nothing multiplies', () => {
  const text = draftWith(
    GOOD_PROJECT.replace(
      '    绩效目标:',
      `    采购:\n      - { 品目: A05040101 复印纸, 数量: ${'7'.repeat(200_000)}, 计量单位: 箱, 单价: ${'3'.repeat(200_000)}, 金额: 4.00 }\n    绩效目标:`,
    ),
  );
  const r = timed(text, 3000);
  assert.deepEqual(
    r.findings.filter((f) => f.rule === 'procurement-line-mismatch'),
    [],
  );
  const long = r.findings.filter((x) => x.rule === 'amount-format');
  assert.deepEqual(
    long.map((x) => x.path),
    ['项目[0].采购[0].数量', '项目[0].采购[0].单价'],
  );
  assert.match(long[0].message, /^数量 7{40}…（共200000字） 有200000位，超过30位有效数字，不是合理的数量/);
  assert.match(long[1].message, /^金额 3{40}…（共200000字） 有200000位，超过30位有效数字/);
  for (const f of long) assert.ok(f.message.length < 200);
});

test('a 金额 or 资金来源 of 1,000,000 digits is amount-format alone: no rule computes with it or quotes it', () => {
  const big = '9'.repeat(1_000_000);
  const text = draftWith(
    GOOD_PROJECT.replace('金额: 44.36', `金额: ${big}\n    资金来源:\n      一般公共预算: ${big}`),
    `收入:\n  一般公共预算: ${big}\n  合计: 6.00\n`,
  );
  const r = timed(text, 3000);
  assert.deepEqual(
    r.findings.map((f) => `${f.rule} ${f.path}`),
    [
      'amount-format 收入.一般公共预算',
      'amount-format 项目[0].金额',
      'amount-format 项目[0].资金来源.一般公共预算',
    ],
  );
  for (const f of r.findings) assert.ok(f.message.length < 200, `${f.rule}: ${f.message.length} characters`);
});

test('10,000 unknown keys are checked in well under two seconds, each reported once', () => {
  const keys = Array.from({ length: 10_000 }, (_, i) => `未知键${i}: 1`).join('\n');
  const r = timed(draftWith(GOOD_PROJECT) + keys + '\n', 4000);
  const unknown = r.findings.filter((f) => f.rule === 'schema' && f.message.startsWith('未知的键'));
  assert.equal(unknown.length, 10_000);
  assert.equal(unknown[9999].range.start.line, r.draft.lines.lineCount - 2);
  assert.match(unknown[0].message, /^未知的键“未知键0”，此处可用的键有：/);
  const inProject = Array.from({ length: 10_000 }, (_, i) => `    字段${i}: 1`).join('\n');
  timed(draftWith(GOOD_PROJECT + inProject + '\n'), 4000);
});

test('project-unit-unknown: thousands of units and projects, linear, short messages', () => {
  const units =
    '预算单位:\n' +
    Array.from({ length: 3000 }, (_, i) => `  - { 编码: "${100000 + i}", 名称: 单位${i} }\n`).join('');
  const projects = Array.from({ length: 3000 }, (_, i) =>
    GOOD_PROJECT.replace('医疗保障工作经费', `项目${i}`).replace(
      '    类别:',
      `    预算单位: 无此单位${i}\n    类别:`,
    ),
  ).join('');
  const r = timed(draftWith(projects, units), 5000);
  const found = r.findings.filter((f) => f.rule === 'project-unit-unknown');
  assert.equal(found.length, 3000);
  assert.equal(
    found[0].message,
    '预算单位“无此单位0”没有在文件头的“预算单位”中声明（已声明：100000 单位0、100001 单位1、100002 单位2 等3000个）',
  );
  assert.ok(found.every((f) => f.message.length < 120));
});

test('report rendering is linear in findings + cells: 3,000 projects with findings', () => {
  const projects = Array.from({ length: 3000 }, (_, i) =>
    GOOD_PROJECT.replace('≤44.36万元', '≤270万元').replace('医疗保障工作经费', `项目${i}`),
  ).join('');
  const r = checkText(draftWith(projects));
  assert.equal(r.findings.filter((f) => f.rule === 'cost-total-mismatch').length, 3000);
  const { value: html, ms } = cpuMs(() => renderReport(r.draft, r.findings));
  assert.ok(ms < 4000, `rendered in ${ms.toFixed(0)} ms of CPU`);
  // Each finding still lands on its cell.
  assert.equal(html.split('data-rules="cost-total-mismatch"').length - 1, 3000);
});

test('report: one key written 5,000 times is 5,000 cells of one path, rendered linearly', () => {
  const line = '            医保政策宣传场次: ≥2场次\n';
  const r = checkText(draftWith(GOOD_PROJECT.replace(line, line.repeat(5000))));
  assert.equal(r.findings.filter((f) => f.rule === 'duplicate-key').length, 4999);
  const { value: html, ms } = cpuMs(() => renderReport(r.draft, r.findings));
  // Each cell listed all 4,999 findings: 25 million entries, seconds of work and a huge page.
  assert.ok(ms < 3000, `rendered in ${ms.toFixed(0)} ms of CPU`);
  assert.ok(html.length < 20_000_000, `${html.length} characters`);
  const refs = html.match(/data-refs="[^"]*"/g) ?? [];
  assert.ok(refs.length >= 5000);
  for (const x of refs) assert.ok(x.split(',').length <= 11, x);
});

test('a cell with hundreds of findings names ten in its tooltip', () => {
  const keys = Array.from({ length: 300 }, (_, i) => `    未知${i}: 1\n`).join('');
  const r = checkText(draftWith(GOOD_PROJECT.replace('    类别:', `${keys}    类别:`)));
  assert.equal(r.findings.filter((f) => f.message.startsWith('未知的键')).length, 300);
  const html = renderReport(r.draft, r.findings);
  const titles = [...html.matchAll(/title="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(titles.length > 0);
  assert.ok(
    titles.every((t) => t.split('\n').length <= 11),
    'at most ten findings and a count',
  );
});

test('messages quote long draft text clipped: a 100 KB key or value is named, not copied', () => {
  const long = '长'.repeat(100_000);
  const r = timed(
    draftWith(
      GOOD_PROJECT.replace('类别: 其他运转类', `类别: ${long}`).replace(
        '组织实施医疗保障工作',
        'x'.repeat(100_000),
      ),
    ) + `${long}: 1\n`,
    3000,
  );
  assert.ok(r.findings.some((f) => f.rule === 'placeholder-text'));
  assert.ok(r.findings.length >= 2);
  for (const f of r.findings) assert.ok(f.message.length < 400, `${f.rule}: ${f.message.length} characters`);
  assert.ok(r.findings.some((f) => f.message.startsWith(`未知的键“${'长'.repeat(40)}…（共100000字）”`)));
});

test('50,000 suppression comments in a row: linear, each reported once', () => {
  const sups = Array.from({ length: 50_000 }, () => '# 绩效检查-忽略 schema: 示例').join('\n');
  const r = timed(draftWith(GOOD_PROJECT) + sups + '\n', 4000);
  assert.equal(r.findings.filter((f) => f.rule === 'suppression-unused').length, 50_000);
  // A suppression with two rules, used through one of them, is used.
  const two = draftWith(
    GOOD_PROJECT.replace('≤44.36万元', '≤270万元  # 绩效检查-忽略 cost-total-mismatch, schema: 含跨年度资金'),
  );
  assert.deepEqual(
    checkText(two).findings.filter(
      (f) => f.rule.startsWith('suppression') || f.rule === 'cost-total-mismatch',
    ),
    [],
  );
});

test('10,000 suppressions of one long 说明 block: each covers the block, indexed once (linear)', () => {
  const head = '格式: 部门预算/1\n部门: 测试局\n预算年度: 2026\n说明:\n';
  const comments = '  # 绩效检查-忽略 text-year: 原文如此，已与财政局核实\n'.repeat(10_000);
  const block = '    纳入本局2025年部门预算编制范围的单位包括本局。\n'.repeat(5_000);
  const text = `${head}${comments}  机构设置: |\n${block}  其他: |\n    纳入本局2025年部门预算编制范围的单位包括本局。\n`;
  const r = timed(text, 6000);
  // Only the block after the commented one keeps its finding; every suppression is used.
  assert.deepEqual(
    r.findings.filter((f) => f.rule === 'text-year').map((f) => f.path),
    ['说明.其他'],
  );
  assert.deepEqual(
    r.findings.filter((f) => f.rule.startsWith('suppression')),
    [],
  );
});
