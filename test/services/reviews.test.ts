import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, check, fixture, lineOf } from '../helpers';
import { reviewEdit, reviewThreads } from '../../server/src/services/reviews';
import { act, lineDiff, WHO } from './reviews-helpers';

function openReviews(text: string): string[] {
  return check(text)
    .findings.filter((f) => f.rule === 'review-open')
    .map((f) => f.message);
}

/** Every finding other than review-open, to show an edit disturbed nothing else. */
function otherFindings(text: string): string[] {
  return check(text)
    .findings.filter((f) => f.rule !== 'review-open')
    .map((f) => `${f.rule}|${f.message}`);
}

interface Seed {
  file: string;
  project: string;
  /** The project's last line, after which its 审核意见 goes. */
  projectLast: string;
  /** The first indicator of the project, a scalar as in every seed. */
  indicator: string;
  indicatorLine: string;
  /** The file's last content line, after which the file's 审核意见 goes. */
  fileLast: string;
}

const SEEDS: Seed[] = [
  {
    file: 'jinan-lixia-2026.budget.yaml',
    project: '医保窗口服务经费',
    projectLast: '            人员满意度: ≥95%',
    indicator: '总成本',
    indicatorLine: '            总成本: ≤225.00',
    fileLast: '            参保人员满意度: ≥95%',
  },
  {
    file: 'zaozhuang-shizhong-2026.budget.yaml',
    project: '业务经费',
    projectLast: '            参保人员满意度: ≥95%',
    indicator: '政策媒体宣传业务经费',
    indicatorLine: '            政策媒体宣传业务经费: ≥18万',
    fileLast: '        枣庄市市中区医疗保障局 2026 年项目支出全面实施绩效目标管理',
  },
  {
    file: 'zhaoyuan-2024.budget.yaml',
    project: '职工长护险财政补贴2024年106万',
    projectLast: '            患者满意度: ≥90%',
    indicator: '职工退休人员长护险财政补贴标准',
    indicatorLine: '            职工退休人员长护险财政补贴标准: ≤5元/年/人',
    fileLast: '            单位人员满意度: ≥90%',
  },
];

