import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText, crashedRules } from '../../server/src/engine/engine';
import { RULES } from '../../server/src/engine/rules';
import { ParseCache } from '../../server/src/engine/yaml/chunks';
import { toDiagnostics } from '../../server/src/lsp/convert';
import { draftWith, GOOD_PROJECT } from '../helpers';

/**
 * A rule that throws (issue 15: formula-mismatch overflowed the stack on deep parentheses) must
 * never pass for a rule that found nothing: the server said it once in a log, then dropped it.
 */
type AnyRule = (typeof RULES)[number];

/** Runs `body` with a rule that throws in every project, removed afterwards. */
function withCrashingRule(body: () => void): void {
  const crash = {
    ...RULES[0],
    id: 'crash-test',
    draft: undefined,
    piece: undefined,
    tree: undefined,
    project: () => {
      throw new RangeError('Maximum call stack size exceeded');
    },
  } as AnyRule;
  RULES.push(crash);
  try {
    body();
  } finally {
    RULES.splice(RULES.indexOf(crash), 1);
  }
}

test('a crashed project rule is said on every check, also when the cache reuses the project', () => {
  withCrashingRule(() => {
    const text = draftWith(GOOD_PROJECT);
    const cache = new ParseCache();
    const first = checkText(text, { cache });
    assert.equal(first.internalErrors.length, 1);
    assert.match(first.internalErrors[0], /^crash-test: RangeError: Maximum call stack size exceeded/);
    // The next keystroke: the unchanged project's reports come from the cache.
    const second = checkText(text + '\n', { cache });
    assert.deepEqual(crashedRules(second.internalErrors), ['crash-test']);
    assert.deepEqual(crashedRules(checkText(text + '\n\n', { cache }).internalErrors), ['crash-test']);
  });
});

test('the language server shows a crashed rule in the Problems list, once per rule, on line 1', () => {
  withCrashingRule(() => {
    const text = draftWith(GOOD_PROJECT + GOOD_PROJECT.replace('医疗保障工作经费', '另一项经费'));
    const result = checkText(text);
    assert.equal(result.internalErrors.length, 2, 'one per project');
    const crashes = toDiagnostics(result).filter((d) => d.code === 'internal-error');
    assert.deepEqual(crashes, [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        code: 'internal-error',
        source: 'jixiao',
        message:
          '内部错误：规则 crash-test 运行出错，本文件未完成这项检查（详情见“Jixiao 绩效检查”输出窗口）',
      },
    ]);
  });
  // Without a crash there is no such diagnostic.
  const clean = toDiagnostics(checkText(draftWith(GOOD_PROJECT)));
  assert.deepEqual(
    clean.filter((d) => d.code === 'internal-error'),
    [],
  );
});
