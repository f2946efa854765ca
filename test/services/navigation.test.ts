import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import { documentSymbols } from '../../server/src/services/navigation/symbols';
import { foldingRanges } from '../../server/src/services/navigation/folding';
import { unitDefinition, unitReferences } from '../../server/src/services/navigation/units';
import { workspaceSymbols } from '../../server/src/services/navigation/workspaceSymbols';
import { check, fixture, lineOf } from '../helpers';

const JINAN = fixture('jinan-lixia-2026.budget.yaml');
const ZAOZHUANG = fixture('zaozhuang-shizhong-2026.budget.yaml');
const URI = 'file:///jinan.budget.yaml';

const before = (a: Range['start'], b: Range['start']) =>
  a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (inner: Range, outer: Range) =>
  before(outer.start, inner.start) && before(inner.end, outer.end);

/** What VS Code requires of an outline: names, selection inside range, children inside parents. */
function assertWellFormed(symbols: DocumentSymbol[], parent?: Range): number {
  let n = 0;
  for (const s of symbols) {
    assert.ok(s.name.trim(), 'a symbol has a name');
    assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection inside range`);
    if (parent) assert.ok(inside(s.range, parent), `${s.name}: inside its parent`);
    n += 1 + assertWellFormed(s.children ?? [], s.range);
  }
  return n;
}

const offsetOf = (text: string, needle: string, from = 0) => {
  const i = text.indexOf(needle, from);
  assert.ok(i >= 0, needle);
  return i;
};

test('outline of 济南: the sections, units, tables, projects with 金额 as written, indicator groups', () => {
  const symbols = documentSymbols(check(JINAN));
  assertWellFormed(symbols);
  assert.deepEqual(
    symbols.map((s) => [s.name, s.detail]),
    [
      ['格式', '部门预算/1'],
      ['部门', '济南市历下区医疗保障局'],
      ['部门编码', '"362"'],
      ['预算年度', '2026'],
      ['金额单位', '万元'],
      ['预算单位', '2 个单位'],
      ['收入', '合计 1751.54万元'],
      ['支出功能分类', '24 行'],
      ['基本支出经济分类', '34 行'],
      ['三公经费', undefined],
      ['政府采购', undefined],
      ['说明', '8 段'],
      ['项目', '8 个项目'],
    ],
  );
  const prose = symbols[11].children!;
  assert.deepEqual(
    [prose[0].name, prose[0].detail, prose[0].selectionRange.start.line],
    ['机构设置情况', '济南市历下区医疗保障局部门预算包括：局机关预算、…', lineOf(JINAN, '  机构设置情况: |')],
  );
  assert.equal(prose.length, 8);
  const units = symbols[5].children!;
  assert.deepEqual(
    units.map((u) => [u.name, u.detail]),
    [
      ['济南市历下区医疗保障局', '行政单位'],
      ['济南市历下区医疗保险事业中心', '事业单位'],
    ],
  );
  assert.equal(units[0].selectionRange.start.line, lineOf(JINAN, '  - 名称: 济南市历下区医疗保障局'));
  const func = symbols[7].children!;
  assert.deepEqual([func[0].name, func[0].detail], ['208 社会保障和就业支出', '88.08万元']);
  const econ = symbols[8].children!;
  assert.deepEqual(
    [econ[9].name, econ[9].detail],
    ['301 工资福利支出', '济南市历下区医疗保险事业中心 · 219.00万元'],
  );
  const projects = symbols[12].children!;
  assert.deepEqual(projects.map((p) => `${p.name} ${p.detail}`).slice(2, 4), [
    '离退休干部医疗保障资金 350.00万元',
    '城乡居民医保政府资助缴费 116.00万元',
  ]);
  const groups = projects[3].children!;
  assert.deepEqual(
    groups.map((g) => g.name),
    ['成本指标', '产出指标', '效益指标', '满意度指标'],
  );
  const cost = groups[0].children![0];
  assert.equal(cost.name, '经济成本');
  assert.deepEqual(
    cost.children!.map((i) => [i.name, i.detail]),
    [
      ['总成本', '≤270万元'],
      ['城乡居民医保政府资助缴费', '≤216万元'],
      ['居民医保政府资助缴费市级', '≤54万元'],
    ],
  );
});

const OVERALL = `格式: 部门预算/1
整体绩效目标:
  年度履职目标: 参保群众负担更小
  指标:
    投入管理指标:
      预算和财务管理:
        预算执行率: ≥95%
    满意度指标:
      满意度:
        参保群众满意度: ≥85%
`;

test('outline: 整体绩效目标 has its 一级 and free 二级 groups; half-typed drafts give a well-formed outline', () => {
  const overall = documentSymbols(check(OVERALL)).find((s) => s.name === '整体绩效目标')!;
  assert.deepEqual(
    overall.children!.map((c) => [c.name, c.children!.map((g) => g.name), c.detail]),
    [
      ['投入管理指标', ['预算和财务管理'], '1 项'],
      ['满意度指标', ['满意度'], '1 项'],
    ],
  );
  for (const text of [
    '',
    '格式: 部门预算/1\n项目:\n  - 名称:\n    金额:\n    绩效目标:\n      指标:\n        成本指标:\n',
    '格式: 部门预算/1\n项目:\n  - 金额: 1\n  - \n预算单位:\n  - 性质: 行政单位\n: x\n',
    '项目: [\n',
    JINAN.slice(0, JINAN.length / 2),
  ]) {
    const symbols = documentSymbols(check(text));
    assertWellFormed(symbols);
  }
  const partial = documentSymbols(check('格式: 部门预算/1\n项目:\n  - 金额: 1\n'));
  assert.deepEqual(
    partial[1].children!.map((p) => [p.name, p.detail]),
    [['项目 1', '1万元']],
  );
});

test('folding: comment blocks, sections, each project, indicator groups, one range per start line', () => {
  const ranges = foldingRanges(check(JINAN));
  const starts = ranges.map((r) => r.startLine);
  assert.equal(new Set(starts).size, starts.length);
  const at = (needle: string) => ranges.find((r) => r.startLine === lineOf(JINAN, needle));
  assert.deepEqual(at('# 转录自'), { startLine: 0, endLine: 1, kind: 'comment' });
  const lines = JINAN.trimEnd().split('\n');
  assert.deepEqual(at('项目:\n'), { startLine: lineOf(JINAN, '项目:\n'), endLine: lines.length - 1 });
  // 说明 folds up to its last text line, before the blank line and the comments above 项目.
  assert.ok(at('说明:\n')!.endLine < lineOf(JINAN, '项目:\n') - 1);
  const p0 = at('  - 名称: 医保窗口服务经费')!;
  // Up to its last content line, not the blank line before the next project.
  assert.equal(p0.endLine, lineOf(JINAN, '  - 名称: 医保工作服务经费') - 2);
  const costGroup = at('        成本指标:')!;
  assert.equal(costGroup.endLine, lineOf(JINAN, '        产出指标:') - 1);
  const goal = at('      总体目标: >-')!;
  assert.equal(goal.endLine, goal.startLine + 1);
  assert.ok(ranges.every((r) => r.endLine > r.startLine));
  assert.deepEqual(foldingRanges(check('a: [\n')), []);
});

test('go to definition: a project’s and a table row’s 预算单位 lead to the unit’s 名称 in 预算单位', () => {
  const result = check(JINAN);
  const project = offsetOf(JINAN, '济南市历下区医疗保障局', offsetOf(JINAN, '  - 名称: 医保工作服务经费'));
  assert.deepEqual(unitDefinition(URI, result, project + 3), {
    uri: URI,
    range: {
      start: { line: lineOf(JINAN, '  - 名称: 济南市历下区医疗保障局'), character: 8 },
      end: { line: lineOf(JINAN, '  - 名称: 济南市历下区医疗保障局'), character: 19 },
    },
  });
  const row = offsetOf(JINAN, '预算单位: 济南市历下区医疗保险事业中心') + 6;
  assert.equal(
    unitDefinition(URI, result, row)?.range.start.line,
    lineOf(JINAN, '  - 名称: 济南市历下区医疗保险事业中心'),
  );
  assert.equal(unitDefinition(URI, result, offsetOf(JINAN, '医保窗口服务经费')), null);
  const unknown = check(JINAN.replace('    预算单位: 济南市历下区医疗保障局\n', '    预算单位: 别的单位\n'));
  assert.equal(
    unitDefinition(URI, unknown, offsetOf(JINAN, '    预算单位: 济南市历下区医疗保障局\n') + 12),
    null,
  );
});

test('references of a unit: every project and row that names it, from its declaration or a use', () => {
  const result = check(JINAN);
  const decl = offsetOf(JINAN, '济南市历下区医疗保障局', offsetOf(JINAN, '预算单位:\n'));
  assert.equal(unitReferences(URI, result, decl, false).length, 8 + 17);
  const withDecl = unitReferences(URI, result, decl, true);
  assert.equal(withDecl.length, 26);
  assert.equal(withDecl[0].range.start.line, lineOf(JINAN, '  - 名称: 济南市历下区医疗保障局'));
  const use = offsetOf(JINAN, '预算单位: 济南市历下区医疗保险事业中心') + 8;
  assert.equal(unitReferences(URI, result, use, false).length, 15);
  assert.deepEqual(unitReferences(URI, result, 0, true), []);
});

test('workspace symbols: projects of all open drafts whose name contains the query', () => {
  const drafts = [
    { uri: 'file:///a.budget.yaml', result: check(JINAN) },
    { uri: 'file:///b.budget.yaml', result: check(ZAOZHUANG) },
  ];
  const found = workspaceSymbols(drafts, '医疗救助');
  assert.deepEqual(
    found.map((s) => [s.name, s.containerName, s.location.uri, s.location.range.start.line]),
    [
      [
        '城乡医疗救助资金',
        '济南市历下区医疗保障局',
        'file:///a.budget.yaml',
        lineOf(JINAN, '  - 名称: 城乡医疗救助资金'),
      ],
      [
        '医疗救助资金',
        '枣庄市市中区医疗保障局',
        'file:///b.budget.yaml',
        lineOf(ZAOZHUANG, '  - 名称: 医疗救助资金'),
      ],
      [
        '医疗救助资金',
        '枣庄市市中区医疗保障局',
        'file:///b.budget.yaml',
        ZAOZHUANG.split('\n').lastIndexOf('  - 名称: 医疗救助资金'),
      ],
    ],
  );
  assert.equal(workspaceSymbols(drafts, '').length, 16);
  assert.deepEqual(workspaceSymbols(drafts, '不存在的项目'), []);
  assert.deepEqual(workspaceSymbols([{ uri: 'file:///c', result: check('项目: [') }], ''), []);
});
