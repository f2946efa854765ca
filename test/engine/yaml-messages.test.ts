import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isTranslated } from '../../server/src/engine/yaml/reasons';
import { loadConfigFile } from '../../server/src/node/configFile';
import { applyFix, check, draftWith, findings, GOOD_PROJECT } from '../helpers';

/** Parser messages at the right line, in Chinese; valid aliases are no errors (issue 15). */

test('a full-width colon after a key: explained on its own line, with a safe fix', () => {
  const cases: [string, number, string][] = [
    ['格式： 部门预算/1\n部门: 测试局\n预算年度: 2026\n', 0, '格式'],
    ['\ufeff格式：部门预算/1\n部门: 测试局\n预算年度: 2026\n', 0, '格式'],
    [draftWith(GOOD_PROJECT.replace('类别: 其他运转类', '类别：其他运转类')), 5, '类别'],
    ['格式: 部门预算/1\n部门: 测试局\n预算年度：\n', 2, '预算年度'],
  ];
  for (const [text, line, key] of cases) {
    const [f] = findings(text, 'yaml-syntax');
    assert.ok(f, text);
    assert.equal(f.range.start.line, line, text);
    assert.equal(f.message.startsWith(`键“${key}”后用了全角冒号“：”`), true, f.message);
    assert.match(f.message, new RegExp(`第${line + 1}行`));
    const fixed = applyFix(text, f.fixes[0]);
    assert.deepEqual(check(fixed).draft.parsed.problems, [], fixed);
  }
  const [head] = findings(cases[0][0], 'yaml-syntax');
  assert.equal(applyFix(cases[0][0], head.fixes[0]), cases[0][0].replace('格式： ', '格式: '));
});

test('a missing colon is explained on its own line, not the next', () => {
  const text = '格式: 部门预算/1\n部门 测试局\n预算年度: 2026\n';
  const [f] = findings(text, 'yaml-syntax');
  assert.equal(f.range.start.line, 1);
  assert.equal(f.message, '这一行缺少冒号：键和值之间应写半角冒号加空格“: ”，如“部门: 测试局”（第2行）');
  const inProject = draftWith(GOOD_PROJECT.replace('类别: 其他运转类', '类别 其他运转类'));
  const [g] = findings(inProject, 'yaml-syntax');
  assert.equal(g.range.start.line, 5);
  assert.match(g.message, /如“类别: 其他运转类”/);
});

test('js-yaml reasons all have a Chinese message, and users never see English', () => {
  const loader = readFileSync(join(dirname(require.resolve('js-yaml')), 'lib', 'loader.js'), 'utf8');
  const reasons = [...loader.matchAll(/(?:throwError\(state, |new YAMLException\()(['"])(.*?)\1/g)].map(
    (m) => m[2],
  );
  assert.ok(reasons.length > 40, 'the reasons were found in js-yaml');
  assert.deepEqual(
    reasons.filter((r) => !isTranslated(r)),
    [],
  );
  const texts = [
    'a: 1\nb: 2\n---\nc: 3\n',
    'a: "\\q"\n',
    'a: "\\xZZ"\n',
    'a: [1, 2\n',
    'a: {b: 1 c: 2}\n',
    'a: !<x> 1\n',
    'a: &x &y 1\n',
    '%YAML 1.2\n%YAML 1.2\n---\na: 1\n',
    'a: |++\n  x\n',
    'a:\n\tb: 1\n',
    'a: [,]\n',
  ];
  for (const t of texts) {
    const [f] = findings(t, 'yaml-syntax');
    assert.ok(f, t);
    assert.doesNotMatch(f.message, /[a-z]{2,} [a-z]{2,}/, `${JSON.stringify(t)}: ${f.message}`);
  }
  const [doc] = findings(texts[0], 'yaml-syntax');
  assert.equal(doc.range.start.line, 2, 'the second document is pointed at');
  assert.match(doc.message, /^文件中只能有一个 YAML 文档/);
});

test('valid aliases, anchors and merge keys across top-level keys and projects are no syntax errors', () => {
  const across = `格式: 部门预算/1\n部门: &dept 测试局\n预算年度: 2026\n整体绩效目标:\n  总体目标: *dept\n项目:\n${GOOD_PROJECT}`;
  const r = check(across);
  assert.deepEqual(r.draft.parsed.problems, []);
  assert.deepEqual(findings(across, 'yaml-syntax'), []);
  const second = GOOD_PROJECT.replace('医疗保障工作经费', '第二项目').replace(
    '类别: 其他运转类',
    '类别: *cat',
  );
  const projects = draftWith(GOOD_PROJECT.replace('类别: 其他运转类', '类别: &cat 其他运转类') + second);
  const p = check(projects);
  assert.deepEqual(p.draft.parsed.problems, []);
  assert.equal(p.draft.projects.length, 2);
  assert.deepEqual(
    p.findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax'),
    [],
  );
  const merged = draftWith(
    GOOD_PROJECT.replace(
      '    类别: 其他运转类\n    金额: 44.36\n',
      '    <<: &base\n      类别: 其他运转类\n      金额: 44.36\n',
    ) +
      GOOD_PROJECT.replace('医疗保障工作经费', '第二项目').replace(
        '    类别: 其他运转类\n    金额: 44.36\n',
        '    <<: *base\n',
      ),
  );
  const m = check(merged);
  assert.deepEqual(m.draft.parsed.problems, []);
  assert.deepEqual(
    m.findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax'),
    [],
  );
  assert.equal(m.draft.projects[1].amount?.text, '44.36');
  // An alias to no anchor is still an error, explained, with its quoting fix.
  const [bad] = findings(
    draftWith(GOOD_PROJECT.replace('类别: 其他运转类', '类别: *nothing')),
    'yaml-syntax',
  );
  assert.match(bad.message, /^值“\*nothing”以“\*”开头/);
});

test('a billion-laughs bomb of aliases stays fast', () => {
  let t =
    '格式: 部门预算/1\n部门: 测试局\n预算年度: 2026\n项目:\n  - 名称: a\n    x: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 0; i < 8; i++)
    t += `    ${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
      .fill('*' + String.fromCharCode(97 + i))
      .join(', ')}]\n`;
  const before = process.cpuUsage();
  check(t);
  const used = process.cpuUsage(before);
  assert.ok((used.user + used.system) / 1000 < 3000, 'CPU time');
});

test('.jixiao.yaml errors are Chinese, with line and column, without an English code frame', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-config-'));
  const file = join(dir, '.jixiao.yaml');
  writeFileSync(file, 'rules:\n  schema: [\n');
  assert.throws(
    () => loadConfigFile(file),
    (e: Error) => {
      assert.equal(
        e.message,
        `配置文件 ${file} 有 YAML 语法错误，第3行第1列：“[”或“{”没有闭合：请补上对应的“]”或“}”`,
      );
      return true;
    },
  );
  assert.throws(
    () => loadConfigFile(join(dir, 'missing.yaml')),
    /^Error: 无法读取配置文件 .*missing\.yaml：文件不存在（ENOENT）$/,
  );
});