for (const seed of SEEDS) {
  const original = fixture(seed.file);
  const others = otherFindings(original);

  test(`${seed.file}: a review added on a project line goes after the project's last key`, () => {
    const at = lineOf(original, `名称: ${seed.project}`);
    // Any line of the project: here the one after 名称.
    const after = act(original, { action: 'add', line: at + 1, text: '请补充测算依据', ...WHO });
    const d = lineDiff(original, after);
    assert.deepEqual(d.removed, []);
    assert.equal(original.split('\n')[d.at - 1], seed.projectLast);
    assert.deepEqual(d.added, [
      '    审核意见:',
      '      - 意见: 请补充测算依据',
      '        审核人: 财政局预算科',
      '        日期: 2025-10-12',
      '        状态: 待修改',
    ]);
    const draft = check(after).draft;
    const p = draft.projects.find((x) => x.name?.text === seed.project)!;
    assert.deepEqual(
      p.reviews.map((r) => [r.opinion?.text, r.reviewer?.text, r.date?.text, r.status?.text]),
      [['请补充测算依据', '财政局预算科', '2025-10-12', '待修改']],
    );
    assert.deepEqual(openReviews(after), ['待修改的审核意见（财政局预算科，2025-10-12）：请补充测算依据']);
    assert.deepEqual(otherFindings(after), others);
    const [thread] = reviewThreads(check(after));
    assert.equal(thread.id, `项目「${seed.project}」`);
    assert.equal(thread.label, `项目：${seed.project}`);
    assert.equal(thread.range.start.line, at, 'the thread sits on the 名称 line');
  });

  test(`${seed.file}: a review on a scalar indicator makes it a mapping; the value keeps its line text`, () => {
    const at = lineOf(original, seed.indicatorLine);
    const after = act(original, { action: 'add', line: at, text: '成本测算偏高', ...WHO });
    const d = lineDiff(original, after);
    assert.equal(d.at, at);
    assert.deepEqual(d.removed, [seed.indicatorLine]);
    const value = seed.indicatorLine.slice(seed.indicatorLine.indexOf(': ') + 2);
    assert.deepEqual(d.added, [
      `            ${seed.indicator}:`,
      `              指标值: ${value}`,
      '              审核意见:',
      '                - 意见: 成本测算偏高',
      '                  审核人: 财政局预算科',
      '                  日期: 2025-10-12',
      '                  状态: 待修改',
    ]);
    const r = check(after);
    const ind = r.draft.projects[0].indicators!.level1[0].level2[0].indicators[0];
    assert.equal(ind.name, seed.indicator);
    assert.equal(ind.text, value, 'the indicator still reads the same 指标值');
    assert.deepEqual(
      ind.reviews.map((x) => x.opinion?.text),
      ['成本测算偏高'],
    );
    assert.deepEqual(otherFindings(after), others, 'the indicator is checked exactly as before');
    const [thread] = reviewThreads(r);
    assert.equal(thread.kind, 'indicator');
    assert.equal(thread.range.start.line, at);
  });

  test(`${seed.file}: a file-level review is a top-level 审核意见 after the last key`, () => {
    const after = act(original, {
      action: 'add',
      line: lineOf(original, '部门:'),
      text: '请核对收支平衡',
      ...WHO,
    });
    const d = lineDiff(original, after);
    assert.deepEqual(d.removed, []);
    assert.ok(original.split('\n')[d.at - 1].startsWith(seed.fileLast), original.split('\n')[d.at - 1]);
    assert.deepEqual(d.added, [
      '审核意见:',
      '  - 意见: 请核对收支平衡',
      '    审核人: 财政局预算科',
      '    日期: 2025-10-12',
      '    状态: 待修改',
    ]);
    const draft = check(after).draft;
    assert.deepEqual(
      draft.reviews.map((r) => r.opinion?.text),
      ['请核对收支平衡'],
    );
    const [thread] = reviewThreads(check(after));
    assert.equal(thread.id, '文件');
    assert.equal(thread.range.start.line, d.at, 'the thread sits on the 审核意见 key');
  });

  test(`${seed.file}: reply, 已修改, 已确认 and delete change only their lines, and delete restores the file`, () => {
    const at = lineOf(original, `名称: ${seed.project}`);
    const one = act(original, { action: 'add', line: at, text: '请补充测算依据', ...WHO });
    const id = reviewThreads(check(one))[0].id;
    const two = act(one, {
      action: 'reply',
      threadId: id,
      text: '已补充',
      reviewer: '编制人员',
      date: '2025-10-13',
    });
    let d = lineDiff(one, two);
    assert.deepEqual(d.removed, []);
    assert.equal(one.split('\n')[d.at - 1], '        状态: 待修改');
    assert.deepEqual(d.added, [
      '      - 意见: 已补充',
      '        审核人: 编制人员',
      '        日期: 2025-10-13',
      '        状态: 待修改',
    ]);
    assert.deepEqual(
      reviewThreads(check(two))[0].entries.map((e) => [e.index, e.opinion, e.reviewer]),
      [
        [0, '请补充测算依据', '财政局预算科'],
        [1, '已补充', '编制人员'],
      ],
    );
    assert.equal(openReviews(two).length, 2);

    const three = act(two, { action: 'status', threadId: id, index: 0, status: '已修改' });
    d = lineDiff(two, three);
    assert.deepEqual([d.removed, d.added], [['        状态: 待修改'], ['        状态: 已修改']]);
    assert.equal(d.at, lineOf(two, '日期: 2025-10-12') + 1);
    assert.deepEqual(openReviews(three), ['待修改的审核意见（编制人员，2025-10-13）：已补充']);
    assert.equal(reviewThreads(check(three))[0].state, 'open');

    const four = act(three, { action: 'status', threadId: id, status: '已确认' });
    d = lineDiff(three, four);
    // Both 状态 lines change; the three lines of the reply between them are unchanged.
    const between = ['      - 意见: 已补充', '        审核人: 编制人员', '        日期: 2025-10-13'];
    assert.deepEqual(d.removed, ['        状态: 已修改', ...between, '        状态: 待修改']);
    assert.deepEqual(d.added, ['        状态: 已确认', ...between, '        状态: 已确认']);
    assert.deepEqual(openReviews(four), [], 'review-open is silent once every entry is 已确认');
    assert.equal(reviewThreads(check(four))[0].state, 'resolved');

    const five = act(four, { action: 'delete', threadId: id, index: 1 });
    d = lineDiff(four, five);
    assert.deepEqual(d.added, []);
    assert.deepEqual(d.removed, [
      '      - 意见: 已补充',
      '        审核人: 编制人员',
      '        日期: 2025-10-13',
      '        状态: 已确认',
    ]);
    const six = act(five, { action: 'delete', threadId: id, index: 0 });
    assert.equal(six, original, 'deleting the last entry removes the key: the file is as before');
    assert.deepEqual(reviewThreads(check(six)), []);
  });

  test(`${seed.file}: add then delete on every line restores the file byte for byte`, () => {
    const result = check(original);
    const lines = original.split('\n').length;
    for (let line = 0; line < lines; line++) {
      const out = reviewEdit(original, result, { action: 'add', line, text: '意见', ...WHO });
      assert.ok('edits' in out, `line ${line}: ${JSON.stringify(out)}`);
      const added = applyFix(original, { title: '', edits: out.edits });
      const r = check(added);
      assert.deepEqual(r.draft.parsed.problems, [], `line ${line}`);
      assert.equal(r.draft.allReviews.length, 1, `line ${line}`);
      const threads = reviewThreads(r);
      const back = act(added, { action: 'delete', threadId: threads[0].id, index: 0 });
      assert.equal(back, original, `line ${line} (${threads[0].id})`);
    }
  });
}
