import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jsyaml from 'js-yaml';
import { validateConfig, validateDraft } from '../../server/src/engine/schema/validate';
import { draftWith, GOOD_PROJECT } from '../helpers';

const ROOT = join(__dirname, '..', '..');
const load = (text: string) => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });

test('schemas/budget.schema.json is what scripts/schema-source.mjs writes', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'jixiao-schema-')), 's.json');
  assert.equal(spawnSync(process.execPath, [join(ROOT, 'scripts', 'schema-source.mjs'), out]).status, 0);
  assert.equal(readFileSync(out, 'utf8'), readFileSync(join(ROOT, 'schemas', 'budget.schema.json'), 'utf8'));
});

test('the example draft and a complete project validate', () => {
  assert.deepEqual(
    validateDraft(load(readFileSync(join(ROOT, 'examples', 'lixia-yibao-2026.budget.yaml'), 'utf8'))),
    [],
  );
  assert.deepEqual(validateDraft(load(draftWith(GOOD_PROJECT))), []);
});

test('unknown key with did-you-mean, wrong type, enum, required, code spelling', () => {
  const issues = (p: string) => validateDraft(load(draftWith(p)));
  const [unknown] = issues(GOOD_PROJECT.replace('金额: 44.36', '金顿: 44.36'));
  assert.ok(unknown);
  const all = issues(GOOD_PROJECT.replace('金额: 44.36', '金顿: 44.36'));
  assert.ok(
    all.some(
      (i) => i.target === 'key' && i.path.join('.') === '项目.0.金顿' && /是否应为“金额”/.test(i.message),
    ),
    JSON.stringify(all),
  );
  assert.ok(all.some((i) => /项目缺少必填的“金额”/.test(i.message)));
  const type = issues(GOOD_PROJECT.replace('金额: 44.36', '金额: [1]'));
  assert.ok(
    type.some((i) => /“金额”应为/.test(i.message)),
    JSON.stringify(type),
  );
  const en = issues(GOOD_PROJECT.replace('其他运转类', '其它运转类'));
  assert.ok(
    en.some(
      (i) => /“类别”的值“其它运转类”不在允许范围内/.test(i.message) && /是否应为“其他运转类”/.test(i.message),
    ),
  );
  const code = issues(GOOD_PROJECT.replace('    金额: 44.36\n', '    功能科目: 行政运行\n    金额: 44.36\n'));
  assert.ok(
    code.some((i) => /应写为“编码 名称”/.test(i.message)),
    JSON.stringify(code),
  );
});

test('aliases, integer codes and string amounts are left to their own rules', () => {
  const p = GOOD_PROJECT.replace('效益指标:', '效果指标:')
    .replace('经济成本指标:', '经济成本:')
    .replace('金额: 44.36', '金额: "1,751.54"');
  const withCode = p.replace('    类别:', '    功能科目: 2101501\n    类别:');
  assert.deepEqual(validateDraft(load(draftWith(withCode))), []);
});

test('the config schema accepts RULES.md’s example and rejects unknown rules and severities', () => {
  assert.deepEqual(
    validateConfig(
      load(
        'rules:\n  qualitative-only: off\nsatisfaction:\n  minimum: 90\ntolerance: exact\nprofile: 2021\n',
      ),
    ),
    [],
  );
  assert.ok(validateConfig(load('rules:\n  no-such-rule: off\n')).length > 0);
  assert.ok(validateConfig(load('rules:\n  schema: fatal\n')).length > 0);
});
